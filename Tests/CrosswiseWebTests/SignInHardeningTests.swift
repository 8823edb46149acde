import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Sign-in under attack: parallel guesses, a locked account that looks like any other, one
/// address trying many accounts, hostile `next` links, old sessions and CSRF tokens.
@Suite struct SignInHardeningTests {
    func signInStatus(_ client: some TestClientProtocol, _ email: String, _ password: String) async throws -> HTTPResponse.Status {
        try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", email), ("password", password)]).status
    }

    @Test func fiftyParallelWrongPasswordsLockTheAccount() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for attempt in 0..<50 {
                        group.addTask { _ = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.lead), ("password", "wrong-\(attempt)")]) }
                    }
                    try await group.waitForAll()
                }
                let lead = try await app.person(TestApp.lead)
                #expect(lead.lockedUntil != nil)
                let right = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.lead), ("password", DemoOrganization.password)])
                #expect(right.status != .seeOther && right.headers[.setCookie]?.contains("cw_session") != true)
            }
        }
    }

    @Test func aLockedAccountAnswersLikeAnUnknownEmail() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                for attempt in 1...5 { _ = try await signInStatus(client, TestApp.member, "wrong-\(attempt)") }
                let locked = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.member), ("password", "wrong-6")])
                let unknown = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", "nobody@meridianshore.example.com"), ("password", "wrong-6")])
                #expect(locked.status == unknown.status)
                func error(_ text: String) -> String? { text.range(of: "<p class=\"alert\" role=\"alert\">[^<]*", options: .regularExpression).map { String(text[$0]) } }
                #expect(error(locked.text) != nil)
                #expect(error(locked.text) == error(unknown.text))
            }
        }
    }

    @Test func oneAddressIsThrottledAfterFiftyFailuresWhateverTheEmail() async throws {
        try await TestApp.with { app in
            try await app.run { client async throws in
                for n in 0..<Accounts.maxFailuresPerClient {
                    #expect(try await signInStatus(client, "guess\(n)@meridianshore.example.com", "wrong") == .unauthorized)
                }
                #expect(try await signInStatus(client, TestApp.admin, DemoOrganization.password) == .tooManyRequests)
            }
        }
    }

    @Test func nextLinksThatABrowserWouldTurnIntoAnotherSiteGoHome() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                for next in ["/\t/evil.example/", "//evil.example", "/\\evil.example", "https://evil.example", "/\n/evil.example"] {
                    let response = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.member), ("password", DemoOrganization.password), ("next", next)])
                    #expect(response.headers[.location] == "/", "\(next.debugDescription)")
                }
                let fine = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.member), ("password", DemoOrganization.password), ("next", "/skills?x=1")])
                #expect(fine.headers[.location] == "/skills?x=1")
            }
        }
    }

    @Test func signingInAgainEndsTheEarlierSessionAndItsFormToken() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let first = try await client.signIn(TestApp.member)
                let again = try await client.execute(uri: "/signin", method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded", .cookie: first],
                                                     body: client.form([("csrf", TestApp.formToken(first)), ("email", TestApp.member), ("password", DemoOrganization.password)]))
                #expect(again.status == .seeOther)
                #expect(try await client.get("/", cookie: first).status == .seeOther)  // back to sign-in
            }
        }
    }

    @Test func aFormTokenWorksOnlyWithItsOwnSession() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let lead = try await client.signIn(TestApp.lead)
                let fields = [("first", "2027-01-04"), ("last", "")]
                #expect(try await client.post("/days-off", cookie: member, fields, csrf: TestApp.formToken(lead)).status == .forbidden)
                // The pre-sign-in cookie token is not enough once signed in.
                #expect(try await client.post("/days-off", cookie: member, fields, csrf: TestApp.csrf).status == .forbidden)
                #expect(try await DayOff.query(on: app.services.db).count() == 0)
                #expect(try await client.post("/days-off", cookie: member, fields).status == .seeOther)
            }
        }
    }

    @Test func concurrentSetupsCreateOneOrganization() async throws {
        try await TestApp.with(demo: false) { app in
            try await app.run { client in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for n in 0..<6 {
                        group.addTask {
                            _ = try await client.post("/setup", cookie: "cw_csrf=\(TestApp.csrf)", [
                                ("organization", "Org \(n)"), ("name", "Admin \(n)"), ("email", "admin\(n)@setup.example.com"),
                                ("password", "plum-orbit-canvas-\(n)"), ("time_zone", "Asia/Manila"), ("country", "PH"),
                            ])
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(try await Organization.query(on: app.services.db).count() == 1)
                #expect(try await Person.query(on: app.services.db).count() == 1)
            }
        }
    }

    @Test func beforeSetupOnlyKnownHostNamesMayOpenTheSetupPage() async throws {
        try await TestApp.with(demo: false) { app in
            // The router test client always says "localhost"; the live check is in e2e/test_hardening.py.
            for known in ["localhost", "localhost:8080", "127.0.0.1:8080", "[::1]:8080"] { #expect(app.services.isKnownHost(known), "\(known)") }
            for unknown in ["attacker.example", "attacker.example:8080", "127.0.0.1.attacker.example"] { #expect(!app.services.isKnownHost(unknown), "\(unknown)") }
            try await app.run { client async throws in
                #expect(try await client.get("/setup", cookie: "").status == .ok)
            }
        }
    }
}
