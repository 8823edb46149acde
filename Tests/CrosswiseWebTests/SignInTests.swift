import CrosswiseStore
import CrosswiseWeb
import Foundation
import HummingbirdTesting
import Testing

@Suite struct SignInTests {
    @Test func signingInSetsAnHttpOnlySessionCookieAndGreetsThePerson() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                try await client.execute(uri: "/signin", method: .post,
                                         headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "cw_csrf=\(TestApp.csrf)"],
                                         body: client.form([("csrf", TestApp.csrf), ("email", TestApp.member), ("password", DemoOrganization.password)])) { response in
                    #expect(response.status == .seeOther)
                    let cookie = response.headers[.setCookie] ?? ""
                    #expect(cookie.contains("cw_session=") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
                }
                let cookie = try await client.signIn(TestApp.member)
                let today = try await client.get("/", cookie: cookie)
                #expect(today.status == .ok)
                #expect(today.text.contains(", Angelica"))
                #expect(today.text.contains("Night Desk – Customer Care"))
            }
        }
    }

    @Test func pagesRedirectToSignInWhenSignedOut() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let response = try await client.get("/admin/people", cookie: "")
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/signin?next=/admin/people")
            }
        }
    }

    @Test func fiveWrongPasswordsLockTheAccountEvenForTheRightOne() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                for attempt in 1...5 {
                    let response = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.member), ("password", "wrong-\(attempt)")])
                    #expect(response.status == .unauthorized)
                }
                // A locked account answers exactly as a wrong password does, so the answer does not
                // tell a stranger that the e-mail has an account.
                let locked = try await client.post("/signin", cookie: "cw_csrf=\(TestApp.csrf)", [("email", TestApp.member), ("password", DemoOrganization.password)])
                #expect(locked.status == .unauthorized)
                #expect(locked.text.contains("or the account is locked"))
                #expect(locked.headers[.setCookie]?.contains("cw_session") != true)
            }
        }
    }

    @Test func aSessionSurvivesARestartAndEndsAtSignOut() async throws {
        let first = try await TestApp.make()
        let cookie = try await first.run { client in try await client.signIn(TestApp.lead) }
        await first.shutdown()
        let second = try await TestApp.make(path: first.path)
        let saved = cookie
        try await second.run { client in
            #expect(try await client.get("/", cookie: saved).status == .ok)
            let out = try await client.post("/signout", cookie: saved, [])
            #expect(out.status == .seeOther)
            #expect(try await client.get("/", cookie: saved).headers[.location] == "/signin")
        }
        await second.shutdown()
    }

    @Test func changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let here = try await client.signIn(TestApp.member)
                let elsewhere = try await client.signIn(TestApp.member)
                let wrong = try await client.post("/account/password", cookie: here, [("current", "nope"), ("new", "a-much-better-secret"), ("confirm", "a-much-better-secret")])
                #expect(wrong.status == .unprocessableContent)
                #expect(wrong.text.contains("not your current password"))
                let short = try await client.post("/account/password", cookie: here, [("current", DemoOrganization.password), ("new", "short"), ("confirm", "short")])
                #expect(short.text.contains("at least 10 characters"))
                let done = try await client.post("/account/password", cookie: here, [("current", DemoOrganization.password), ("new", "a-much-better-secret"), ("confirm", "a-much-better-secret")])
                #expect(done.status == .seeOther)
                #expect(try await client.get("/", cookie: here).status == .ok)
                #expect(try await client.get("/", cookie: elsewhere).status == .seeOther)
                #expect(try await client.signIn(TestApp.member, password: "a-much-better-secret").contains("cw_session"))
            }
        }
    }

    @Test func setupCreatesTheFirstAdminOnceAndOnlyOnce() async throws {
        try await TestApp.with(demo: false) { app in
            try await app.run { client in
                #expect(try await client.get("/", cookie: "").headers[.location] == "/setup")
                let csrf = "cw_csrf=\(TestApp.csrf)"
                let bad = try await client.post("/setup", cookie: csrf, [("organization", ""), ("name", "Ana"), ("email", "ana@x.example.com"), ("password", "long-enough-pass"), ("time_zone", "Asia/Nowhere"), ("country", "PH")])
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("Organization name is required"))
                #expect(bad.text.contains("Asia/Nowhere"))
                #expect(try await Organization.query(on: app.services.db).count() == 0)
                let good = try await client.post("/setup", cookie: csrf, [("organization", "Acme BPO"), ("name", "Ana Cruz"), ("email", "ana@x.example.com"), ("password", "long-enough-pass"), ("time_zone", "Asia/Manila"), ("country", "PH")])
                #expect(good.status == .seeOther)
                let again = try await client.post("/setup", cookie: csrf, [("organization", "Takeover"), ("name", "Eve"), ("email", "eve@x.example.com"), ("password", "long-enough-pass"), ("time_zone", "Asia/Manila"), ("country", "PH")])
                #expect(again.status == .forbidden)
                #expect(try await Organization.query(on: app.services.db).count() == 1)
            }
        }
    }
}

import FluentKit
