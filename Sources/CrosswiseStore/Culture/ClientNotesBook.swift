import FluentKit
import Foundation

/// The client notes of one organization. Who may read and write a client's note is decided
/// here, once: the people on the active teams that serve the client, and admins. Anyone else in
/// the organization, and every id of another organization, gets `DirectoryError.notFound`
/// (404), so no answer confirms which clients exist or who serves them. Every change, and
/// every "reviewed today", is an audit entry on the note, so its history says who did what when.
public struct ClientNotesBook: Sendable {
    public let db: any Database
    public let organizationID: UUID
    public let actor: AuditActor?
    public let now: @Sendable () -> Date

    public init(db: any Database, organizationID: UUID, actor: AuditActor?, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.organizationID = organizationID
        self.actor = actor
        self.now = now
    }

    /// A client as its reader sees it: the note (nil until someone writes one), the teams and
    /// people serving it (the possible owners) and the names the page prints.
    public struct Reading: Sendable {
        public let client: Client
        public let note: ClientNote?
        public let teams: [Team]
        /// Active people on the serving teams, by name.
        public let serving: [Person]
        public let ownerName: String?
        public let reviewerName: String?
    }

    /// The client `clientID` as `readerID` may see it, or `DirectoryError.notFound`. Six
    /// statements (the client, its team links and teams, their memberships and people, the
    /// note), a seventh when the owner or reviewer no longer serves it.
    public func read(_ clientID: UUID, by readerID: UUID, isAdmin: Bool) async throws -> Reading {
        guard let client = try await Client.query(on: db).filter(\.$id == clientID).filter(\.$organization.$id == organizationID).first() else {
            throw DirectoryError.notFound
        }
        let links = try await TeamClient.query(on: db).filter(\.$client.$id == clientID).with(\.$team).all()
        let teams = links.map(\.team).filter { $0.active && $0.$organization.id == organizationID }.sorted { $0.name < $1.name }
        let memberships = teams.isEmpty ? [] : try await TeamMembership.query(on: db).filter(\.$team.$id ~~ teams.compactMap(\.id)).with(\.$person).all()
        guard isAdmin || memberships.contains(where: { $0.$person.id == readerID }) else { throw DirectoryError.notFound }
        var seen = Set<UUID>()
        let serving = memberships.map(\.person).filter { $0.active && $0.erasedAt == nil && seen.insert($0.id!).inserted }.sorted { $0.name < $1.name }
        let note = try await ClientNote.query(on: db).filter(\.$client.$id == clientID).filter(\.$organization.$id == organizationID).first()
        var names: [UUID: String] = Dictionary(serving.map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let missing = [note?.$owner.id, note?.$reviewedBy.id].compactMap { $0 }.filter { names[$0] == nil }
        if !missing.isEmpty {
            for person in try await Person.query(on: db).filter(\.$id ~~ missing).all() { names[person.id!] = person.name }
        }
        return Reading(client: client, note: note, teams: teams, serving: serving,
                       ownerName: note?.$owner.id.flatMap { names[$0] }, reviewerName: note?.$reviewedBy.id.flatMap { names[$0] })
    }

    /// Writes the note (creating it the first time); writing it counts as reviewing it. The
    /// owner must be someone serving the client, or the admin writing. Nothing is written when
    /// it throws.
    @discardableResult
    public func save(_ draft: ClientNoteDraft, client clientID: UUID, by writerID: UUID, isAdmin: Bool) async throws -> ClientNote {
        let reading = try await read(clientID, by: writerID, isAdmin: isAdmin)
        var owners = Set(reading.serving.compactMap(\.id))
        if isAdmin { owners.insert(writerID) }
        // An owner kept from before (an admin, say) stays allowed.
        if let kept = reading.note?.$owner.id { owners.insert(kept) }
        let checked = try draft.check(owners: owners)
        let note = reading.note ?? ClientNote(organizationID: organizationID, clientID: clientID)
        let before = reading.note?.auditFields
        note.names = checked.names
        note.escalation = checked.escalation
        note.topics = checked.topics
        note.other = checked.other
        note.$owner.id = checked.ownerID
        note.$reviewedBy.id = writerID
        note.reviewedAt = now()
        try await db.transaction { db in
            try await note.save(on: db)
            try await AuditLog.record(on: db, organizationID: organizationID, actor: actor, before == nil ? .created : .updated, .clientNote,
                                      id: clientID.uuidString, label: reading.client.name,
                                      changes: AuditChange.diff(before: before, after: note.auditFields))
        }
        return note
    }

    /// "Reviewed today": the note is still true as it stands.
    public func markReviewed(client clientID: UUID, by reviewerID: UUID, isAdmin: Bool) async throws {
        let reading = try await read(clientID, by: reviewerID, isAdmin: isAdmin)
        guard let note = reading.note else { throw DirectoryError.notFound }
        let before = note.reviewedAt
        note.reviewedAt = now()
        note.$reviewedBy.id = reviewerID
        try await db.transaction { db in
            try await note.save(on: db)
            try await AuditLog.record(on: db, organizationID: organizationID, actor: actor, .updated, .clientNote,
                                      id: clientID.uuidString, label: reading.client.name,
                                      changes: [AuditChange(field: "reviewed", before: Self.day(before), after: Self.day(note.reviewedAt))])
        }
    }

    static func day(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}
