import FluentKit
import Foundation

/// The organization's audit log: every change admins, leads and the command line make to
/// people, teams, sites, clients, the framework and the settings, newest first.
public struct AuditLog: Sendable {
    public static let pageSize = 50

    public let db: any Database
    public let organizationID: UUID

    public init(db: any Database, organizationID: UUID) {
        self.db = db
        self.organizationID = organizationID
    }

    /// An entry as the log shows it, with the actor's name resolved.
    public struct Line: Sendable, Equatable {
        public let id: UUID
        public let at: Date
        /// The person's current name, "command line", "an erased person", or "Crosswise" for
        /// changes nobody made by hand.
        public let actor: String
        public let actorID: UUID?
        public let actorRole: Role?
        public let action: AuditAction
        public let subject: AuditSubject
        public let entityID: String
        public let entityLabel: String
        public let changes: [AuditChange]
    }

    public struct Page: Sendable {
        public let lines: [Line]
        /// 1-based.
        public let page: Int
        public let hasMore: Bool
    }

    /// One page of entries, newest first; `entity` narrows to one record's history, `kind` to
    /// one kind of record (the admin page's filter).
    public func entries(page: Int = 1, entity: (subject: AuditSubject, id: String)? = nil, kind: AuditSubject? = nil) async throws -> Page {
        let page = max(1, page)
        let query = AuditEntry.query(on: db).filter(\.$organization.$id == organizationID)
        if let kind { query.filter(\.$entityType == kind.rawValue) }
        if let entity { query.filter(\.$entityType == entity.subject.rawValue).filter(\.$entityID == entity.id) }
        let rows = try await query.sort(\.$at, .descending).sort(\.$id, .descending)
            .range((page - 1) * Self.pageSize ..< page * Self.pageSize + 1).all()
        let actorIDs = Set(rows.compactMap(\.actorID))
        let people = actorIDs.isEmpty ? [] : try await Person.query(on: db).filter(\.$id ~~ Array(actorIDs)).all()
        let names = Dictionary(people.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
        let lines = rows.prefix(Self.pageSize).compactMap { row -> Line? in
            guard let id = row.id, let action = AuditAction(rawValue: row.action),
                  let subject = AuditSubject(rawValue: row.entityType) else { return nil }
            let actor = row.actorLabel ?? row.actorID.flatMap { names[$0] } ?? "Crosswise"
            return Line(id: id, at: row.at, actor: actor, actorID: row.actorID, actorRole: row.actorRole.flatMap(Role.init(rawValue:)),
                        action: action, subject: subject, entityID: row.entityID, entityLabel: row.entityLabel,
                        changes: Self.decode(row.changes))
        }
        return Page(lines: lines, page: page, hasMore: rows.count > Self.pageSize)
    }

    /// Writes one entry on `db` (the caller's transaction). Without an actor nothing is written:
    /// setup, the demo and tests change records without anyone to name.
    static func record(on db: any Database, organizationID: UUID, actor: AuditActor?, _ action: AuditAction, _ subject: AuditSubject,
                       id: String, label: String, changes: [AuditChange]) async throws {
        guard let actor else { return }
        // An update that changed nothing is not worth a line.
        if action == .updated, changes.isEmpty { return }
        try await AuditEntry(organizationID: organizationID, actor: actor, action: action, subject: subject, entityID: id,
                             label: label, changes: encode(changes), at: Date()).create(on: db)
    }

    static func encode(_ changes: [AuditChange]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(changes)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    static func decode(_ text: String) -> [AuditChange] {
        (try? JSONDecoder().decode([AuditChange].self, from: Data(text.utf8))) ?? []
    }
}
