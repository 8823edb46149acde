import FluentKit
import Foundation

/// Client notes the person owns or last reviewed. A note is the serving teams' shared knowledge
/// of a client, not the person's own data, and several people may have written it, so erasure
/// keeps its text and removes the person from it: no owner (the page asks someone to take it
/// over) and no last reviewer. The audit log's lines about the note lose their name the way
/// every audit line does (`AuditData`).
struct ClientNotesData: PersonalDataArea {
    let section = "clientNotes"

    struct Note: Encodable, Sendable {
        let client: String
        let owner, lastReviewer: Bool
        let names, escalation, topics, other: String
        let reviewedAt: Date
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let id = try person.requireID()
        let rows = try await ClientNote.query(on: db)
            .group(.or) { $0.filter(\.$owner.$id == id).filter(\.$reviewedBy.$id == id) }
            .with(\.$client).all()
        return rows.map {
            Note(client: $0.client.name, owner: $0.$owner.id == id, lastReviewer: $0.$reviewedBy.id == id,
                 names: $0.names, escalation: $0.escalation, topics: $0.topics, other: $0.other, reviewedAt: $0.reviewedAt)
        }.sorted { $0.client < $1.client }
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await ClientNote.query(on: db).filter(\.$owner.$id == erasure.personID).set(\.$owner.$id, to: nil).update()
        try await ClientNote.query(on: db).filter(\.$reviewedBy.$id == erasure.personID).set(\.$reviewedBy.$id, to: nil).update()
    }
}

/// The person's "Know yourself" answers and positions: theirs alone, so erasure deletes them.
/// The practice evidence the questionnaire wrote is part of the skills records (`SkillsData`).
struct CulturePlacementData: PersonalDataArea {
    let section = "culturePlacement"

    struct Placement: Encodable, Sendable { let answers, positions: [String: Int]; let completedAt: Date }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        try await CulturePlacement.query(on: db).filter(\.$person.$id == person.requireID()).all()
            .map { Placement(answers: $0.answerValues, positions: $0.positionValues, completedAt: $0.completedAt) }
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await CulturePlacement.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}

/// The briefs the person said they read: theirs alone, so erasure deletes the rows. The
/// evidence rows written with them are part of the skills records (`SkillsData`).
struct BriefReadsData: PersonalDataArea {
    let section = "briefsRead"

    struct Read: Encodable, Sendable { let brief: String; let client: String?; let readAt: Date }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        try await BriefRead.query(on: db).filter(\.$person.$id == person.requireID()).with(\.$client).sort(\.$readAt).all()
            .map { Read(brief: $0.client == nil ? $0.brief : "client note", client: $0.client?.name, readAt: $0.readAt) }
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await BriefRead.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}
