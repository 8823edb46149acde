import Crypto
import FluentKit
import Foundation

/// The client's side of a feedback link: no account, no session, only the secret in the
/// address. Every request is counted against the caller's address first (by its hash), so
/// guessing costs a handful of tries an hour; a wrong secret and an expired link give the
/// same answer, and the lookup is by the secret's SHA-256, so the time it takes says nothing
/// about how much of a guess was right.
public struct ClientFeedbackForm: Sendable {
    public let db: any Database
    public let now: @Sendable () -> Date

    /// Requests to link pages per address per hour: a client opens the form, perhaps fixes a
    /// mistake and sends it; ten covers that many times over and stops a guessing script.
    public static let attemptsPerHour = 10
    /// A thousand characters stay under the 16 KB a signed-out form may send, in any script.
    public static let commentLimit = 1_000

    public init(db: any Database, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.now = now
    }

    public enum Refusal: Error, Sendable, Equatable {
        /// Wrong secret or expired: the same answer for both.
        case notFound
        case used
        case revoked
        case tooManyAttempts
    }

    /// What the form page shows about the link.
    public struct Opened: Sendable {
        public let link: ClientFeedbackLink
        public let personName: String
        /// The person and, when a lead made the link, the lead: who reads the answer.
        public let readers: [String]

        public init(link: ClientFeedbackLink, personName: String, readers: [String]) {
            (self.link, self.personName, self.readers) = (link, personName, readers)
        }
    }

    /// Counts the attempt, then opens the link or throws a `Refusal` saying why not.
    public func open(_ token: String, address: String) async throws -> Opened {
        try await countAttempt(address)
        guard let link = try await ClientFeedbackLink.query(on: db).filter(\.$tokenHash == SecretToken.digest(token)).first() else {
            throw Refusal.notFound
        }
        switch ClientLinkStatus(link, at: now()) {
        case .used: throw Refusal.used
        case .revoked: throw Refusal.revoked
        case .expired: throw Refusal.notFound
        case .waiting: break
        }
        let ids = [link.$person.id] + (link.$createdBy.id.map { [$0] } ?? [])
        let people = try await Person.query(on: db).filter(\.$id ~~ ids).all()
        guard let person = people.first(where: { $0.id == link.$person.id }), person.active else { throw Refusal.notFound }
        let lead = people.first { $0.id != link.$person.id }
        return Opened(link: link, personName: person.name, readers: [person.name] + (lead.map { ["\($0.name), who sent you this link"] } ?? []))
    }

    /// The form token of a link: a keyed hash of its secret, so only a page served for that
    /// secret carries it, without any session.
    public static func formToken(for token: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("crosswise-client-form".utf8), using: SymmetricKey(data: Data(token.utf8)))
        return SecretToken.hexString(mac)
    }

    public static func formTokenMatches(_ sent: String, token: String) -> Bool {
        let expected = Array(formToken(for: token).utf8), given = Array(sent.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// What the client typed; ratings as sent ("" when none was chosen).
    public struct Draft: Sendable {
        public var clarity = "", responsiveness = "", care = "", comment = ""
        public init() {}
    }

    /// Stores the answer and marks the link used, or throws `ValidationFailure` writing
    /// nothing. The unique key on the link stops a second answer from a second tab.
    public func answer(_ opened: Opened, _ draft: Draft) async throws {
        var check = FieldChecker()
        func rating(_ field: FieldName, _ text: String, _ label: String) -> Int {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), (1...5).contains(value) else {
                check.add(field, "Choose a rating from 1 to 5 for \(label)")
                return 0
            }
            return value
        }
        let clarity = rating(.clarity, draft.clarity, "clear communication")
        let responsiveness = rating(.responsiveness, draft.responsiveness, "responsiveness")
        let care = rating(.care, draft.care, "care for your needs")
        var comment: String?
        if !draft.comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            comment = check.required(.comment, draft.comment, label: "The comment", max: Self.commentLimit)
        }
        try check.finish()
        let link = opened.link
        let row = ClientFeedbackAnswer()
        row.$link.id = link.id!
        row.$organization.id = link.$organization.id
        row.$person.id = link.$person.id
        row.clientName = link.clientName
        (row.clarity, row.responsiveness, row.care, row.comment) = (clarity, responsiveness, care, comment)
        let at = now()
        try await db.transaction { db in
            try await row.create(on: db)
            try await ClientFeedbackLink.query(on: db).filter(\.$id == link.id!).set(\.$usedAt, to: at).update()
        }
    }

    /// Whether an answer is stored for `link` (after a refused insert: was it the second tab?).
    public func isAnswered(_ link: ClientFeedbackLink) async throws -> Bool {
        try await ClientFeedbackAnswer.query(on: db).filter(\.$link.$id == link.id!).count() > 0
    }

    /// Records one request from `address` (hashed) and refuses once the hour's allowance is
    /// spent. The allowance counts every request, right or wrong, so no answer tells a
    /// guesser whether a secret was close.
    func countAttempt(_ address: String) async throws {
        let hash = SecretToken.digest("client-link:" + address)
        let since = now().addingTimeInterval(-3600)
        let recent = try await ClientLinkAttempt.query(on: db).filter(\.$addressHash == hash).filter(\.$at > since).count()
        guard recent < Self.attemptsPerHour else { throw Refusal.tooManyAttempts }
        let row = ClientLinkAttempt()
        row.addressHash = hash
        row.at = now()
        try await row.create(on: db)
    }

    /// The daily clean-up: attempts after a day, unanswered links a month after they ended,
    /// answers after `ClientFeedbackLinks.keptDays` (with their link).
    public static func cleanUp(db: any Database, at now: Date) async throws {
        func ago(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86400) }
        try await ClientLinkAttempt.query(on: db).filter(\.$at < ago(1)).delete()
        try await ClientFeedbackLink.query(on: db).filter(\.$usedAt == nil).filter(\.$expiresAt < ago(30)).delete()
        let old = try await ClientFeedbackAnswer.query(on: db).filter(\.$createdAt < ago(ClientFeedbackLinks.keptDays)).all().map { $0.$link.id }
        if !old.isEmpty { try await ClientFeedbackLink.query(on: db).filter(\.$id ~~ old).delete() }
    }
}

extension FieldName {
    public static let clarity = FieldName("clarity")
    public static let responsiveness = FieldName("responsiveness")
    public static let care = FieldName("care")
}
