import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

/// Booking respects what is already booked and what has already passed; a bad date is an
/// error naming the field; a title cannot smuggle iCalendar lines.
@Suite struct MeetingsHardeningTests {
    func starts(_ page: String) -> [Int64] {
        var found: [Int64] = []
        var rest = page[...]
        while let range = rest.range(of: "name=\"start\" value=\"[0-9]+\"", options: .regularExpression) {
            found.append(Int64(rest[range].dropFirst(20).dropLast())!)
            rest = rest[range.upperBound...]
        }
        return found
    }

    @Test func aBookedSlotIsNotOfferedAgainToTheSamePeople() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            let team = try await Team.query(on: app.services.db).sort(\.$name).first()!
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let query = "title=Handover&duration=30&from=2026-12-01&days=5&step=15&me=1&team=\(team.id!)"
                let first = try #require(starts(try await client.get("/meetings?\(query)", cookie: member).text).first)
                #expect(try await client.post("/meetings/book", cookie: member, [("q", query), ("start", "\(first)")]).status == .seeOther)
                let again = starts(try await client.get("/meetings?\(query)", cookie: member).text)
                #expect(!again.isEmpty && !again.contains(first))
                let twice = try await client.post("/meetings/book", cookie: member, [("q", query), ("start", "\(first)")])
                #expect(twice.status == .unprocessableContent)
                #expect(try await Meeting.query(on: app.services.db).count() == 1)
            }
        }
    }

    @Test func pastSlotsAreNeitherOfferedNorBooked() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let query = "duration=30&from=2026-11-27&days=5&step=15&me=1&person=\(try await app.person(TestApp.lead).id!)"
                let offered = starts(try await client.get("/meetings?\(query)", cookie: member).text)
                let now = Int64(BookingTests.now!.timeIntervalSince1970)
                #expect(!offered.isEmpty && offered.allSatisfy { $0 >= now })
                let past = now - 3 * 86_400
                let booked = try await client.post("/meetings/book", cookie: member, [("q", query), ("start", "\(past - past % 900)")])
                #expect(booked.status == .unprocessableContent)
                #expect(try await Meeting.query(on: app.services.db).count() == 0)
            }
        }
    }

    @Test func anImpossibleDateIsAnErrorNamingTheField() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let page = try await client.get("/meetings?duration=30&from=2026-02-30&days=5&me=1&person=\(try await app.person(TestApp.lead).id!)", cookie: member)
                #expect(page.text.contains("First day must be a real date"))
                #expect(starts(page.text).isEmpty)
            }
        }
    }

    @Test func aTitleWithLineBreaksCannotAddAnAttendeeToTheInvitation() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            let lead = try await app.person(TestApp.lead)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let title = "Standup\r\nATTENDEE;CN=Evil:mailto:a@evil.example"
                let query = "title=\(title.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&duration=30&from=2026-12-01&days=5&me=1&person=\(lead.id!)"
                let first = try #require(starts(try await client.get("/meetings?\(query)", cookie: member).text).first)
                #expect(try await client.post("/meetings/book", cookie: member, [("q", query), ("start", "\(first)")]).status == .seeOther)
                let meeting = try #require(try await Meeting.query(on: app.services.db).first())
                #expect(!meeting.title.contains("\r") && !meeting.title.contains("\n"))
                let ics = try await client.get("/meetings/\(meeting.id!)/calendar.ics", cookie: member).text
                #expect(!ics.split(separator: "\r\n").contains { $0.hasPrefix("ATTENDEE;CN=Evil") })
            }
        }
    }
}
