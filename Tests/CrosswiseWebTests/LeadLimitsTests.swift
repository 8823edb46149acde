import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

/// A lead does what the README gives them and nothing more, whatever the form sends.
@Suite struct LeadLimitsTests {
    @Test func aLeadChangesHoursAndZoneButNotNameSiteOrCountry() async throws {
        try await TestApp.with() { app in
            let before = try await app.person("arjun.rao@meridianshore.example.com")
            let otherSite = try #require(try await Site.query(on: app.services.db).filter(\.$id != (before.$site.id ?? UUID())).first())
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)
                let form = try await client.get("/admin/people/\(before.id!)/edit", cookie: lead)
                #expect(!form.text.contains("name=\"name\"") && !form.text.contains("name=\"site\"") && !form.text.contains("name=\"country\""))
                let edit = try await client.post("/admin/people/\(before.id!)", cookie: lead, [
                    ("name", "Renamed By Lead"), ("site", otherSite.id!.uuidString), ("country", "PL"), ("subdivision", ""),
                    ("time_zone", "Asia/Kolkata"), ("working_hours", "Mon-Fri 13:00-22:00"), ("weekend", "Sat, Sun"), ("languages", "en, hi, ta"),
                ])
                #expect(edit.status == .seeOther)
                let after = try await app.person("arjun.rao@meridianshore.example.com")
                #expect(after.name == before.name && after.$site.id == before.$site.id && after.country == before.country)
                #expect(after.workingHours == "Mon-Fri 13:00-22:00" && after.languages.contains("ta"))
            }
        }
    }

    @Test func aLeadCannotCommentOnTheirOwnPlanAsLead() async throws {
        try await TestApp.with() { app in
            let priya = try await app.person(TestApp.lead)
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)
                // Refused before the plan is even looked up, so any plan id shows it.
                let own = try await client.post("/skills/people/\(priya.id!)/plan/\(UUID())/comments", cookie: lead, [("text", "Great plan, says the lead")])
                #expect(own.status == .forbidden)
                #expect(try await PlanNote.query(on: app.services.db).filter(\.$text == "Great plan, says the lead").count() == 0)
            }
        }
    }

    @Test func aCheckInsNoticeSitsBeforeTheFragment() async throws {
        try await TestApp.with() { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                #expect(try await client.post("/skills/plan/draft", cookie: member, [("role", "team-lead")]).status == .seeOther)
                let page = try await client.get("/skills/plan", cookie: member)
                let planID = try #require(page.text.range(of: #"action="/skills/plan/([0-9A-F-]{36})""#, options: .regularExpression)
                    .map { String(page.text[$0].dropFirst(#"action="/skills/plan/"#.count).prefix(36)) })
                let checkIn = try await client.post("/skills/plan/\(planID)/notes", cookie: member, [("day", "2027-01-05"), ("text", "Booked a course")])
                #expect(checkIn.headers[.location] == "/skills/plan?notice=noted#notes")
            }
        }
    }

    @Test func emptyWorkingHoursOnThePeopleFormGetAWordAndChangeNothing() async throws {
        try await TestApp.with() { app in
            let before = try await app.person("arjun.rao@meridianshore.example.com")
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)
                let edit = try await client.post("/admin/people/\(before.id!)", cookie: lead, [
                    ("time_zone", "Asia/Kolkata"), ("working_hours", "  "), ("weekend", "Sat, Sun"), ("languages", "en"),
                ])
                #expect(edit.status == .unprocessableContent)
                #expect(edit.text.contains("Working hours are needed"))
                #expect(try await app.person("arjun.rao@meridianshore.example.com").workingHours == before.workingHours)
            }
        }
    }
}
