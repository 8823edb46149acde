@testable import CrosswiseStore
import Culture
import FluentKit
import Foundation
import Skills
import Testing

/// Client notes and "Know yourself" placements on both databases: who may read and write a
/// note, reviewing, the audit history, practice evidence, the export and erasure.
@Suite struct CultureRecordsTests {
    struct World {
        let db: CrosswiseDatabase
        let organizationID: UUID
        let client: Client
        /// On the Night Desk, which serves `client`; `outsider` leads a team that does not.
        let member: Person, outsider: Person, admin: Person
    }

    func world(_ kind: String) async throws -> World {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: Passwords(cost: 4)).loadIfMissing()
        func person(_ email: String) async throws -> Person { try #require(try await Person.query(on: db.db).filter(\.$email == email).first()) }
        let member = try await person("angelica.santos@meridianshore.example.com")
        let client = try #require(try await Client.query(on: db.db).filter(\.$name == "Harbor & Vine Outfitters").first())
        return World(db: db, organizationID: member.$organization.id, client: client, member: member,
                     outsider: try await person("priya.nair@meridianshore.example.com"), admin: try await person("isabel.reyes@meridianshore.example.com"))
    }

    @Test(arguments: TestDatabases.kinds)
    func aServingMemberWritesReviewsAndTheHistoryIsAudited(kind: String) async throws {
        let w = try await world(kind)
        let book = ClientNotesBook(db: w.db.db, organizationID: w.organizationID, actor: .person(w.member.id!, role: .member),
                                   now: { Date(timeIntervalSince1970: 1_780_000_000) })
        try await book.save(ClientNoteDraft(names: "Ms Cole, never Jen", escalation: "Ops lead\nthen the CTO", ownerID: w.member.id),
                            client: w.client.id!, by: w.member.id!, isAdmin: false)
        let reading = try await book.read(w.client.id!, by: w.member.id!, isAdmin: false)
        #expect(reading.note?.escalation == "Ops lead\nthen the CTO" && reading.ownerName == w.member.name)
        #expect(reading.teams.map(\.name).contains("Night Desk – Customer Care"))
        #expect(reading.note?.isDue(at: Date(timeIntervalSince1970: 1_780_000_000 + 181 * 86_400)) == true)
        #expect(reading.note?.isDue(at: Date(timeIntervalSince1970: 1_780_000_000 + 179 * 86_400)) == false)
        let later = ClientNotesBook(db: w.db.db, organizationID: w.organizationID, actor: .person(w.admin.id!, role: .admin))
        try await later.markReviewed(client: w.client.id!, by: w.admin.id!, isAdmin: true)
        let history = try await AuditLog(db: w.db.db, organizationID: w.organizationID).entries(entity: (subject: .clientNote, id: w.client.id!.uuidString)).lines
        #expect(history.map(\.action) == [.updated, .created])
        #expect(history.first?.changes.map(\.field) == ["reviewed"] && history.first?.actorID == w.admin.id)
        #expect(history.last?.changes.map(\.field).contains("escalation") == true)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func someoneNotServingTheClientFindsNothingAndWritesNothing(kind: String) async throws {
        let w = try await world(kind)
        let book = ClientNotesBook(db: w.db.db, organizationID: w.organizationID, actor: .person(w.outsider.id!, role: .lead))
        await #expect(throws: DirectoryError.notFound) { try await book.read(w.client.id!, by: w.outsider.id!, isAdmin: false) }
        await #expect(throws: DirectoryError.notFound) {
            try await book.save(ClientNoteDraft(names: "x", ownerID: w.outsider.id), client: w.client.id!, by: w.outsider.id!, isAdmin: false)
        }
        let elsewhere = ClientNotesBook(db: w.db.db, organizationID: UUID(), actor: nil)
        await #expect(throws: DirectoryError.notFound) { try await elsewhere.read(w.client.id!, by: w.admin.id!, isAdmin: true) }
        #expect(try await ClientNote.query(on: w.db.db).count() == 0)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func knowYourselfWritesPracticeEvidenceAndErasureRemovesThePersonFromBoth(kind: String) async throws {
        let w = try await world(kind)
        let placements = CulturePlacementBook(db: w.db.db, organizationID: w.organizationID)
        let answers = Dictionary(uniqueKeysWithValues: SelfPlacement.questions.map { ($0.id, 4) })
        let result = try await placements.complete(answers, of: w.member.id!, framework: Framework.builtIn, at: Date())
        #expect(result.evidence && result.positions[.trusting] == 7)
        #expect(try await placements.placement(of: w.member.id!)?.positionValues["trusting"] == 7)
        #expect(try await EvidenceRecord.query(on: w.db.db).filter(\.$source == "practice").filter(\.$competencyID == "cultural-awareness").count() == 1)
        let notes = ClientNotesBook(db: w.db.db, organizationID: w.organizationID, actor: .person(w.member.id!, role: .member))
        try await notes.save(ClientNoteDraft(topics: "Sports", ownerID: w.member.id), client: w.client.id!, by: w.member.id!, isAdmin: false)
        let data = PersonalData(db: w.db.db, organizationID: w.organizationID)
        let document = try await data.export(w.member.id!)
        #expect(document.sections["clientNotes"] != nil && document.sections["culturePlacement"] != nil)
        try await data.erase(w.member.id!, by: .person(w.admin.id!, role: .admin))
        #expect(try await CulturePlacement.query(on: w.db.db).count() == 0)
        let note = try #require(try await ClientNote.query(on: w.db.db).first())
        #expect(note.topics == "Sports" && note.$owner.id == nil && note.$reviewedBy.id == nil)
        await w.db.shutdown()
    }
}
