import CrosswiseStore
import CrosswiseWeb
import Foundation
import HummingbirdTesting
import Testing

@Suite struct TodayTests {
    @Test func todayGreetsInThePersonsOwnTimeAndShowsTeammatesAndClients() async throws {
        // 2026-11-23 14:00 UTC: 22:00 on Monday in Manila, when the Night Desk is on shift.
        try await TestApp.with(now: Date(timeIntervalSince1970: 1_795_442_400)) { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get("/", cookie: cookie).text
                #expect(page.contains("Good evening, Angelica"))
                #expect(page.contains("<strong>22:00</strong> on Mon 23 Nov"))
                #expect(page.contains("Ramon Dizon"))
                #expect(page.contains("Harbor &amp; Vine Outfitters"))
                // New York is 09:00 on Monday: the client is open.
                #expect(page.contains("Open now"))
                #expect(!page.contains("See all"))
            }
        }
    }

    @Test func aLargeTeamShowsTheMostRelevantCardsAndLinksToEveryone() async throws {
        try await TestApp.with(people: 200) { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get("/", cookie: cookie).text
                let section = page.components(separatedBy: "<h3>Clients</h3>").first ?? ""
                #expect(section.components(separatedBy: "<li class=\"clock ").count - 1 == 24)
                #expect(section.contains("you</span>") && section.contains("lead</span>"))
                #expect(page.contains("See all"))
            }
        }
    }
}
