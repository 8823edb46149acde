import FluentKit
import Foundation

/// Everyday feedback the person gave and received. The other side's name is left out: it is
/// that person's data, and the text alone is what the export owes this one.
struct FeedbackData: PersonalDataArea {
    let section = "feedback"

    struct Export: Encodable, Sendable {
        let given: [Entry]
        let received: [Entry]
    }

    struct Entry: Encodable, Sendable {
        let kind, situation, behaviour, impact, visibility: String
        let nextTime, competency: String?
        let createdAt: Date?
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let id = try person.requireID()
        let given = try await FeedbackEntry.query(on: db).filter(\.$giver.$id == id).sort(\.$createdAt).all()
        let received = try await FeedbackEntry.query(on: db).filter(\.$receiver.$id == id).sort(\.$createdAt).all()
        return Export(given: given.map(Self.entry), received: received.map(Self.entry))
    }

    /// Feedback belongs to both people it joins; once one of them is gone, neither side keeps it.
    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await FeedbackEntry.query(on: db)
            .group(.or) { $0.filter(\.$giver.$id == erasure.personID).filter(\.$receiver.$id == erasure.personID) }
            .delete()
    }

    static func entry(_ row: FeedbackEntry) -> Entry {
        Entry(kind: row.kind, situation: row.situation, behaviour: row.behaviour, impact: row.impact, visibility: row.visibility,
              nextTime: row.nextTime, competency: row.competency, createdAt: row.createdAt)
    }
}
