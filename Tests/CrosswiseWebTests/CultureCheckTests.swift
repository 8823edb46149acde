import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Testing

/// The message check's culture hints on /check: the client's country by default, a chosen
/// country instead, the first-message box, and none for internal chat.
@Suite struct CultureCheckTests {
    func falcon(_ app: TestApp) async throws -> Client {
        try #require(try await Client.query(on: app.services.db).filter(\.$name == "Falcon Gulf Logistics").first())
    }

    @Test func aClientsCountryGivesTheHintsWithALinkToItsBrief() async throws {
        try await TestApp.with { app in
            let client = try await falcon(app)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let page = try await http.post(CheckRoute.check.path, cookie: cookie,
                                               [("text", "We cannot move the deadline."), ("recipient", "client:\(client.id!)"), ("profile", "")])
                #expect(page.status == .ok)
                let text = page.text
                #expect(text.contains("Culture hints: United Arab Emirates"))
                #expect(text.contains("There is no greeting line"))
                #expect(text.contains("The reply opens with “We cannot”"))
                #expect(text.contains("href=\"/culture/AE#s-saying-no\""))
                #expect(text.contains("href=\"/culture/AE\""))
            }
        }
    }

    @Test func aChosenCountryAndTheFirstMessageBoxGiveTheFirstNameHint() async throws {
        try await TestApp.with { app in
            let client = try await falcon(app)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let message = "Hi Hans,\nThe report is attached."
                let first = try await http.post(CheckRoute.check.path, cookie: cookie,
                                                [("text", message), ("recipient", "client:\(client.id!)"), ("country", "DE"), ("first", "1"), ("profile", "")])
                #expect(first.text.contains("Culture hints: Germany"))
                #expect(first.text.contains("“Hans” alone is a first name"))
                #expect(first.text.contains("<option value=\"DE\" selected>Germany</option>"))
                let later = try await http.post(CheckRoute.check.path, cookie: cookie,
                                                [("text", message), ("recipient", "client:\(client.id!)"), ("country", "DE"), ("profile", "")])
                #expect(!later.text.contains("alone is a first name"))
                #expect(later.text.contains("Nothing from the Germany brief to change."))
            }
        }
    }

    @Test func internalChatHasTheHintsOffAndNoCountryShowsNoSection() async throws {
        try await TestApp.with { app in
            let client = try await falcon(app)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let chat = try await http.post(CheckRoute.check.path, cookie: cookie,
                                               [("text", "We cannot move the deadline."), ("recipient", "client:\(client.id!)"), ("profile", "internal-chat")])
                #expect(chat.text.contains("Off for internal chat"))
                #expect(!chat.text.contains("There is no greeting line"))
                let nobody = try await http.post(CheckRoute.check.path, cookie: cookie, [("text", "We cannot move the deadline."), ("recipient", ""), ("profile", "")])
                #expect(!nobody.text.contains("Culture hints:"))
                let unknown = try await http.post(CheckRoute.check.path, cookie: cookie,
                                                  [("text", "We cannot."), ("recipient", ""), ("country", "ZZ<b>"), ("profile", "")])
                #expect(unknown.status == .ok && !unknown.text.contains("Culture hints:"))
            }
        }
    }
}
