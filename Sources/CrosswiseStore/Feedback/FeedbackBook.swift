import FluentKit
import Foundation

/// Everyday feedback of one organization. Who may read an entry is decided here, once, for
/// every page and export that shows one:
///
/// - the giver and the receiver always;
/// - a lead of a team the receiver belongs to, when the giver chose "the person and their
///   leads";
/// - nobody else: an admin's role gives no reading rights (admins run the site, they do not
///   read what colleagues write to each other).
///
/// Every id from another organization is "not found", as is an entry the reader may not read,
/// so no answer confirms that an entry exists.
public struct FeedbackBook: Sendable {
    public let db: any Database
    public let organizationID: UUID

    public init(db: any Database, organizationID: UUID) {
        self.db = db
        self.organizationID = organizationID
    }

    /// An entry with the names a page prints.
    public struct Item: Sendable {
        public let entry: FeedbackEntry
        public let giverName: String
        public let receiverName: String

        public init(entry: FeedbackEntry, giverName: String, receiverName: String) {
            self.entry = entry
            self.giverName = giverName
            self.receiverName = receiverName
        }
    }

    /// Stores `draft` from `giverID`. Nothing is written when it throws `ValidationFailure`.
    @discardableResult
    public func give(_ draft: FeedbackDraft, from giverID: UUID, competencies: Set<String>) async throws -> FeedbackEntry {
        let checked = try draft.check(competencies: competencies)
        let directory = Directory(db: db, organizationID: organizationID)
        guard let giver = try await directory.person(giverID), giver.active else { throw DirectoryError.notFound }
        var check = FieldChecker()
        let receiver = try await directory.person(draft.receiverID!)
        if receiver == nil || receiver?.active == false {
            check.add(.receiver, "Choose someone in your organization")
        } else if receiver?.id == giverID {
            check.add(.receiver, "Choose someone other than yourself")
        }
        try check.finish()
        let entry = FeedbackEntry(organizationID: organizationID, giverID: giverID, receiverID: draft.receiverID!, draft: checked)
        let requests = FeedbackRequests(db: db, organizationID: organizationID)
        try await db.transaction { db in
            // An answer to a request closes the giver's part of it, or is refused whole.
            var ask: FeedbackAsk?
            if let id = draft.requestID { ask = try await requests.openAsk(id, giver: giverID, receiver: draft.receiverID, on: db) }
            try await entry.create(on: db)
            if let ask {
                ask.$entry.id = entry.id
                ask.answeredAt = entry.createdAt ?? requests.now()
                try await ask.update(on: db)
            }
        }
        return entry
    }

    /// What `/feedback` shows: what `personID` received and gave and, for a lead, what their
    /// teams' members received and chose to share with their leads, newest first, `limit`
    /// each. One statement for the person's own entries, three more for a lead's team, one for
    /// every name on the page.
    public struct Lists: Sendable {
        public let received, given: [Item]
        /// nil unless asked for.
        public let shared: [Item]?
    }

    public func lists(of personID: UUID, includingShared: Bool, limit: Int = 50) async throws -> Lists {
        let own = try await FeedbackEntry.query(on: db).filter(\.$organization.$id == organizationID)
            .group(.or) { $0.filter(\.$receiver.$id == personID).filter(\.$giver.$id == personID) }
            .sort(\.$createdAt, .descending).sort(\.$id).range(..<(2 * limit)).all()
        var shared: [FeedbackEntry]?
        if includingShared {
            let members = try await teamMembers(ledBy: personID)
            shared = members.isEmpty ? [] : try await FeedbackEntry.query(on: db).filter(\.$organization.$id == organizationID)
                .filter(\.$receiver.$id ~~ Array(members)).filter(\.$receiver.$id != personID)
                .filter(\.$visibility == FeedbackVisibility.personAndLeads.rawValue)
                .sort(\.$createdAt, .descending).sort(\.$id).range(..<limit).all()
        }
        let named = try await items(own + (shared ?? []))
        let byID = Dictionary(named.map { ($0.entry.id!, $0) }, uniquingKeysWith: { a, _ in a })
        return Lists(
            received: Array(own.filter { $0.$receiver.id == personID }.prefix(limit).compactMap { byID[$0.id!] }),
            given: Array(own.filter { $0.$giver.id == personID }.prefix(limit).compactMap { byID[$0.id!] }),
            shared: shared.map { $0.compactMap { byID[$0.id!] } })
    }

    /// What `personID` received, newest first, with the givers' names.
    public func received(by personID: UUID, limit: Int = 50) async throws -> [Item] {
        try await lists(of: personID, includingShared: false, limit: limit).received
    }

    /// What `personID` gave, newest first.
    public func given(by personID: UUID, limit: Int = 50) async throws -> [Item] {
        try await lists(of: personID, includingShared: false, limit: limit).given
    }

    /// What the people in teams `leadID` leads received and chose to share with their leads.
    public func sharedWithLead(_ leadID: UUID, limit: Int = 50) async throws -> [Item] {
        try await lists(of: leadID, includingShared: true, limit: limit).shared ?? []
    }

    /// One entry as `readerID` may see it, or `DirectoryError.notFound`.
    public func entry(_ id: UUID, readBy readerID: UUID) async throws -> Item {
        guard let entry = try await FeedbackEntry.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).first() else {
            throw DirectoryError.notFound
        }
        var readable = entry.$giver.id == readerID || entry.$receiver.id == readerID
        if !readable, entry.feedbackVisibility == .personAndLeads {
            readable = try await teamMembers(ledBy: readerID).contains(entry.$receiver.id)
        }
        guard readable, let item = try await items([entry]).first else { throw DirectoryError.notFound }
        return item
    }

    /// The entries with their givers' and receivers' names, read in one statement.
    private func items(_ entries: [FeedbackEntry]) async throws -> [Item] {
        let ids = Set(entries.flatMap { [$0.$giver.id, $0.$receiver.id] })
        guard !ids.isEmpty else { return [] }
        let names = Dictionary(try await Person.query(on: db).filter(\.$id ~~ Array(ids)).all().map { ($0.id!, $0.name) },
                               uniquingKeysWith: { a, _ in a })
        return entries.map { Item(entry: $0, giverName: names[$0.$giver.id] ?? "", receiverName: names[$0.$receiver.id] ?? "") }
    }

    /// Everyone in the teams `leadID` leads, themselves excluded.
    private func teamMembers(ledBy leadID: UUID) async throws -> Set<UUID> {
        let teams = try await TeamMembership.query(on: db).filter(\.$person.$id == leadID).filter(\.$isLead == true)
            .join(Team.self, on: \TeamMembership.$team.$id == \Team.$id)
            .filter(Team.self, \.$organization.$id == organizationID)
            .all().map { $0.$team.id }
        guard !teams.isEmpty else { return [] }
        let members = try await TeamMembership.query(on: db).filter(\.$team.$id ~~ teams).all().map { $0.$person.id }
        return Set(members).subtracting([leadID])
    }
}

