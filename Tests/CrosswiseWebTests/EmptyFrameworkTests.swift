import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Skills
import Testing

/// A stored framework version with nothing active (saved before validation refused such files)
/// must not take the server down: the review's crash was `parts[number - 1]` with no parts.
@Suite struct EmptyFrameworkTests {
    @Test func anAssessmentOnAFrameworkWithNoActiveCompetencyAnswersAPageNotACrash() async throws {
        try await TestApp.with { app in
            let member = try await app.person("arjun.rao@meridianshore.example.com")
            let book = SkillsBook(db: app.services.db, organizationID: member.$organization.id)
            var empty = try await book.currentFramework()
            for i in empty.competencies.indices { empty.competencies[i].retired = true }
            empty.version += 1
            let row = FrameworkVersion()
            row.$organization.id = member.$organization.id
            row.version = empty.version
            row.content = String(decoding: try JSONEncoder().encode(empty), as: UTF8.self)
            row.note = "All retired"
            try await row.create(on: app.services.db)
            try await app.run { client in
                let cookie = try await client.signIn("arjun.rao@meridianshore.example.com")
                if let open = try await book.openAssessment(of: member.id!) { try await open.delete(on: app.services.db) }
                // No assessment open: starting one is refused with a reason.
                let start = try await client.post("/skills/assessment/start", cookie: cookie, [])
                #expect(start.status == .conflict)
                #expect(start.text.contains("no active competencies"))
                // An assessment already pointing at that version (the review's case) shows a page.
                _ = try await book.resumeOrStartAssessment(for: member.id!)
                for uri in ["/skills/assessment", "/skills/assessment?part=0", "/skills/assessment?part=99999999999999999999", "/skills/assessment?part=-3"] {
                    let page = try await client.get(uri, cookie: cookie)
                    #expect(page.status == .conflict, "\(uri)")
                }
                #expect(try await client.get("/healthz", cookie: "").status == .ok)
            }
        }
    }
}
