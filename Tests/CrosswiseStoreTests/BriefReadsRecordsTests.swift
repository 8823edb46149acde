@testable import CrosswiseStore
import FluentKit
import Foundation
import Skills
import Testing

/// "I have read this brief" on both databases: once per person and brief, only for briefs of
/// clients the person's teams serve, evidence only with the competency, export and erasure.
@Suite struct BriefReadsRecordsTests {
    func practiceRows(_ db: any Database) async throws -> Int {
        try await EvidenceRecord.query(on: db).filter(\.$source == "practice").filter(\.$competencyID == "cultural-awareness").count()
    }

    @Test(arguments: TestDatabases.kinds)
    func aBriefCountsOncePerPersonAndBriefAndOnlyForServedClients(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: Passwords(cost: 4)).loadIfMissing()
        let member = try #require(try await Person.query(on: db.db).filter(\.$email == "angelica.santos@meridianshore.example.com").first())
        let admin = try #require(try await Person.query(on: db.db).filter(\.$email == "isabel.reyes@meridianshore.example.com").first())
        let harbor = try #require(try await Client.query(on: db.db).filter(\.$name == "Harbor & Vine Outfitters").first())
        let albion = try #require(try await Client.query(on: db.db).filter(\.$name == "Albion Mutual Insurance").first())
        let book = BriefReadsBook(db: db.db, organizationID: member.$organization.id)
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        let before = try await practiceRows(db.db)

        #expect(try await book.markRead(.country("US"), by: member.id!, title: "United States", framework: .builtIn, at: at) == .counted(evidence: true))
        #expect(try await book.markRead(.country("US"), by: member.id!, title: "United States", framework: .builtIn, at: at.addingTimeInterval(60))
                == .alreadyCounted(at))
        #expect(try await book.markRead(.client(harbor.id!), by: member.id!, title: "Harbor", framework: .builtIn, at: at) == .counted(evidence: true))
        #expect(try await practiceRows(db.db) == before + 2, "one row per brief, none for the second press")
        #expect(try await book.readAt(.country("US"), by: member.id!) == at)
        #expect(try await book.readAt(.country("US"), by: admin.id!) == nil, "per person")

        // The Night Desk serves no British client: nothing is written for GB or Albion's note.
        await #expect(throws: DirectoryError.notFound) {
            try await book.markRead(.country("GB"), by: member.id!, title: "United Kingdom", framework: .builtIn, at: at)
        }
        await #expect(throws: DirectoryError.notFound) {
            try await book.markRead(.client(albion.id!), by: member.id!, title: "Albion", framework: .builtIn, at: at)
        }
        #expect(try await BriefRead.query(on: db.db).count() == 2)

        // The index holds even when the first check is passed by: a second row for the same brief is refused.
        await #expect(throws: (any Error).self) {
            try await BriefRead(organizationID: member.$organization.id, personID: member.id!, brief: "US", clientID: nil, evidence: false, readAt: at).save(on: db.db)
        }

        var framework = Framework.builtIn
        framework.competencies.removeAll { $0.id == "cultural-awareness" }
        #expect(try await book.markRead(.country("CA"), by: member.id!, title: "Canada", framework: framework, at: at) == .counted(evidence: false))
        #expect(try await practiceRows(db.db) == before + 2)

        let data = PersonalData(db: db.db, organizationID: member.$organization.id)
        let document = try await data.export(member.id!)
        guard case .array(let rows)? = document.sections["briefsRead"] else { Issue.record("no briefsRead section"); return }
        #expect(rows.count == 3)
        #expect(rows.contains { if case .object(let row) = $0 { row["client"] == .string("Harbor & Vine Outfitters") } else { false } })
        try await data.erase(member.id!, by: .person(admin.id!, role: .admin))
        #expect(try await BriefRead.query(on: db.db).count() == 0)
        await db.shutdown()
    }
}
