import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Testing

/// The meeting planner names each client in the plan with its public holidays in the searched
/// days and its brief's working week and seasons, through the same link as Today.
@Suite struct MeetingClientBriefTests {
    @Test func aClientParticipantsHolidaysAndSeasonsLinkToItsBrief() async throws {
        try await TestApp.with(now: ISO8601DateFormatter().date(from: "2026-11-20T03:00:00Z")) { app in
            let harbor = try #require(try await Client.query(on: app.services.db).filter(\.$name == "Harbor & Vine Outfitters").first())
            let albion = try #require(try await Client.query(on: app.services.db).filter(\.$name == "Albion Mutual Insurance").first())
            try await app.run { http in
                let member = try await http.signIn(TestApp.member)
                let page = try await http.get("/meetings?duration=30&from=2026-11-23&days=5&step=15&me=1&client=\(harbor.id!)&client=\(albion.id!)",
                                              cookie: member).text
                #expect(page.contains("<h2 id=\"h-clients\">Clients in this meeting</h2>"))
                #expect(page.contains("<strong>Harbor &amp; Vine Outfitters</strong>: Thanksgiving"), "the US client's holiday in these days")
                #expect(page.contains("<strong>Albion Mutual Insurance</strong>: No public holiday in these days."))
                #expect(page.contains("href=\"/culture/US#s-working-week\">United States brief: hours and seasons</a>"))
                #expect(page.contains("href=\"/culture/GB#s-working-week\""))
                // Without a client in the plan there is no such panel.
                let people = try await http.get("/meetings?duration=30&from=2026-11-23&days=5&step=15&me=1&team=\(try await Team.query(on: app.services.db).first()!.requireID())",
                                                cookie: member).text
                #expect(!people.contains("Clients in this meeting"))
            }
        }
    }
}
