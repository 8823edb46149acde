import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import NIOCore
import Skills
import Testing

/// An admin's edits and imports of the organization's framework, each a new version.
@Suite struct FrameworkAdminTests {
    func upload(_ client: any TestClientProtocol, cookie: String, name: String, text: String) async throws -> TestResponse {
        let boundary = "FwB0undary"
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(TestApp.formToken(cookie))\r\n"
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: text/plain\r\n\r\n\(text)\r\n--\(boundary)--\r\n"
        return try await client.execute(uri: "/admin/framework/import", method: .post,
                                        headers: [.cookie: cookie, .contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(string: body))
    }

    @Test func anEditIsANewVersionThatEveryoneSees() async throws {
        try await TestApp.with() { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                #expect(try await client.get("/admin/framework", cookie: member).status == .forbidden)
                #expect(try await client.post("/admin/framework/competencies/teamwork", cookie: member, [("name", "Hijacked")]).status == .forbidden)

                let admin = try await client.signIn(TestApp.admin)
                let bad = try await client.post("/admin/framework/competencies/teamwork", cookie: admin, [("name", ""), ("summary", "x"), ("role-team-lead", "4")])
                #expect(bad.status == .unprocessableContent && bad.text.contains("Give the competency a name"))
                let good = try await client.post("/admin/framework/competencies/networking", cookie: admin,
                                                 [("name", "Networking across accounts"), ("summary", "Knowing people beyond your own queue."), ("role-team-lead", "4"), ("role-associate", "")])
                #expect(good.status == .seeOther)
                let framework = try await SkillsBook(db: app.services.db, organizationID: try await app.person(TestApp.admin).$organization.id).currentFramework()
                #expect(framework.version == 2 && framework.competency("networking")?.name == "Networking across accounts")
                #expect(framework.role("team-lead")?.requires["networking"] == 4 && framework.role("associate")?.requires["networking"] == nil)
                #expect(try await client.get("/skills/framework", cookie: member).text.contains("Networking across accounts"))
                let csv = try await client.get("/admin/framework/export/moodle", cookie: admin)
                #expect(csv.status == .ok && csv.headers[.contentType]?.hasPrefix("text/csv") == true && csv.text.contains("Networking across accounts"))
            }
        }
    }

    @Test func aBadImportIsRefusedWholeAndAGoodOneIsTheNextVersion() async throws {
        try await TestApp.with() { app in
            let orgID = try await app.person(TestApp.admin).$organization.id
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                _ = try await client.get("/admin/framework", cookie: admin)
                let csv = Framework.builtIn.moodleCSV() + "nowhere,orphan,Orphan,,2,,,,,,,,,\r\n"
                let bad = try await upload(client, cookie: admin, name: "ours.csv", text: csv)
                #expect(bad.status == .unprocessableContent && bad.text.contains("parent “nowhere” is not in the file"))
                #expect(try await FrameworkVersion.query(on: app.services.db).filter(\.$organization.$id == orgID).count() == 1)

                let text = String(decoding: Framework.builtIn.casePackage().json(), as: UTF8.self)
                let good = try await upload(client, cookie: admin, name: "case.json", text: text)
                #expect(good.status == .seeOther)
                #expect(try await FrameworkVersion.query(on: app.services.db).filter(\.$organization.$id == orgID).count() == 2)
            }
        }
    }
}
