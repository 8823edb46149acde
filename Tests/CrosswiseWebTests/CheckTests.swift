import CrosswiseStore
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The "Check a message" page, its evidence counts and the JSON API with its keys.
@Suite struct CheckTests {
    @Test func thePageHighlightsFindingsAndKeepsOnlyCounts() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member)
            let message = "Going forward, send me the AHT report by EOD. Call me on +63 917 123 4567."
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get("/check", cookie: cookie)
                #expect(page.status == .ok)
                #expect(page.text.contains("Check a message") && page.text.contains("Nothing yet"))

                let checked = try await client.post("/check", cookie: cookie, [("text", message), ("recipient", "zone:Europe/London"), ("profile", "")])
                #expect(checked.status == .ok)
                let html = checked.text
                #expect(html.contains("<mark>Going forward</mark>"))
                // Findings are named in words; the ids stay in the JSON API.
                #expect(html.contains(">Jargon<") && html.contains(">Bare order<") && html.contains(">Acronym not spelled out<"))
                #expect(html.contains(">Deadline on whose day?<") && html.contains(">Phone number<"))
                #expect(!html.contains("clarity.jargon") && !html.contains("privacy.phone"))
                #expect(html.contains("Times are read for London (Europe/London)"))
                #expect(html.contains("<meter"))
                // The suggestion is a button of the same form, so it works without JavaScript.
                // Applied, it lands back at the text (the fragment), so the reader keeps their place.
                #expect(html.contains("form=\"check-form\" formaction=\"/check#f-text\" name=\"apply\""))
                #expect(html.contains("id=\"f-text\""))
                // The phone number is masked in the side list.
                #expect(html.contains("4567") && html.contains("•••"))

                // A second page view shows the counts; nothing of the text itself is stored.
                let again = try await client.get("/check", cookie: cookie)
                #expect(again.text.contains("· Jargon") && !again.text.contains("clarity.jargon"))
                #expect(!again.text.contains("Going forward"))
            }
            let counts = try await CheckCount.query(on: app.services.db).filter(\.$person.$id == member.id!).all()
            #expect(Set(counts.map(\.checkID)).isSuperset(of: ["clarity.jargon", "tone.demand", "clarity.acronym", "privacy.phone", "time.relative-deadline"]))
            #expect(counts.allSatisfy { $0.count == 1 })
            try await assertNoMessageText(in: app.path, "AHT report")
        }
    }

    @Test func applyingASuggestionReplacesTheSpanAndRecordsNothingMore() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let text = "We will circle back on Monday."
                _ = try await client.post("/check", cookie: cookie, [("text", text), ("recipient", ""), ("profile", "")])
                // Finding 0 ("circle back"), its first replacement, at bytes 8..<19.
                let applied = try await client.post("/check", cookie: cookie, [("text", text), ("recipient", ""), ("profile", ""), ("apply", "0:0:8:19")])
                #expect(applied.status == .ok)
                #expect(applied.text.contains("We will come back to this on Monday."))
                // A stale suggestion (the text changed) is refused with a note, the text kept.
                let stale = try await client.post("/check", cookie: cookie, [("text", "We circle back."), ("recipient", ""), ("profile", ""), ("apply", "0:0:8:19")])
                #expect(stale.text.contains("no longer fits") && stale.text.contains("We circle back."))
            }
            let counts = try await CheckCount.query(on: app.services.db).all()
            #expect(counts.map(\.count) == [1])
        }
    }

    @Test func badInputIsRefusedWithoutWriting() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let empty = try await client.post("/check", cookie: cookie, [("text", "   "), ("recipient", ""), ("profile", "")])
                #expect(empty.status == .unprocessableContent && empty.text.contains("Paste or type the message"))
                let long = try await client.post("/check", cookie: cookie, [("text", String(repeating: "circle back ", count: 2000)), ("recipient", ""), ("profile", "")])
                #expect(long.status == .unprocessableContent && long.text.contains("Check it in parts"))
                let forged = try await client.post("/check", cookie: cookie, [("text", "circle back")], csrf: "wrong")
                #expect(forged.status == .forbidden)
                // Signed out: sent to sign in.
                let anonymous = try await client.execute(uri: "/check", method: .get)
                #expect(anonymous.status == .seeOther)
            }
            #expect(try await CheckCount.query(on: app.services.db).count() == 0)
        }
    }

    @Test func anotherOrganizationsClientIsNotARecipient() async throws {
        try await TestApp.with { app in
            let other = try await app.otherOrganization()
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get("/check", cookie: cookie)
                #expect(!page.text.contains("Secret Client"))
                let checked = try await client.post("/check", cookie: cookie, [("text", "Call at 3pm."), ("recipient", "client:\(other.client.id!)"), ("profile", "")])
                #expect(checked.text.contains("No recipient chosen"))
            }
        }
    }

    @Test func theAPIAnswersKeysAndSessionsWithProblemDetailsForMistakes() async throws {
        try await TestApp.with { app in
            let admin = try await app.person(TestApp.admin)
            try await app.run { client in
                let adminCookie = try await client.signIn(TestApp.admin)
                // An admin issues a key; it is shown once.
                let issued = try await client.post("/admin/api-keys", cookie: adminCookie, [("name", "Zendesk")])
                #expect(issued.status == .ok)
                let key = try #require(issued.text.range(of: #"cwk_[0-9a-f]{48}"#, options: .regularExpression).map { String(issued.text[$0]) })
                let list = try await client.get("/admin/api-keys", cookie: adminCookie)
                #expect(list.text.contains("Zendesk") && !list.text.contains(key))
                let duplicate = try await client.post("/admin/api-keys", cookie: adminCookie, [("name", "zendesk")])
                #expect(duplicate.status == .unprocessableContent)

                func call(_ body: String, headers: HTTPFields) async throws -> TestResponse {
                    try await client.execute(uri: "/api/v1/check", method: .post, headers: headers, body: ByteBuffer(string: body))
                }
                let json: HTTPFields = [.contentType: "application/json", .authorization: "Bearer \(key)"]
                let ok = try await call(#"{"text":"Let's touch base at 3pm.","from":"Asia/Manila","to":"Europe/London"}"#, headers: json)
                #expect(ok.status == .ok)
                let answer = try JSONSerialization.jsonObject(with: Data(buffer: ok.body)) as! [String: Any]
                let checks = (answer["findings"] as! [[String: Any]]).map { $0["check"] as! String }
                #expect(checks == ["clarity.jargon", "time.no-zone"])
                #expect((answer["readability"] as! [String: Any])["words"] as? Int == 5)
                #expect(answer["profile"] as? String == "client-email")

                let wrongKey = try await call(#"{"text":"hi"}"#, headers: [.contentType: "application/json", .authorization: "Bearer cwk_" + String(repeating: "0", count: 48)])
                #expect(wrongKey.status == .unauthorized && wrongKey.headers[.contentType] == "application/problem+json")
                let nobody = try await call(#"{"text":"hi"}"#, headers: [.contentType: "application/json"])
                #expect(nobody.status == .unauthorized)
                let badJSON = try await call(#"{"txt":1}"#, headers: json)
                #expect(badJSON.status == .badRequest && badJSON.text.contains("\"status\":400"))
                let badFields = try await call(#"{"text":"hi","profile":"poster","to":"Mars/Base","disable":["nope"]}"#, headers: json)
                #expect(badFields.status == .unprocessableContent && badFields.text.contains("Mars/Base") && badFields.text.contains("poster"))
                let huge = try await call(#"{"text":""# + String(repeating: "a", count: 120_000) + #""}"#, headers: json)
                #expect(huge.status == .contentTooLarge)

                // A session works with a JSON body only (a cross-site form cannot send one).
                let memberCookie = try await client.signIn(TestApp.member)
                let form = try await call("text=hi", headers: [.cookie: memberCookie, .contentType: "application/x-www-form-urlencoded"])
                #expect(form.status == .unsupportedMediaType)
                let session = try await call(#"{"text":"Please circle back."}"#, headers: [.cookie: memberCookie, .contentType: "application/json"])
                #expect(session.status == .ok)

                // Revoked keys stop at once; members cannot reach the keys page.
                let tokens = try await APIToken.query(on: app.services.db).all()
                _ = try await client.post("/admin/api-keys/\(tokens[0].id!)/delete", cookie: adminCookie, [])
                #expect(try await call(#"{"text":"hi"}"#, headers: json).status == .unauthorized)
                #expect(try await client.get("/admin/api-keys", cookie: memberCookie).status == .forbidden)
            }
            // The key's calls kept nothing; the session's call counted for the member only.
            let counts = try await CheckCount.query(on: app.services.db).all()
            #expect(counts.map(\.checkID) == ["clarity.jargon"])
            #expect(!counts.contains { $0.$person.id == admin.id })
            try await assertNoMessageText(in: app.path, "touch base")
        }
    }

    /// The SQLite file (and its write-ahead log) never holds the message text.
    func assertNoMessageText(in path: String, _ phrase: String) async throws {
        for file in [path, path + "-wal"] {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            #expect(data.range(of: Data(phrase.utf8)) == nil, "\(file) contains the message")
        }
    }
}
