@testable import CrosswiseWeb
import CrosswiseStore
import FluentKit
import Foundation
import HummingbirdTesting
import Testing
import Worldtime

/// My profile over HTTP: saving your own, a lead setting someone's, who may not, and forms
/// that are refused with what was typed, 422 and nothing written.
@Suite struct ProfileTests {
    static let arjun = "arjun.rao@meridianshore.example.com"

    /// A full profile form as the page sends it, starting from what is stored.
    static func fields(_ person: Person, _ changes: [(String, String)] = []) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("time_zone", person.timeZone), ("country", person.country), ("subdivision", person.subdivision ?? ""),
            ("weekend", person.weekend), ("languages", person.languages),
            ("working_hours", person.workingHours), ("hours_before", person.workingHours),
        ]
        let rows = WeeklyHoursForm((try? WeeklyHours.parse(person.workingHours)) ?? WeeklyHours())
        for row in rows.rows {
            for (index, pair) in row.ranges.enumerated() {
                fields += [("hours-\(row.day.shortName.lowercased())-\(index + 1)-start", pair.start),
                           ("hours-\(row.day.shortName.lowercased())-\(index + 1)-end", pair.end)]
            }
        }
        for (name, value) in changes {
            fields.removeAll { $0.0 == name }
            fields.append((name, value))
        }
        return fields
    }

    @Test func aMemberSavesTheirOwnZoneHoursAndNoticeChoices() async throws {
        try await TestApp.with { app in
            let before = try await app.person(TestApp.member)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let page = try await client.get("/profile", cookie: member)
                #expect(page.status == .ok && page.text.contains("My profile") && page.text.contains("GeoNames"))
                let save = try await client.post("/profile", cookie: member, Self.fields(before, [
                    ("time_zone", "America/Toronto"), ("country", "CA"), ("subdivision", "CA-ON"), ("working_hours", "Mon-Fri 9am-5pm"),
                    ("kind-lead-rating", "inbox"),
                ]))
                #expect(save.status == .seeOther && save.headers[.location] == "/profile?notice=hours-text")
                let after = try await app.person(TestApp.member)
                #expect(after.timeZone == "America/Toronto" && after.country == "CA" && after.subdivision == "CA-ON")
                #expect(after.workingHours == "Mon-Fri 09:00-17:00" && after.name == before.name && after.role == before.role)
                let choices = try await Notices(db: app.services.db, organizationID: after.$organization.id).preferences(of: after.id!)
                #expect(choices[.leadRating] == .inbox)
            }
        }
    }

    @Test func theDayRowsWriteTheSameTextFormatAsTyping() async throws {
        try await TestApp.with { app in
            let before = try await app.person(TestApp.member)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                var fields = Self.fields(before).filter { !$0.0.hasPrefix("hours-") }
                fields += [("hours-mon-1-start", "9"), ("hours-mon-1-end", "5"), ("hours-tue-1-start", "9am"), ("hours-tue-1-end", "5pm"),
                           ("hours-wed-1-start", "21:00"), ("hours-wed-1-end", "06:00"),
                           ("hours-thu-1-start", "9"), ("hours-thu-1-end", "12"), ("hours-thu-2-start", "1"), ("hours-thu-2-end", "5")]
                let save = try await client.post("/profile", cookie: member, fields)
                #expect(save.status == .seeOther && save.headers[.location] == "/profile?notice=hours-days")
                let typed = try WeeklyHours.parse("Mon-Tue 09:00-17:00; Wed 21:00-06:00; Thu 09:00-12:00,13:00-17:00").text
                #expect(try await app.person(TestApp.member).workingHours == typed)
            }
        }
    }

    @Test func aDayThatCannotBeReadIsNamedKeptAndNothingIsWritten() async throws {
        try await TestApp.with { app in
            let before = try await app.person(TestApp.member)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let save = try await client.post("/profile", cookie: member, Self.fields(before, [
                    ("time_zone", "Asia/Tokyo"), ("hours-tue-1-start", "25:70"), ("hours-tue-1-end", "later"),
                ]))
                #expect(save.status == .unprocessableContent)
                #expect(save.text.contains("Tuesday") && save.text.contains("value=\"25:70\"") && save.text.contains("#f-hours-tue-1-start"))
                let after = try await app.person(TestApp.member)
                #expect(after.timeZone == before.timeZone && after.workingHours == before.workingHours)
            }
        }
    }

    @Test func badTextHoursAndBadFieldsAre422WithWhatWasTyped() async throws {
        try await TestApp.with { app in
            let before = try await app.person(TestApp.member)
            let audit = try await AuditEntry.query(on: app.services.db).count()
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                for changes in [
                    [("working_hours", "Mon-Fri whenever")], [("working_hours", "")], [("time_zone", "")],
                    [("languages", String(repeating: "x", count: 10_000))], [("languages", "en\u{0}\u{1B}[31m")],
                    [("country", "PH"), ("subdivision", "IN-KA")], [("weekend", "Caturday")],
                ] {
                    let save = try await client.post("/profile", cookie: member, Self.fields(before, changes))
                    #expect(save.status == .unprocessableContent, "\(changes.map(\.0))")
                    #expect(save.text.contains("Nothing was saved"))
                }
                let typed = try await client.post("/profile", cookie: member, Self.fields(before, [("working_hours", "Mon-Fri whenever")]))
                #expect(typed.text.contains("Mon-Fri whenever"))
            }
            let after = try await app.person(TestApp.member)
            #expect(after.workingHours == before.workingHours && after.languages == before.languages && after.timeZone == before.timeZone)
            #expect(try await AuditEntry.query(on: app.services.db).count() == audit)
        }
    }

    @Test func withoutScriptsASearchListsPlacesAndChoosingBengaluruSetsZoneCountryAndRegion() async throws {
        try await TestApp.with { app in
            let before = try await app.person(TestApp.member)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let search = try await client.get("/profile?place=Bengaluru", cookie: member)
                #expect(search.status == .ok && search.text.contains("value=\"Asia/Kolkata|IN|IN-KA\""))
                #expect(search.text.contains("<optgroup label=\"Asia\">"))
                let save = try await client.post("/profile", cookie: member, Self.fields(before, [("place_choice", "Asia/Kolkata|IN|IN-KA")]))
                #expect(save.status == .seeOther)
                let after = try await app.person(TestApp.member)
                #expect(after.timeZone == "Asia/Kolkata" && after.country == "IN" && after.subdivision == "IN-KA")
            }
        }
    }

    @Test func theSearchEndpointFindsTorontoAndRefusesLongQueries() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let toronto = try await client.get("/profile/places?q=Toronto", cookie: member)
                #expect(toronto.headers[.contentType] == "application/json")
                let first = try #require(try JSONSerialization.jsonObject(with: Data(toronto.text.utf8)) as? [[String: String]]).first
                #expect(first?["zone"] == "America/Toronto" && first?["country"] == "CA" && first?["subdivision"] == "CA-ON")
                let own = try await client.get("/profile/places?zone=Asia/Calcutta", cookie: member)
                #expect(own.text.contains("\"zone\":\"Asia/Kolkata\""))
                let long = try await client.get("/profile/places?q=\(String(repeating: "a", count: 81))", cookie: member)
                #expect(long.status == .badRequest)
                let signedOut = try await client.get("/profile/places?q=Cebu", cookie: "")
                #expect(signedOut.status != .ok && !signedOut.text.contains("Cebu"))
            }
        }
    }

    @Test func aLeadSetsTheirMembersProfileAndTheAuditLogSaysWho() async throws {
        try await TestApp.with { app in
            let before = try await app.person(Self.arjun), priya = try await app.person(TestApp.lead)
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)
                let page = try await client.get("/people/\(before.id!)/profile", cookie: lead)
                #expect(page.status == .ok && page.text.contains("Profile of Arjun Rao") && !page.text.contains("How notices reach you"))
                let save = try await client.post("/people/\(before.id!)/profile", cookie: lead, Self.fields(before, [("working_hours", "Mon-Fri 21:00-06:00")]))
                #expect(save.status == .seeOther)
            }
            #expect(try await app.person(Self.arjun).workingHours == "Mon-Fri 21:00-06:00")
            let lines = try await AuditLog(db: app.services.db, organizationID: before.$organization.id).entries(entity: (.person, before.id!.uuidString)).lines
            #expect(lines.first?.actorID == priya.id && lines.first?.changes.map(\.field) == ["working hours"])
        }
    }

    @Test func nobodyElseReachesAProfile() async throws {
        try await TestApp.with { app in
            let other = try await app.otherOrganization()
            let arjun = try await app.person(Self.arjun), angelica = try await app.person(TestApp.member)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                #expect(try await client.get("/people/\(arjun.id!)/profile", cookie: member).status == .forbidden)
                #expect(try await client.post("/people/\(arjun.id!)/profile", cookie: member, Self.fields(arjun, [("time_zone", "UTC")])).status == .forbidden)
                let lead = try await client.signIn(TestApp.lead)
                #expect(try await client.post("/people/\(angelica.id!)/profile", cookie: lead, Self.fields(angelica, [("time_zone", "UTC")])).status == .notFound)
                // The admin is a member of the lead's team, yet only admins set an admin's profile.
                let isabel = try await app.person(TestApp.admin)
                #expect(try await client.get("/people/\(isabel.id!)/profile", cookie: lead).status == .notFound)
                #expect(try await client.post("/people/\(isabel.id!)/profile", cookie: lead, Self.fields(isabel, [("time_zone", "UTC")])).status == .notFound)
                let admin = try await client.signIn(TestApp.admin)
                #expect(try await client.get("/people/\(other.person.id!)/profile", cookie: admin).status == .notFound)
                #expect(try await client.post("/people/\(other.person.id!)/profile", cookie: admin, Self.fields(other.person, [("time_zone", "UTC")])).status == .notFound)
                #expect(try await client.post("/profile", cookie: member, Self.fields(angelica, [("time_zone", "UTC")]), csrf: nil).status == .forbidden)
            }
            #expect(try await app.person(Self.arjun).timeZone == arjun.timeZone)
            #expect(try await app.person(TestApp.member).timeZone == angelica.timeZone)
            #expect(try await app.person(TestApp.admin).timeZone != "UTC")
            #expect(try await app.person("olga@elsewhere.example.com").timeZone == "Europe/Warsaw")
        }
    }

    @Test func aNewCalendarLinkIsShownOnceInACopyableField() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let made = try await client.post("/profile/calendar", cookie: member, [])
                #expect(made.status == .ok && made.text.contains("id=\"f-feed-url\"") && made.text.contains("/calendar/"))
                #expect(try await client.get("/profile", cookie: member).text.contains("Your private calendar link is on"))
            }
        }
    }
}
