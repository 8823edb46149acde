import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import NIOCore
import Testing

/// Booking from the planner, the list of one's meetings, cancelling, the team ledger, the
/// calendar feed, days off and imported holiday calendars, through HTTP as a browser does it.
@Suite struct BookingTests {
    static let now = ISO8601DateFormatter().date(from: "2026-11-30T03:00:00Z")

    func team(_ app: TestApp) async throws -> Team {
        try await Team.query(on: app.services.db).sort(\.$name).first()!
    }

    func firstStart(_ page: String) throws -> String {
        let range = try #require(page.range(of: "name=\"start\" value=\"[0-9]+\"", options: .regularExpression))
        return String(page[range].dropFirst(20).dropLast())
    }

    @Test func bookedSlotIsListedAndReachesTheFeed() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            let team = try await team(app)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let query = "title=Shift+handover&duration=30&from=2026-12-01&days=5&step=15&me=1&team=\(team.id!)"
                let page = try await client.get("/meetings?\(query)", cookie: member)
                let start = try firstStart(page.text)
                let booked = try await client.post("/meetings/book", cookie: member, [("q", query), ("start", start)])
                #expect(booked.status == .seeOther)
                #expect(booked.headers[.location] == "/meetings/mine?notice=booked")
                let mine = try await client.get(booked.headers[.location]!, cookie: member)
                #expect(mine.text.contains("Shift handover") && mine.text.contains("Booked."))

                // Someone in the team sees it too, without being able to cancel it.
                let meeting = try #require(try await Meeting.query(on: app.services.db).first())
                let lead = try await client.signIn(TestApp.lead)
                if try await MeetingAttendee.query(on: app.services.db).filter(\.$person.$id == (try await app.person(TestApp.lead)).id!).count() > 0 {
                    #expect(try await client.get("/meetings/mine", cookie: lead).text.contains("Shift handover"))
                }
                #expect(try await client.post("/meetings/\(meeting.id!)/cancel", cookie: lead, []).status == .notFound)
                #expect(try await client.get("/meetings/\(meeting.id!)/cancel", cookie: lead).status == .notFound)

                // Cancelling asks first: the page names the meeting and those who will be told, and cancels nothing.
                let mineAgain = try await client.get("/meetings/mine", cookie: member)
                #expect(mineAgain.text.contains("href=\"/meetings/\(meeting.id!)/cancel\""))
                let ask = try await client.get("/meetings/\(meeting.id!)/cancel", cookie: member)
                #expect(ask.status == .ok && ask.text.contains("Cancel “Shift handover”?") && ask.text.contains("Cancel the meeting"))
                let others = try await MeetingAttendee.query(on: app.services.db).filter(\.$person.$id != (try await app.person(TestApp.member)).id!).all()
                #expect(others.allSatisfy { ask.text.contains($0.name) })
                #expect(!ask.text.contains("What to cancel"))
                #expect(try await Meeting.query(on: app.services.db).count() == 1)

                // Moving: "Move…" opens the planner for the same people with the meeting left out of busy
                // time; "Move here" re-plans from the query and moves it. Nobody else may move it.
                let moveRange = try #require(mineAgain.text.range(of: "/meetings\\?[^\"]*move=[^\"]+", options: .regularExpression))
                let moveHref = String(mineAgain.text[moveRange]).replacingOccurrences(of: "&amp;", with: "&")
                let planner = try await client.get(moveHref, cookie: member)
                #expect(planner.text.contains("Finding a new time for “Shift handover”") && planner.text.contains(">Move here</button>"))
                #expect(planner.text.contains("action=\"/meetings/\(meeting.id!)/move\""))
                let newStart = try firstStart(planner.text)
                let moveQuery = String(moveHref.dropFirst("/meetings?".count))
                let refused = try await client.post("/meetings/\(meeting.id!)/move", cookie: lead, [("q", moveQuery), ("start", newStart)])
                #expect(refused.status == .notFound || refused.status == .unprocessableContent)
                let moved = try await client.post("/meetings/\(meeting.id!)/move", cookie: member, [("q", moveQuery), ("start", newStart)])
                #expect(moved.status == .seeOther && moved.headers[.location] == "/meetings/mine?notice=moved")
                let after = try #require(try await Meeting.query(on: app.services.db).first())
                #expect(after.id == meeting.id && "\(after.startsAt)" == newStart && after.sequence == 1)
                #expect(try await InboxNotice.query(on: app.services.db).filter(\.$kind == NoticeKind.meetingMoved.rawValue).count() > 0)

                // The private feed: shown once, works without a session, dies when replaced.
                let feedPage = try await client.post("/meetings/feed", cookie: member, [])
                let urlRange = try #require(feedPage.text.range(of: "/calendar/[0-9a-f]{48}\\.ics", options: .regularExpression))
                let feedPath = String(feedPage.text[urlRange])
                let feed = try await client.execute(uri: feedPath, method: .get)
                #expect(feed.status == .ok)
                #expect(feed.headers[.contentType]?.hasPrefix("text/calendar") == true)
                #expect(feed.text.contains("SUMMARY:Shift handover\r\n"))
                #expect(feed.text.contains("UID:\(meeting.id!.uuidString.lowercased())@crosswise"))
                #expect(!feed.text.contains("METHOD:"))
                _ = try await client.post("/meetings/feed", cookie: member, [])
                #expect(try await client.execute(uri: feedPath, method: .get).status == .notFound)
                #expect(try await client.execute(uri: "/calendar/\(String(repeating: "0", count: 48)).ics", method: .get).status == .notFound)
                _ = try await client.post("/meetings/feed/stop", cookie: member, [])
                #expect(try await CalendarFeed.query(on: app.services.db).count() == 0)

                // The stored meeting as an invitation, same UID as the feed.
                let ics = try await client.get("/meetings/\(meeting.id!)/calendar.ics", cookie: member)
                #expect(ics.text.contains("METHOD:REQUEST") && ics.text.contains("UID:\(meeting.id!.uuidString.lowercased())@crosswise"))

                #expect(try await client.post("/meetings/\(meeting.id!)/cancel", cookie: member, []).status == .seeOther)
                #expect(try await Meeting.query(on: app.services.db).count() == 0)
            }
        }
    }

    /// The planner page and booking for the member and `others` colleagues by id, as
    /// (queries of GET /meetings, queries of POST /meetings/book).
    func queries(withColleagues others: Int) async throws -> (page: Int, booking: Int) {
        try await TestApp.with(now: BookingTests.now) { app in
            let me = try await app.person(TestApp.member)
            let colleagues = try await Person.query(on: app.services.db).filter(\.$id != me.id!).sort(\.$name).limit(others).all()
            let query = "duration=30&from=2026-12-01&days=5&step=15&me=1&force=1" + colleagues.map { "&person=\($0.id!)" }.joined()
            let counts = try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let (page, pageQueries) = try await app.queries.counting { try await client.get("/meetings?\(query)", cookie: member) }
                let start = try firstStart(page.text)
                let (booked, bookingQueries) = try await app.queries.counting {
                    try await client.post("/meetings/book", cookie: member, [("q", query), ("start", start)])
                }
                #expect(booked.status == .seeOther)
                return (pageQueries, bookingQueries)
            }
            #expect(try await MeetingAttendee.query(on: app.services.db).count() == others + 1)
            return counts
        }
    }

    @Test func planningAndBookingMakeTheSameNumberOfQueriesForThreeOrThirtyPeople() async throws {
        let three = try await queries(withColleagues: 2), thirty = try await queries(withColleagues: 29)
        #expect(three.page == thirty.page && three.booking == thirty.booking)
        // Measured: 12 for the page and 14 for booking, sign-in's session lookups included (the
        // booking's notices and their e-mails are a constant few of them, whatever the number of
        // people; one is the count that refuses a search naming more than 300 before loading them).
        #expect(three.page <= 12 && three.booking <= 14, "page \(three.page), booking \(three.booking)")
    }

    @Test func forgedStartsAndMissingTokensBookNothing() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            let team = try await team(app)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let query = "duration=30&from=2026-12-01&days=5&step=15&me=1&team=\(team.id!)"
                let page = try await client.get("/meetings?\(query)", cookie: member)
                let start = try firstStart(page.text)
                let forged = try await client.post("/meetings/book", cookie: member, [("q", query), ("start", "\(Int64(start)! + 7)")])
                #expect(forged.status == .unprocessableContent)
                #expect(forged.text.contains("no longer one of the slots"))
                #expect(try await client.post("/meetings/book", cookie: member, [("q", query), ("start", start)], csrf: nil).status == .forbidden)
                let notMe = try await client.post("/meetings/book", cookie: member, [("q", query.replacingOccurrences(of: "&me=1", with: "")), ("start", start)])
                #expect(notMe.status == .unprocessableContent && notMe.text.contains("Include me"))
                #expect(try await Meeting.query(on: app.services.db).count() == 0)
                #expect(try await MeetingAttendee.query(on: app.services.db).count() == 0)
            }
        }
    }

    @Test func seriesFillsTheTeamLedgerAndCancelsFromAnOccurrenceOn() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            let team = try await team(app)
            let london = try await Client.query(on: app.services.db).first()!
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let query = "title=Weekly+review&duration=30&from=2026-12-01&days=5&step=15&me=1&team=\(team.id!)&client=\(london.id!)&repeat=weekly&count=4&rotate=1"
                let page = try await client.get("/meetings?\(query)", cookie: member)
                #expect(page.text.contains("The series") && page.text.contains("Book the series"))
                #expect(page.text.contains("Fairness in \(team.name)"))
                let ics = try await client.get("/meetings/calendar.ics?\(query)", cookie: member)
                #expect(ics.text.contains("RRULE:FREQ=WEEKLY;COUNT=4"))
                #expect(try await client.post("/meetings/book", cookie: member, [("q", query)]).status == .seeOther)
                // Four weekly dates; any that falls on someone's holiday is skipped, and the page says how many are held.
                let meetings = try await Meeting.query(on: app.services.db).sort(\.$startsAt).all()
                #expect(meetings.count >= 3 && page.text.contains("\(meetings.count) meetings at"))
                #expect(Set(meetings.map(\.seriesID)).count == 1 && meetings[0].seriesID != nil)
                #expect(meetings.allSatisfy { $0.$team.id == team.id })

                // The ledger now counts what was booked and feeds the next series.
                let (ledger, _, count) = try await MeetingBook(db: app.services.db, organizationID: team.$organization.id).ledger(team: team.id!)
                #expect(count == meetings.count)
                let again = try await client.get("/meetings?\(query)", cookie: member)
                #expect(again.text.contains("From the team's \(meetings.count) booked meetings"))
                if ledger.burden.values.contains(where: { $0 > 0 }) { #expect(again.text.contains("After this series")) }

                let ask = try await client.get("/meetings/\(meetings[1].id!)/cancel?series=1", cookie: member)
                #expect(ask.text.contains("What to cancel") && ask.text.contains("\(meetings.count - 2) later"))
                #expect(ask.text.contains("value=\"1\" checked"))
                let cancelled = try await client.post("/meetings/\(meetings[1].id!)/cancel", cookie: member, [("series", "1")])
                #expect(cancelled.status == .seeOther)
                #expect(try await Meeting.query(on: app.services.db).count() == 1)
                #expect(try await Meeting.query(on: app.services.db).first()?.id == meetings[0].id)
                let zero = try await client.get("/meetings?\(query.replacingOccurrences(of: "count=4", with: "count=0"))", cookie: member)
                #expect(zero.text.contains("A series has 2 to 52 meetings, not 0."))
            }
        }
    }

    @Test func daysOffRuleOutSlotsAndBadRangesAreRefused() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            let lead = try await app.person(TestApp.lead)
            try await app.run { client in
                let memberCookie = try await client.signIn(TestApp.member)
                let leadCookie = try await client.signIn(TestApp.lead)
                let query = "duration=30&from=2026-12-02&days=1&step=15&me=1&person=\(lead.id!)"
                // A night shift that starts the evening before still counts, so a day off rules out
                // part of the window, not necessarily all of it.
                #expect(!(try await client.get("/meetings?\(query)", cookie: memberCookie).text.contains("ruled out")))
                let bad = try await client.post("/days-off", cookie: leadCookie, [("first", "2026-12-05"), ("last", "2026-12-01")])
                #expect(bad.status == .unprocessableContent && bad.text.contains("Last day is before the first day"))
                let garbled = try await client.post("/days-off", cookie: leadCookie, [("first", "next week"), ("last", "")])
                #expect(garbled.status == .unprocessableContent && garbled.text.contains("First day must be a date"))
                #expect(try await DayOff.query(on: app.services.db).count() == 0)

                #expect(try await client.post("/days-off", cookie: leadCookie, [("first", "2026-12-02"), ("last", "2026-12-02")]).status == .seeOther)
                let overlap = try await client.post("/days-off", cookie: leadCookie, [("first", "2026-12-01"), ("last", "2026-12-03")])
                #expect(overlap.text.contains("Overlaps the days off from 2026-12-02"))
                let ruledOut = try await client.get("/meetings?\(query)", cookie: memberCookie)
                #expect(ruledOut.text.contains("ruled out by holidays or days off"))

                // Nobody removes another person's days off.
                let row = try #require(try await DayOff.query(on: app.services.db).first())
                #expect(try await client.post("/days-off/\(row.id!)/delete", cookie: memberCookie, []).status == .notFound)
                #expect(try await client.post("/days-off/\(row.id!)/delete", cookie: leadCookie, []).status == .seeOther)
                #expect(try await DayOff.query(on: app.services.db).count() == 0)
            }
        }
    }

    func upload(_ client: any TestClientProtocol, cookie: String, name: String, ics: String) async throws -> TestResponse {
        let boundary = "CwBoundary42"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(TestApp.formToken(cookie))\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n\(name)\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"site\"\r\n\r\n\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"days.ics\"\r\nContent-Type: text/calendar\r\n\r\n\(ics)\r\n--\(boundary)--\r\n"
        return try await client.execute(uri: "/admin/holidays", method: .post,
                                        headers: [.cookie: cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                        body: ByteBuffer(string: body))
    }

    @Test func importedCompanyDaysRuleOutSlotsAndBadFilesWriteNothing() async throws {
        try await TestApp.with(now: BookingTests.now) { app in
            let lead = try await app.person(TestApp.lead)
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let member = try await client.signIn(TestApp.member)
                let broken = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261302\r\nSUMMARY:Bad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                let refused = try await upload(client, cookie: admin, name: "Company days", ics: broken)
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("line 3: DTSTART “20261302” is not a date"))
                #expect(try await HolidayCalendar.query(on: app.services.db).count() == 0)
                #expect(try await upload(client, cookie: member, name: "Mine", ics: broken).status == .forbidden)

                let query = "duration=30&from=2026-12-02&days=1&step=15&me=1&person=\(lead.id!)"
                #expect(!(try await client.get("/meetings?\(query)", cookie: member).text.contains("ruled out")))
                let good = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261202\r\nSUMMARY:Company founding day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                #expect(try await upload(client, cookie: admin, name: "Company days", ics: good).status == .seeOther)
                let list = try await client.get("/admin/holidays", cookie: admin)
                #expect(list.text.contains("Company days") && list.text.contains("Everyone"))
                let duplicate = try await upload(client, cookie: admin, name: "Company days", ics: good)
                #expect(duplicate.text.contains("already used"))

                let page = try await client.get("/meetings?\(query)", cookie: member)
                #expect(page.text.contains("ruled out by holidays or days off"))
                let forced = try await client.get("/meetings?\(query)&force=1", cookie: member)
                #expect(forced.text.contains("Best times") && !forced.text.contains("ruled out"))
            }
        }
    }
}
