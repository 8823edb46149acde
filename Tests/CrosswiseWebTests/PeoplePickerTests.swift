import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The people pickers of the planner and /check: a small organization lists everyone; a large
/// one lists those chosen and up to 20 matches of the find box, and the page never carries the
/// organization (issue 15: 10,000 options made /check take seconds).
@Suite struct PeoplePickerTests {
    static func checkboxes(_ html: String) -> Int { html.components(separatedBy: "name=\"person\"").count - 1 }

    @Test func aSmallOrganizationListsEveryoneWithAFilterBox() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let page = try await client.get("/meetings", cookie: try await client.signIn(TestApp.member)).text
                let everyone = try await Person.query(on: app.services.db).filter(\.$active == true).count()
                // Everyone but the viewer, who is "Include me".
                #expect(Self.checkboxes(page) == everyone - 1)
                #expect(page.contains("data-filter=\"Filter people\"") && !page.contains("name=\"who\""))
            }
        }
    }

    @Test func aLargeOrganizationShowsOnlyTheChosenAndTheMatches() async throws {
        try await TestApp.with(people: 300) { app in
            let mark = try await app.person("mark.villanueva@meridianshore.example.com")
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let first = try await client.get("/meetings", cookie: cookie).text
                #expect(Self.checkboxes(first) == 0)
                #expect(first.contains("name=\"who\"") && first.contains("300 people: type part of a name"))

                // Find (without JavaScript): the form comes back with what was typed and plans nothing.
                let found = try await client.get("/meetings?title=Sync&duration=30&days=5&step=15&me=1&who=villa&find=1", cookie: cookie).text
                #expect(found.contains("Mark Villanueva") && found.contains("value=\"Sync\"") && found.contains("value=\"villa\""))
                #expect(!found.contains("Everyone&#39;s day") && !found.contains("Everyone's day"))
                #expect(Self.checkboxes(found) >= 1 && Self.checkboxes(found) <= PeopleIndex.limit)

                // A ticked person stays listed and ticked through the next search.
                let kept = try await client.get("/meetings?title=Sync&duration=30&person=\(mark.id!)&who=santos&find=1", cookie: cookie).text
                #expect(kept.contains("value=\"\(mark.id!)\" checked"))
                // The plan itself still runs with the ticked person.
                let planned = try await client.get("/meetings?title=Sync&duration=30&days=5&step=15&me=1&person=\(mark.id!)", cookie: cookie)
                #expect(planned.status == .ok && planned.text.contains("Mark Villanueva") && planned.text.contains("2 participants"))
            }
        }
    }

    @Test func theFindEndpointAnswersTwentyAtMostAndNothingPrivate() async throws {
        try await TestApp.with(people: 300) { app in
            let other = try await app.otherOrganization()
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let answer = try await client.get("/profile/people?q=a", cookie: cookie)
                #expect(answer.status == .ok && answer.headers[.contentType] == "application/json")
                let matches = try JSONDecoder().decode([[String: String]].self, from: Data(answer.text.utf8))
                #expect(matches.count == PeopleIndex.limit)
                #expect(!answer.text.contains("@") && !answer.text.contains("Angelica Santos"))
                let named = try JSONDecoder().decode([[String: String]].self, from: Data(try await client.get("/profile/people?q=villanueva", cookie: cookie).text.utf8))
                #expect(named.map { $0["label"] ?? "" } == ["Mark Villanueva · Manila"])
                // Another organization's people are not there.
                let outsider = try await client.get("/profile/people?q=\(other.person.name.split(separator: " ")[0])", cookie: cookie).text
                #expect(!outsider.contains(other.person.id!.uuidString))
                #expect(try await client.get("/profile/people?q=" + String(repeating: "x", count: 101), cookie: cookie).status == .badRequest)
                // Signed out: no answer but the way to sign in.
                let anonymous = try await client.execute(uri: "/profile/people?q=mark", method: .get)
                #expect(anonymous.status == .seeOther || anonymous.status == .found)
            }
        }
    }

    @Test func checkFindsAColleagueKeepingTheTextAndCheckingNothing() async throws {
        try await TestApp.with(people: 300) { app in
            let mark = try await app.person("mark.villanueva@meridianshore.example.com")
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get("/check", cookie: cookie).text
                #expect(!page.contains("Mark Villanueva") && page.contains("name=\"who\""))
                let text = "Please circle back by EOD."
                let found = try await client.post("/check", cookie: cookie, [("text", text), ("recipient", ""), ("profile", ""), ("who", "mark vill"), ("find", "1")])
                #expect(found.status == .ok)
                #expect(found.text.contains("value=\"person:\(mark.id!)\"") && found.text.contains(text))
                #expect(!found.text.contains("<mark>"))
                #expect(try await CheckCount.query(on: app.services.db).count() == 0)
                // The same form sent with Check does check, and counts.
                let checked = try await client.post("/check", cookie: cookie, [("text", text), ("recipient", ""), ("profile", "")])
                #expect(checked.text.contains("<mark>"))
                #expect(try await CheckCount.query(on: app.services.db).count() > 0)
                // A chosen colleague stays in the list on the next check.
                let chosen = try await client.post("/check", cookie: cookie, [("text", text), ("recipient", "person:\(mark.id!)"), ("profile", "")])
                #expect(chosen.text.contains("value=\"person:\(mark.id!)\" selected"))
            }
        }
    }
}

/// The admin people list of a large organization writes 200 rows, says how many there are, and
/// the search reaches everyone else (at 10,000 people the whole list took seconds).
@Suite struct LargePeopleListTests {
    @Test func theListShowsTheFirstTwoHundredAndTheSearchFindsTheRest() async throws {
        try await TestApp.with(people: 300) { app in
            let last = try #require(try await Person.query(on: app.services.db).sort(\.$name, .descending).first())
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let page = try await client.get("/admin/people", cookie: admin).text
                #expect(page.components(separatedBy: "<th scope=\"row\">").count - 1 == PeopleResource.shownAtMost)
                #expect(page.contains("300 in all") && page.contains("The first 200 by name are shown"))
                #expect(!page.contains(">\(last.name)</a>"))
                let found = try await client.get("/admin/people?q=" + last.name.replacingOccurrences(of: " ", with: "+"), cookie: admin).text
                #expect(found.contains(">\(last.name)</a>"))
            }
        }
    }
}
