import CrosswiseStore
@testable import CrosswiseWeb
import Culture
import FluentKit
import Foundation
import Testing

/// The culture pages over HTTP: the list with the viewer's country first and their clients'
/// countries marked, a brief, a pair, unknown codes, and who may read them.
@Suite struct CulturePagesTests {
    @Test func theListPutsMySitesCountryFirstAndNamesMyTeamsClients() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                // Angelica works at the Manila site on the Night Desk (US and Canadian clients).
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get(CultureRoute.list.path, cookie: cookie)
                #expect(page.status == .ok)
                let text = page.text
                let philippines = try #require(text.range(of: "Philippines</a>")), emirates = try #require(text.range(of: "United Arab Emirates</a>"))
                let australia = try #require(text.range(of: "Australia</a>"))
                #expect(philippines.lowerBound < australia.lowerBound, "the viewer's own country comes before the alphabet")
                #expect(australia.lowerBound < emirates.lowerBound)
                #expect(text.contains("Your clients: Harbor &amp; Vine Outfitters, Lakeshore Family Clinics"))
                #expect(text.contains("Your clients: Northline Telecom"))
                #expect(!text.contains("Albion Mutual"), "clients of teams she is not on are not hers")
                #expect(text.contains(CultureBriefs.peopleVary))
                #expect(text.contains("href=\"/culture\" aria-current") || text.contains(">Culture<"))
            }
        }
    }

    @Test func anotherOrganizationsClientsAreNeverHighlighted() async throws {
        try await TestApp.with { app in
            let other = try await app.otherOrganization()
            // Put the other organization's person on its team with its client, then read as us.
            try await TeamMembership(teamID: other.team.id!, personID: other.person.id!, isLead: true).create(on: app.services.db)
            try await TeamClient(teamID: other.team.id!, clientID: other.client.id!).create(on: app.services.db)
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.admin)
                let list = try await client.get(CultureRoute.list.path, cookie: cookie).text
                #expect(!list.contains("Secret Client"))
                #expect(!(try await client.get(CultureRoute.country("GB").path, cookie: cookie).text.contains("Secret Client")))
            }
        }
    }

    @Test func aBriefShowsSectionsPhrasesInBothFormsAndEveryScaleInWords() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get(CultureRoute.country("jp").path, cookie: cookie)
                #expect(page.status == .ok)
                let text = page.text, japan = try #require(CultureBriefs.builtIn.country("JP"))
                for section in BriefSection.allCases { #expect(text.contains(section.title)) }
                #expect(text.contains("<span lang=\"ja\">こんにちは</span>") && text.contains("konnichiwa") && text.contains("kon-NEE-chee-wah"))
                for scale in CultureScale.allCases {
                    let placement = try #require(japan.placement(scale))
                    #expect(text.contains("JP: \(ScaleView.words(scale, placement.position))."), "\(scale) is said in words")
                }
                #expect(text.contains("Edward T. Hall, “Beyond Culture”, 1976"))
                #expect(text.contains("reviewed 1 Dec 2026") || text.contains("reviewed 1 December 2026"))
                #expect(text.contains(CultureBriefs.peopleVary))
                #expect(text.contains("href=\"\(CultureRoute.pair("PH", "JP").path)\""), "the default pair is my site's country against this one")
                // The drawing is hidden from screen readers; the words above carry it.
                #expect(text.contains("class=\"c-scale\" aria-hidden=\"true\""))
            }
        }
    }

    @Test func theBriefOfMyClientsCountryNamesThem() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let harbor = try #require(try await Client.query(on: app.services.db).filter(\.$name == "Harbor & Vine Outfitters").first())
                let us = try await client.get(CultureRoute.country("US").path, cookie: cookie).text
                #expect(us.contains("Your clients here, each with its own note:"))
                #expect(us.contains("<a href=\"\(CultureRoute.client(harbor.id!).path)\">Harbor &amp; Vine Outfitters</a>"))
                #expect(!(try await client.get(CultureRoute.country("DE").path, cookie: cookie).text.contains("Your clients here")))
            }
        }
    }

    @Test func thePairViewShowsBothPositionsFrictionAndScripts() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get(CultureRoute.pair("PH", "DE").path, cookie: cookie)
                #expect(page.status == .ok)
                let text = page.text
                let pair = PairView(yours: CultureBriefs.builtIn.country("PH")!, theirs: CultureBriefs.builtIn.country("DE")!)
                let friction = pair.rows.filter(\.frictionLikely)
                #expect(!friction.isEmpty, "the Philippines and Germany differ widely somewhere")
                #expect(text.components(separatedBy: "Friction likely</span>").count - 1 == friction.count)
                #expect(text.contains("\(friction.count) of 8 scales here"))
                for row in pair.rows { #expect(text.contains(pair.summary(of: row).replacingOccurrences(of: "&", with: "&amp;"))) }
                for script in pair.scripts { #expect(text.contains(script.title)) }
                #expect(text.contains(CultureBriefs.peopleVary))
                #expect(text.contains("href=\"\(CultureRoute.pair("DE", "PH").path)\""))
            }
        }
    }

    @Test func anUnknownCodeIs404WithTheClosestCodes() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let brief = try await client.get("/culture/UK", cookie: cookie)
                #expect(brief.status == .notFound)
                #expect(brief.text.contains("href=\"/culture/GB\""))
                let pair = try await client.get("/culture/PH/with/UK", cookie: cookie)
                #expect(pair.status == .notFound)
                #expect(pair.text.contains("href=\"/culture/PH/with/GB\""))
                let markup = try await client.get("/culture/%3Cscript%3E", cookie: cookie)
                #expect(markup.status == .notFound)
                #expect(!markup.text.contains("<script>") && markup.text.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func signedOutIsSentToSignInAndEveryRoleReads() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                for path in [CultureRoute.list.path, CultureRoute.country("DE").path, CultureRoute.pair("PH", "DE").path] {
                    #expect(try await client.get(path, cookie: "").status == .seeOther)
                    for email in [TestApp.member, TestApp.lead, TestApp.admin] {
                        let cookie = try await client.signIn(email)
                        #expect(try await client.get(path, cookie: cookie).status == .ok, "\(email) reads \(path)")
                    }
                }
            }
        }
    }

    @Test func todayLinksAClientsHolidayToItsCountrysBrief() async throws {
        // Thanksgiving, Thursday 26 November 2026: the Night Desk's US clients are off.
        let thanksgiving = Date(timeIntervalSince1970: 1_795_705_200)   // 2026-11-26 15:00 UTC, 23:00 in Manila
        try await TestApp.with(now: thanksgiving) { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let today = try await client.get("/", cookie: cookie).text
                #expect(today.contains("Thanksgiving"))
                #expect(today.contains("<a href=\"/culture/US\">United States brief</a>"))
            }
        }
    }

    @Test func theBriefPageReadsTheDatabaseAFewTimesOnly() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                _ = try await client.get(CultureRoute.list.path, cookie: cookie)
                let (response, queries) = try await app.queries.counting { try await client.get(CultureRoute.country("US").path, cookie: cookie) }
                #expect(response.status == .ok)
                #expect(queries <= 8, "GET /culture/US made \(queries) statements: \(app.queries.byTable)")
            }
        }
    }
}
