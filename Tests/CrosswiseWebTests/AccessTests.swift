import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

@Suite struct AccessTests {
    @Test func anotherOrganizationsPersonTeamAndClientAnswer404() async throws {
        try await TestApp.with { app in
            let other = try await app.otherOrganization()
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                for uri in ["/admin/people/\(other.person.id!)/edit", "/teams/\(other.team.id!)", "/admin/teams/\(other.team.id!)/edit",
                            "/admin/clients/\(other.client.id!)/edit"] {
                    let response = try await client.get(uri, cookie: admin)
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(!response.text.contains("Olga") && !response.text.contains("Secret"))
                }
                // Writing to it is refused the same way and changes nothing.
                let post = try await client.post("/admin/people/\(other.person.id!)/active", cookie: admin, [("active", "false")])
                #expect(post.status == .notFound)
                #expect(try await app.person("olga@elsewhere.example.com").active)
                let member = try await client.signIn(TestApp.member)
                #expect(try await client.get("/teams/\(other.team.id!)", cookie: member).status == .notFound)
            }
        }
    }

    @Test func membersCannotOpenAdminPages() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                for uri in ["/admin/sites", "/admin/people", "/admin/import", "/admin/clients/new"] {
                    #expect(try await client.get(uri, cookie: member).status == .forbidden, "\(uri)")
                }
                let post = try await client.post("/admin/sites", cookie: member, [("name", "Rogue"), ("city", "X"), ("country", "PH"), ("time_zone", "Asia/Manila")])
                #expect(post.status == .forbidden)
            }
        }
    }

    @Test func aLeadManagesOnlyThePeopleOfTheTeamsTheyLead() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)  // Priya leads Claims Back Office
                let list = try await client.get("/admin/people", cookie: lead)
                #expect(list.status == .ok)
                #expect(list.text.contains("Arjun Rao"))
                #expect(!list.text.contains("Angelica Santos"))
                let arjun = try await app.person("arjun.rao@meridianshore.example.com")
                let angelica = try await app.person(TestApp.member)
                #expect(try await client.get("/admin/people/\(arjun.id!)/edit", cookie: lead).status == .ok)
                #expect(try await client.get("/admin/people/\(angelica.id!)/edit", cookie: lead).status == .notFound)
                // A lead's edit keeps the role even if the form tries to make someone an admin.
                let edit = try await client.post("/admin/people/\(arjun.id!)", cookie: lead, [
                    ("name", "Arjun Rao"), ("role", "admin"), ("time_zone", "Asia/Kolkata"), ("country", "IN"),
                    ("working_hours", "Mon-Fri 14:00-23:00"), ("weekend", "Sat, Sun"), ("languages", "en, hi"),
                ])
                #expect(edit.status == .seeOther)
                let saved = try await app.person("arjun.rao@meridianshore.example.com")
                #expect(saved.role == .member && saved.workingHours == "Mon-Fri 14:00-23:00")
                #expect(try await client.get("/admin/sites", cookie: lead).status == .forbidden)
            }
        }
    }

    @Test func aPostWithoutTheCSRFTokenIsRefusedAndWritesNothing() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let fields = [("name", "Cebu – IT Park"), ("city", "Cebu"), ("country", "PH"), ("time_zone", "Asia/Manila")]
                #expect(try await client.post("/admin/sites", cookie: admin, fields, csrf: nil).status == .forbidden)
                #expect(try await client.post("/admin/sites", cookie: admin, fields, csrf: String(repeating: "cd", count: 32)).status == .forbidden)
                #expect(try await Site.query(on: app.services.db).filter(\.$name == "Cebu – IT Park").count() == 0)
                #expect(try await client.post("/admin/sites", cookie: admin, fields).status == .seeOther)
                #expect(try await Site.query(on: app.services.db).filter(\.$name == "Cebu – IT Park").count() == 1)
            }
        }
    }

    @Test func invalidFieldsAreNamedOnTheFormAndNothingIsSaved() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let site = try await client.post("/admin/sites", cookie: admin, [("name", ""), ("city", "Pasig"), ("country", "PH"), ("time_zone", "Manila")])
                #expect(site.status == .unprocessableContent)
                #expect(site.text.contains("Name is required"))
                #expect(site.text.contains("“Manila” is not an IANA time zone"))
                #expect(site.text.contains("Nothing was saved"))
                let person = try await client.post("/admin/people", cookie: admin, [
                    ("name", "Night Owl"), ("email", "owl@meridianshore.example.com"), ("role", "member"), ("time_zone", "Asia/Manila"),
                    ("country", "PH"), ("working_hours", "Mon-Fri 21:00-25:00"),
                ])
                #expect(person.status == .unprocessableContent)
                #expect(person.text.contains("“25:00” is not a time of day"))
                #expect(try await Person.query(on: app.services.db).filter(\.$email == "owl@meridianshore.example.com").count() == 0)
                let client2 = try await client.post("/admin/clients", cookie: admin, [("name", "Zed"), ("country", "ZZ"), ("time_zone", "Europe/London"), ("business_hours", "Mon-Fri 09:00-17:00")])
                #expect(client2.text.contains("“ZZ” is not an ISO 3166-1 country code"))
            }
        }
    }

    @Test func unknownPagesAndHealthAnswerAsExpected() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let missing = try await client.get("/no/such/page", cookie: "")
                #expect(missing.status == .notFound)
                #expect(missing.text.contains("Page not found") && missing.text.contains("<nav") == false)
                let health = try await client.get("/healthz", cookie: "")
                #expect(health.status == .ok && health.text == "ok\n")
                // A session cookie sent to the health check is not read: the same statements as without one.
                let member = try await client.signIn(TestApp.member)
                // The probe keeps its answer for a second, so each count waits that out.
                try await Task.sleep(for: .milliseconds(1100))
                let (_, bare) = try await app.queries.counting { try await client.get("/healthz", cookie: "") }
                try await Task.sleep(for: .milliseconds(1100))
                let (signed, withCookie) = try await app.queries.counting { try await client.get("/healthz", cookie: member) }
                #expect(signed.status == .ok && withCookie == bare)
                let css = try await client.get("/static/style.css", cookie: "")
                #expect(css.status == .ok && css.text.contains("--brand"))
            }
        }
    }
}

@Suite struct FailureTests {
    @Test func whenTheDatabaseIsGoneHealthSays503AndPagesShowA500WithoutDetails() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let cookie = try await client.signIn(TestApp.member)
            await app.services.database.shutdown()
            let health = try await client.get("/healthz", cookie: "")
            #expect(health.status == .serviceUnavailable)
            let page = try await client.get("/teams", cookie: cookie)
            #expect(page.status == .internalServerError)
            #expect(page.text.contains("Something went wrong"))
            #expect(page.text.contains("<html"))
            #expect(!page.text.lowercased().contains("sqlite") && !page.text.contains("Error("))
        }
    }
}

@Suite struct PeopleListTests {
    @Test func adminsFindPeopleByNameEmailOrZone() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let warsaw = try await client.get("/admin/people?q=warsaw", cookie: admin).text
                #expect(warsaw.contains("Tomasz Nowak") && !warsaw.contains("Angelica Santos"))
                #expect(warsaw.contains("match “warsaw”"))
                // A browser sends the box's spaces as "+".
                let full = try await client.get("/admin/people?q=Tomasz+Nowak", cookie: admin).text
                #expect(full.contains("match “Tomasz Nowak”") && full.contains("Tomasz Nowak</a>"))
                let nobody = try await client.get("/admin/people?q=zzzz", cookie: admin).text
                #expect(nobody.contains("Nobody matches."))
                let all = try await client.get("/admin/people", cookie: admin).text
                #expect(all.contains("39 in all") && !all.contains("Nobody matches"))
            }
        }
    }
}
