import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// Message-check counts and API keys on both databases.
@Suite struct WritingCheckTests {
    let passwords = Passwords(cost: 4)

    func demo(_ kind: String) async throws -> (CrosswiseDatabase, Directory, Person) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let org = try await Organization.query(on: db.db).first()!
        let directory = Directory(db: db.db, organizationID: try org.requireID())
        return (db, directory, try await directory.people().first!)
    }

    @Test(arguments: TestDatabases.kinds)
    func countsAddUpPerDayAndCheckAndDropOddIds(kind: String) async throws {
        let (db, directory, person) = try await demo(kind)
        try await directory.recordChecks(personID: person.id!, day: "2026-11-20", counts: ["clarity.jargon": 2, "tone.demand": 1])
        try await directory.recordChecks(personID: person.id!, day: "2026-11-20", counts: ["clarity.jargon": 1])
        try await directory.recordChecks(personID: person.id!, day: "2026-11-22", counts: ["clarity.jargon": 1, "bad id; drop table": 3, "zero": 0])
        try await directory.recordChecks(personID: person.id!, day: "2026-10-01", counts: ["time.no-zone": 5])
        let evidence = try await directory.checkEvidence(personID: person.id!, since: "2026-11-01")
        #expect(evidence.map(\.checkID) == ["clarity.jargon", "tone.demand"])
        #expect(evidence[0].count == 4 && evidence[0].days == 2)
        #expect(try await CheckCount.query(on: db.db).count() == 4)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func keysAreShownOnceStoredHashedAndScopedToTheirOrganization(kind: String) async throws {
        let (db, directory, _) = try await demo(kind)
        let issued = try await directory.issueAPIToken(name: "Zendesk")
        #expect(issued.key.hasPrefix("cwk_") && issued.key.count == 52)
        let stored = try await APIToken.query(on: db.db).first()!
        #expect(stored.tokenHash != issued.key && !stored.tokenHash.contains(issued.key.dropFirst(4)))
        #expect(try await Directory.organization(forAPIKey: issued.key, today: "2026-11-23", on: db.db) == directory.organizationID)
        #expect(try await APIToken.query(on: db.db).first()!.lastUsedDay == "2026-11-23")
        #expect(try await Directory.organization(forAPIKey: "cwk_" + String(repeating: "a", count: 48), today: "2026-11-23", on: db.db) == nil)
        await #expect(throws: ValidationFailure.self) { try await directory.issueAPIToken(name: "zendesk") }
        await #expect(throws: ValidationFailure.self) { try await directory.issueAPIToken(name: "  ") }

        // Another organization can neither see nor revoke the key.
        let other = Organization(name: "Elsewhere")
        try await other.create(on: db.db)
        let elsewhere = Directory(db: db.db, organizationID: other.id!)
        #expect(try await elsewhere.apiTokens().isEmpty)
        await #expect(throws: DirectoryError.self) { try await elsewhere.revokeAPIToken(stored.id!) }
        try await directory.revokeAPIToken(stored.id!)
        #expect(try await Directory.organization(forAPIKey: issued.key, today: "2026-11-23", on: db.db) == nil)
        await db.shutdown()
    }
}
