import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@Suite struct MeetingsTests {
    func teamID(_ app: TestApp, _ name: String) async throws -> UUID {
        try await Team.query(on: app.services.db).filter(\.$name == name).first()!.requireID()
    }

    @Test func plannerRanksSlotsForATeamAndOffersTheCalendarFile() async throws {
        try await TestApp.with(now: ISO8601DateFormatter().date(from: "2026-11-30T03:00:00Z")) { app in
            let teams = try await Team.query(on: app.services.db).all()
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let form = try await client.get("/meetings", cookie: member)
                #expect(form.status == .ok)
                #expect(form.text.contains("Find times") && form.text.contains(teams[0].name))
                let query = "duration=30&from=2026-12-01&days=5&step=15&me=1&team=\(try teams[0].requireID())"
                let page = try await client.get("/meetings?\(query)", cookie: member)
                #expect(page.status == .ok)
                #expect(page.text.contains("Best times"))
                #expect(page.text.contains("class=\"table-wrap grid-wrap\"><table class=\"grid\""))
                let href = try #require(page.text.range(of: "/meetings/calendar.ics?[^\"]+", options: .regularExpression).map { String(page.text[$0]) })
                let ics = try await client.get(href.replacingOccurrences(of: "&amp;", with: "&"), cookie: member)
                #expect(ics.status == .ok)
                #expect(ics.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(ics.text.replacingOccurrences(of: "\r\n ", with: "").contains("ORGANIZER;CN=\"Angelica Santos\":mailto:\(TestApp.member)"))
            }
        }
    }

    @Test func tooFewParticipantsIsExplainedAndOtherOrganizationsAreInvisible() async throws {
        try await TestApp.with() { app in
            let other = try await app.otherOrganization()
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                // Someone from another organization is not loaded: only the member remains.
                let page = try await client.get("/meetings?duration=30&from=2026-12-01&days=5&me=1&person=\(other.person.id!)&client=\(other.client.id!)", cookie: member)
                #expect(page.status == .ok)
                #expect(page.text.contains("Choose at least two participants"))
                #expect(!page.text.contains("Olga") && !page.text.contains("Secret Client"))
                #expect(try await client.get("/teams/\(other.team.id!)/clock", cookie: member).status == .notFound)
            }
        }
    }

    @Test func signedOutVisitorsCannotPlan() async throws {
        try await TestApp.with() { app in
            try await app.run { client in
                let response = try await client.execute(uri: "/meetings", method: .get)
                #expect(response.status != .ok)
                let about = try await client.execute(uri: "/about", method: .get)
                #expect(about.status == .ok)
                #expect(String(buffer: about.body).contains("IANA tz release in use"))
            }
        }
    }

    @Test func worldClockShowsEveryoneAndTheNextOverlap() async throws {
        try await TestApp.with(now: ISO8601DateFormatter().date(from: "2026-12-24T03:00:00Z")) { app in
            let teams = try await Team.query(on: app.services.db).all()
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)
                for team in teams {
                    let page = try await client.get("/teams/\(try team.requireID())/clock", cookie: lead)
                    #expect(page.status == .ok)
                    #expect(page.text.contains("World clock"))
                    #expect(page.text.contains("Next working window"))
                }
                // Christmas Day is a holiday for the Manila team and the clients abroad.
                let page = try await client.get("/teams/\(try teams[0].requireID())/clock", cookie: lead)
                #expect(page.text.contains("Christmas"))
            }
        }
    }
}
