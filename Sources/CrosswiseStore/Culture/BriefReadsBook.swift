import FluentKit
import Foundation
import Skills

/// "I have read this brief": reading the briefs of the clients you serve is practice evidence
/// for cultural awareness (issue 19). Counted once per person and brief, and only for briefs of
/// clients the person's active teams serve: a brief of a country nobody asks you to serve
/// shows nothing about how you work.
public struct BriefReadsBook: Sendable {
    public let db: any Database
    public let organizationID: UUID

    public init(db: any Database, organizationID: UUID) {
        self.db = db
        self.organizationID = organizationID
    }

    /// Which brief was read: a country's (ISO code) or one client's own note.
    public enum Brief: Sendable, Hashable {
        case country(String)
        case client(UUID)

        var key: String {
            switch self {
            case .country(let code): code.uppercased()
            case .client(let id): "client:\(id.uuidString)"
            }
        }

        var clientID: UUID? { if case .client(let id) = self { id } else { nil } }
    }

    public enum Outcome: Sendable, Equatable {
        /// Counted now; `evidence` is false when the framework has no cultural-awareness competency.
        case counted(evidence: Bool)
        /// Counted before, on that date; nothing was written.
        case alreadyCounted(Date)
    }

    /// When the person said they read it, nil if never.
    public func readAt(_ brief: Brief, by personID: UUID) async throws -> Date? {
        try await row(brief, personID, on: db)?.readAt
    }

    /// Whether the person's active teams serve a client this brief is for.
    public func serves(_ brief: Brief, personID: UUID) async throws -> Bool {
        let clients = try await Directory(db: db, organizationID: organizationID).clientsServed(by: personID)
        switch brief {
        case .country(let code): return clients.contains { $0.country.uppercased() == code.uppercased() }
        case .client(let id): return clients.contains { $0.id == id }
        }
    }

    /// Records the read and, when the framework has the competency, one `practice` evidence row
    /// at level 2 (`CulturePlacementBook.practiceLevel`), in one transaction. A brief of a client
    /// the person does not serve is `DirectoryError.notFound`; a second read writes nothing.
    @discardableResult
    public func markRead(_ brief: Brief, by personID: UUID, title: String, framework: Framework, at now: Date) async throws -> Outcome {
        guard try await serves(brief, personID: personID) else { throw DirectoryError.notFound }
        if let earlier = try await row(brief, personID, on: db) { return .alreadyCounted(earlier.readAt) }
        let competency = CulturePlacementBook.awarenessCompetency(in: framework)
        do {
            try await db.transaction { db in
                try await BriefRead(organizationID: organizationID, personID: personID, brief: brief.key, clientID: brief.clientID,
                                    evidence: competency != nil, readAt: now).save(on: db)
                if let competency {
                    try await EvidenceRecord(personID: personID, competencyID: competency.id, level: CulturePlacementBook.practiceLevel,
                                             source: Evidence.Source.practice.rawValue, batch: UUID(), recordedBy: personID,
                                             frameworkVersion: framework.version, comment: "Read the cultural brief: \(title)",
                                             recordedAt: now).save(on: db)
                }
            }
        } catch {
            // Two presses at once: the unique (person, brief) index refused the second row, and
            // its transaction took its evidence row with it.
            if let earlier = try await row(brief, personID, on: db) { return .alreadyCounted(earlier.readAt) }
            throw error
        }
        return .counted(evidence: competency != nil)
    }

    func row(_ brief: Brief, _ personID: UUID, on db: any Database) async throws -> BriefRead? {
        try await BriefRead.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$person.$id == personID)
            .filter(\.$brief == brief.key).first()
    }
}
