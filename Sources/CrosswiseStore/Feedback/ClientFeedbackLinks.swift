import Crypto
import FluentKit
import Foundation

/// Client feedback links of one organization: made by a person for themselves or by a lead
/// for a member of a team they lead; read and revoked by the person and whoever made it.
/// The public side (a client with the secret) is `ClientFeedbackForm`.
public struct ClientFeedbackLinks: Sendable {
    public let db: any Database
    public let organizationID: UUID
    public let now: @Sendable () -> Date

    /// Long enough for a client who reads mail weekly, short enough that a forwarded link dies.
    public static let lifetimeDays = 14
    /// Answers are kept this long, then removed by the daily job; the form says so.
    public static let keptDays = 730

    public init(db: any Database, organizationID: UUID, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.organizationID = organizationID
        self.now = now
    }

    /// A link with its answer, if any, and what the pages say about it.
    public struct Item: Sendable {
        public let link: ClientFeedbackLink
        public let personName: String
        public let answer: ClientFeedbackAnswer?
        public let status: ClientLinkStatus
    }

    /// 32 random bytes, URL-safe base64 without padding: 43 characters, 256 bits.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Makes a link about `personID` by `creatorID` (themselves, or a lead of one of their
    /// teams). Returns the link and its secret, which is never stored and never shown again.
    public func create(for personID: UUID, by creatorID: UUID, clientName rawName: String, clientEmail rawEmail: String) async throws
        -> (link: ClientFeedbackLink, token: String) {
        guard try await mayManage(personID, viewer: creatorID) else { throw DirectoryError.notFound }
        var check = FieldChecker()
        let name = check.required(.name, rawName, label: "The client contact's name", max: 120)
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if !email.isEmpty, !Self.looksLikeEmail(email) { check.add(.email, "Give an e-mail address such as name@client.com, or leave it empty") }
        try check.finish()
        let token = Self.newToken()
        let link = ClientFeedbackLink()
        link.$organization.id = organizationID
        link.$person.id = personID
        link.$createdBy.id = creatorID
        link.clientName = name
        link.clientEmail = email.isEmpty ? nil : email
        link.tokenHash = SecretToken.digest(token)
        link.expiresAt = now().addingTimeInterval(Double(Self.lifetimeDays) * 86400)
        try await db.transaction { db in
            try await link.create(on: db)
            try await audit(.created, link, by: creatorID, on: db)
        }
        return (link, token)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 200 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true })
    }

    /// The links about `viewerID` and those they made for others, newest first, with answers.
    public func links(readBy viewerID: UUID, limit: Int = 100) async throws -> [Item] {
        let links = try await ClientFeedbackLink.query(on: db).filter(\.$organization.$id == organizationID)
            .group(.or) { $0.filter(\.$person.$id == viewerID).filter(\.$createdBy.$id == viewerID) }
            .sort(\.$createdAt, .descending).sort(\.$id).range(..<limit).all()
        return try await items(links)
    }

    /// What clients answered about `personID`, newest first: their received feedback.
    public func answers(about personID: UUID, limit: Int = 50) async throws -> [ClientFeedbackAnswer] {
        try await ClientFeedbackAnswer.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$person.$id == personID)
            .sort(\.$createdAt, .descending).range(..<limit).all()
    }

    /// Revokes an unused link; only the person and its maker may. Anyone else: not found.
    public func revoke(_ id: UUID, by viewerID: UUID) async throws {
        guard let link = try await ClientFeedbackLink.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).first(),
              link.$person.id == viewerID || link.$createdBy.id == viewerID else { throw DirectoryError.notFound }
        guard link.revokedAt == nil, link.usedAt == nil else { return }
        link.revokedAt = now()
        try await db.transaction { db in
            try await link.update(on: db)
            try await audit(.deleted, link, by: viewerID, on: db)
        }
    }

    /// A lead acting for a team member is in the audit log; a person's own link is not.
    private func audit(_ action: AuditAction, _ link: ClientFeedbackLink, by actorID: UUID, on db: any Database) async throws {
        guard link.$person.id != actorID else { return }
        let name = try await Person.find(link.$person.id, on: db)?.name ?? ""
        try await AuditLog.record(on: db, organizationID: organizationID, actor: .person(actorID, role: .lead), action, .clientFeedbackLink,
                                  id: link.id!.uuidString, label: "For \(name), to \(link.clientName)", changes: [])
    }

    /// Someone may make and read links about `personID`: the person, or a lead of a team
    /// they belong to. An admin's role alone is not enough: client answers are feedback.
    public func mayManage(_ personID: UUID, viewer: UUID) async throws -> Bool {
        guard let person = try await Person.query(on: db).filter(\.$id == personID).filter(\.$organization.$id == organizationID).first(),
              person.active else { return false }
        if personID == viewer { return true }
        let led = try await TeamMembership.query(on: db).filter(\.$person.$id == viewer).filter(\.$isLead == true).all().map { $0.$team.id }
        guard !led.isEmpty else { return false }
        return try await TeamMembership.query(on: db).filter(\.$team.$id ~~ led).filter(\.$person.$id == personID).count() > 0
    }

    /// The people a viewer may make links for: themselves and the members of teams they lead.
    public func people(for viewerID: UUID) async throws -> [Person] {
        let led = try await TeamMembership.query(on: db).filter(\.$person.$id == viewerID).filter(\.$isLead == true).all().map { $0.$team.id }
        let members = led.isEmpty ? [] : try await TeamMembership.query(on: db).filter(\.$team.$id ~~ led).all().map { $0.$person.id }
        return try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$active == true)
            .filter(\.$id ~~ Set(members + [viewerID])).sort(\.$name).all()
    }

    func items(_ links: [ClientFeedbackLink]) async throws -> [Item] {
        guard !links.isEmpty else { return [] }
        let answers = try await ClientFeedbackAnswer.query(on: db).filter(\.$link.$id ~~ links.compactMap(\.id)).all()
        let byLink = Dictionary(answers.map { ($0.$link.id, $0) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(try await Person.query(on: db).filter(\.$id ~~ Set(links.map { $0.$person.id })).all().map { ($0.id!, $0.name) },
                               uniquingKeysWith: { a, _ in a })
        let at = now()
        return links.map { Item(link: $0, personName: names[$0.$person.id] ?? "", answer: byLink[$0.id!], status: ClientLinkStatus($0, at: at)) }
    }
}

/// Where a link stands, in the order it is checked: an answer wins over a later revocation.
public enum ClientLinkStatus: String, Sendable {
    case waiting, used, revoked, expired

    init(_ link: ClientFeedbackLink, at now: Date) {
        if link.usedAt != nil { self = .used } else if link.revokedAt != nil { self = .revoked }
        else if link.expiresAt <= now { self = .expired } else { self = .waiting }
    }

    public var label: String {
        switch self {
        case .waiting: "Waiting for an answer"
        case .used: "Answered"
        case .revoked: "Withdrawn"
        case .expired: "Expired unanswered"
        }
    }
}
