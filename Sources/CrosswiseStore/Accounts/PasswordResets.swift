import FluentKit
import Foundation
import SQLKit

/// Forgotten passwords: a one-time link sent by e-mail.
///
/// The link carries a random token; the table keeps only its SHA-256, for an hour, and a newer
/// request replaces older links. Using it sets the password, clears a temporary password and a
/// lockout, and ends every session of the person, so whoever had the old password is signed out.
extension Accounts {
    public static let resetLifetime: TimeInterval = 60 * 60
    /// Requests one e-mail address may make in `resetLifetime`: enough for a lost message or
    /// two, too few to flood someone's inbox.
    public static let maxResetRequestsPerAddress = 5

    /// Starts a reset and returns the token to e-mail, or nil when there is nobody to send it to
    /// (no active person has the e-mail) or the address asked too often.
    ///
    /// Callers must answer the same whatever this returns ("if an account has that address, a
    /// link is on its way"), so the page does not tell a stranger who has an account. The work
    /// is the same either way too: the throttle row, the lookup, a token and one transaction
    /// that removes older links, with only the final insert missing when nobody matched.
    public func requestReset(email rawEmail: String) async throws -> String? {
        try await startReset(email: rawEmail, notice: nil)
    }

    /// Starts a reset and queues the e-mail carrying `link(token)` in the same transaction as
    /// the link's row (the `passwordReset` notice always goes by e-mail; its inbox line never
    /// shows the link). Answers nothing: the page says the same whatever happened.
    public func emailResetLink(email rawEmail: String, link: @escaping @Sendable (String) -> String) async throws {
        _ = try await startReset(email: rawEmail) { person, token in Accounts.resetNotice(for: person, link: link(token)) }
    }

    private func startReset(email rawEmail: String, notice: (@Sendable (Person, String) -> NewNotice)?) async throws -> String? {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let requests = try await PasswordResetRequests(db: db, now: now).count(adding: email)
        let person = try await Person.query(on: db).filter(\.$email == email).filter(\.$active == true).filter(\.$erasedAt == nil).first()
        let token = SecretToken.hex(bytes: 32)
        let reset = PasswordReset(personID: person?.id ?? UUID(), tokenHash: SecretToken.digest(token),
                                  expiresAt: now().addingTimeInterval(Accounts.resetLifetime))
        let send = person != nil && requests <= Accounts.maxResetRequestsPerAddress
        // Older links go only when a new one is made: a throttled request (someone repeating a
        // stranger's address) must not cancel the link the person is about to use. The delete
        // still runs, on an id that matches nothing, so both cases do the same work.
        let replaced = send ? reset.$person.id : UUID()
        try await db.transaction { db in
            try await PasswordReset.query(on: db).filter(\.$person.$id == replaced).delete()
            if send { try await reset.create(on: db) }
            if send, let person, let notice {
                try await Notices(db: db, organizationID: person.$organization.id, now: now).post(notice(person, token), on: db)
            }
        }
        return send ? token : nil
    }

    /// The inbox line says a link was sent; only the e-mail holds it.
    static func resetNotice(for person: Person, link: String) -> NewNotice {
        let title = "A link to reset your password was sent"
        let body = "Someone asked to reset the password of your Crosswise account. The link went to your e-mail address "
            + "and works once, for one hour."
        let text = "Hello \(person.firstName),\n\nSomeone, probably you, asked to reset the password of your Crosswise account "
            + "(\(person.email)). Open this link within an hour to choose a new one:\n\n    \(link)\n\n"
            + "The link works once. Choosing a new password signs you out everywhere.\n"
            + "If you did not ask, ignore this message: your password stays as it is." + NewNotice.footer
        return NewNotice(to: person.id!, kind: .passwordReset, title: title, body: body, subject: .account(person.id!),
                         email: .init(subject: "Reset your Crosswise password", text: text, hasSecret: true))
    }

    public enum ResetResult: Sendable {
        case changed(Person)
        /// Unknown, used, replaced by a newer request, or older than an hour: one answer.
        case invalidLink
    }

    /// Whether a link still works, for the page that asks for the new password.
    public func resetLinkWorks(_ token: String) async throws -> Bool {
        try await pendingReset(token) != nil
    }

    /// Sets a new password through a link. The password rules are those of `setPassword`; a
    /// refused password throws `ValidationFailure` (field `.new`) and leaves the link usable.
    public func resetPassword(token: String, newPassword: String) async throws -> ResetResult {
        guard let reset = try await pendingReset(token) else { return .invalidLink }
        let person = reset.person
        if let problem = Passwords.problem(with: newPassword, email: person.email) {
            throw ValidationFailure([FieldError(.new, problem)])
        }
        let hash = try await passwords.hash(newPassword)
        let personID = try person.requireID(), digest = reset.tokenHash
        let used = try await db.transaction { db -> Bool in
            // Deleting the row is using it: of two requests with the same link, one deletes it.
            guard let sql = db as? any SQLDatabase else { throw AccountsError.needsSQL }
            let deleted = try await sql.delete(from: PasswordReset.schema).where("token_hash", .equal, digest).returning("id").all()
            guard !deleted.isEmpty else { return false }
            person.passwordHash = hash
            person.passwordExpiresAt = nil
            person.failedSignIns = 0
            person.lockedUntil = nil
            try await person.save(on: db)
            try await SessionRecord.query(on: db).filter(\.$person.$id == personID).delete()
            try await PasswordReset.query(on: db).filter(\.$person.$id == personID).delete()
            return true
        }
        return used ? .changed(person) : .invalidLink
    }

    /// Removes expired links and old throttle rows; the scheduler calls this (used links are
    /// deleted when used).
    public func removeExpiredResets() async throws {
        try await PasswordReset.query(on: db).filter(\.$expiresAt <= now()).delete()
        try await PasswordResetRequest.query(on: db).filter(\.$at <= now().addingTimeInterval(-Accounts.resetLifetime)).delete()
    }

    private func pendingReset(_ token: String) async throws -> PasswordReset? {
        guard token.count == 64, token.allSatisfy(\.isHexDigit) else { return nil }
        guard let reset = try await PasswordReset.query(on: db).filter(\.$tokenHash == SecretToken.digest(token))
            .filter(\.$expiresAt > now()).with(\.$person).first(),
            reset.person.active, reset.person.erasedAt == nil else { return nil }
        return reset
    }
}

/// Reset requests per e-mail address in the last hour, whether or not the address has an
/// account (so throttling does not tell either). Only a truncated SHA-256 of the address is kept.
struct PasswordResetRequests {
    let db: any Database
    let now: @Sendable () -> Date

    /// Records one request and returns how many the address made in the window, this one included.
    func count(adding email: String) async throws -> Int {
        let address = String(SecretToken.digest("reset|\(email)").prefix(32))
        let windowStart = now().addingTimeInterval(-Accounts.resetLifetime)
        try await PasswordResetRequest.query(on: db).filter(\.$address == address).filter(\.$at <= windowStart).delete()
        try await PasswordResetRequest(address: address, at: now()).create(on: db)
        return try await PasswordResetRequest.query(on: db).filter(\.$address == address).filter(\.$at > windowStart).count()
    }
}

/// A link sent to reset a password: the SHA-256 of its token, and until when it works.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
final class PasswordReset: Model, @unchecked Sendable {
    static let schema = "password_resets"
    @ID(key: .id) var id: UUID?
    @Parent(key: "person_id") var person: Person
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
    init(personID: UUID, tokenHash: String, expiresAt: Date) {
        self.$person.id = personID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}

/// One reset request for an address (hashed), for throttling.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
final class PasswordResetRequest: Model, @unchecked Sendable {
    static let schema = "password_reset_requests"
    @ID(key: .id) var id: UUID?
    @Field(key: "address") var address: String
    @Field(key: "at") var at: Date

    init() {}
    init(address: String, at: Date) { self.address = address; self.at = at }
}
