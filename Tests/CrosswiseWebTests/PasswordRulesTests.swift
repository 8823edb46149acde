import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

/// Passwords: common ones and ones bcrypt would cut are refused; a temporary password from an
/// admin only opens "choose your password", and stops working after seven days.
@Suite struct PasswordRulesTests {
    @Test(arguments: ["Password1!", "1234567890", "qwertyuiop", "iloveyou12", "P@ssw0rd2024", "Dragon12345"])
    func commonPasswordsAreRefused(_ password: String) {
        #expect(Passwords.problem(with: password, email: "a@b.example.com")?.contains("most common passwords") == true)
    }

    @Test func passphrasesPassAndPasswordsOver72BytesAreRefused() {
        #expect(Passwords.problem(with: "harbour lantern oatmeal", email: "a@b.example.com") == nil)
        #expect(Passwords.problem(with: "Mango-Tree-2024", email: "a@b.example.com") == nil)
        let long = String(repeating: "kestrel-", count: 9) + "x"  // 73 bytes
        #expect(Passwords.problem(with: long, email: "a@b.example.com")?.contains("72 bytes") == true)
        #expect(Passwords.problem(with: String(repeating: "é", count: 37) + "abc", email: "a@b.example.com")?.contains("72 bytes") == true)
    }

    @Test func aTemporaryPasswordOpensOnlyChooseYourPassword() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let member = try await app.person(TestApp.member)
                let issued = try await client.post("/admin/people/\(member.id!)/password", cookie: admin, [])
                let range = try #require(issued.text.range(of: "[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", options: .regularExpression))
                let temporary = String(issued.text[range])
                let cookie = try await client.signIn(TestApp.member, password: temporary)
                #expect(!cookie.isEmpty)
                for path in ["/", "/skills", "/meetings", "/check"] {
                    let page = try await client.get(path, cookie: cookie)
                    #expect(page.status == .seeOther && page.headers[.location] == "/account/password", "\(path)")
                }
                let choose = try await client.get("/account/password", cookie: cookie)
                #expect(choose.text.contains("Choose your password"))
                let common = try await client.post("/account/password", cookie: cookie, [("current", temporary), ("new", "Password1!"), ("confirm", "Password1!")])
                #expect(common.status == .unprocessableContent)
                let done = try await client.post("/account/password", cookie: cookie, [("current", temporary), ("new", "velvet-harbour-88"), ("confirm", "velvet-harbour-88")])
                #expect(done.status == .seeOther)
                #expect(try await client.get("/", cookie: cookie).status == .ok)
                #expect(try await app.person(TestApp.member).passwordExpiresAt == nil)
            }
        }
    }

    @Test func aTemporaryPasswordOlderThanSevenDaysNoLongerSignsIn() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member)
            try await app.services.accounts.setPassword(of: member, to: "abcd-efgh-jkmn-pqrs", temporary: true)
            member.passwordExpiresAt = Date().addingTimeInterval(-60)
            try await member.save(on: app.services.db)
            try await app.run { client in
                let response = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.member), ("password", "abcd-efgh-jkmn-pqrs")])
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("no longer works"))
                #expect(response.headers[.setCookie]?.contains("cw_session") != true)
            }
        }
    }
}
