import FluentKit
import Foundation
import HummingbirdBcrypt
import NIOConcurrencyHelpers
import SQLKit

/// Sign-in, sessions and passwords.
///
/// Five wrong passwords in a row lock the account for fifteen minutes, which stops guessing
/// without letting a stranger lock someone out for long. An unknown e-mail costs the same bcrypt
/// work as a known one so the answer time does not reveal who has an account.
public struct Accounts: Sendable {
    public static let maxFailures = 5
    public static let lockDuration: TimeInterval = 15 * 60
    public static let sessionLifetime: TimeInterval = 14 * 24 * 3600

    public let db: any Database
    public let passwords: Passwords
    public let now: @Sendable () -> Date

    public init(db: any Database, passwords: Passwords, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.passwords = passwords
        self.now = now
    }

    public enum SignInResult: Sendable {
        case signedIn(person: Person, token: String)
        /// A wrong password, an unknown e-mail or a locked account: one answer, one cost, so
        /// the answer does not tell a stranger which e-mails have accounts.
        case wrongCredentials
        /// Too many failures from this client address (any e-mail) in the last 15 minutes.
        case throttled
        /// The right temporary password, but more than seven days old.
        case temporaryPasswordExpired
    }

    /// Failed sign-ins one client address may make in `lockDuration` before it waits; high
    /// enough for an office of agents behind one address at the start of a shift.
    public static let maxFailuresPerClient = 50
    /// How long a password issued by an admin works before it must have been replaced.
    public static let temporaryPasswordLifetime: TimeInterval = 7 * 24 * 3600

    /// Checks an e-mail and password.
    ///
    /// Every attempt is counted in the database before bcrypt runs: one `UPDATE ... SET
    /// failed_sign_ins = failed_sign_ins + 1 ... RETURNING` reserves it, so fifty requests in
    /// parallel get at most five guesses, on SQLite and on PostgreSQL, across app servers. A
    /// right password gives the attempt back. `client` is the caller's address (only its hash
    /// is stored), throttled separately so one address cannot try many accounts.
    public func signIn(email: String, password: String, client: String = "unknown") async throws -> SignInResult {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        let failures = SignInFailures(db: db, now: now)
        let attempt = try await failures.begin(client: client)
        guard try await failures.count(client: client) <= Accounts.maxFailuresPerClient else { return .throttled }
        let person = try await Person.query(on: db).filter(\.$email == email).filter(\.$active == true).first()
        guard let person, let hash = person.passwordHash, let personID = person.id,
              let attempts = try await reserveAttempt(for: personID) else {
            _ = try await passwords.verify(password, hash: Accounts.decoyHash(cost: passwords.cost))
            return .wrongCredentials
        }
        guard attempts <= Accounts.maxFailures else {
            _ = try await passwords.verify(password, hash: Accounts.decoyHash(cost: passwords.cost))
            try await lock(personID)
            return .wrongCredentials
        }
        guard try await passwords.verify(password, hash: hash) else {
            if attempts >= Accounts.maxFailures { try await lock(personID) }
            return .wrongCredentials
        }
        try await failures.forgive(attempt)
        try await Person.query(on: db).filter(\.$id == personID).set(\.$failedSignIns, to: 0).set(\.$lockedUntil, to: nil).update()
        if let expires = person.passwordExpiresAt, expires <= now() { return .temporaryPasswordExpired }
        return .signedIn(person: person, token: try await startSession(for: person))
    }

    /// Counts one more attempt unless the account is locked; nil when it is.
    private func reserveAttempt(for personID: UUID) async throws -> Int? {
        guard let sql = db as? any SQLDatabase else { throw AccountsError.needsSQL }
        let row = try await sql.update(Person.schema)
            .set(SQLIdentifier("failed_sign_ins"), to: SQLRaw("failed_sign_ins + 1"))
            .where("id", .equal, personID)
            .where { $0.where("locked_until", .is, SQLLiteral.null).orWhere("locked_until", .lessThanOrEqual, now()) }
            .returning("failed_sign_ins")
            .first()
        return try row?.decode(column: "failed_sign_ins", as: Int.self)
    }

    private func lock(_ personID: UUID) async throws {
        try await Person.query(on: db).filter(\.$id == personID)
            .set(\.$lockedUntil, to: now().addingTimeInterval(Accounts.lockDuration)).set(\.$failedSignIns, to: 0).update()
    }

    /// Ends the session a browser presents when it signs in again, so an old (perhaps planted)
    /// session cookie never outlives a new sign-in.
    public func replaceSession(_ token: String?) async throws {
        if let token, !token.isEmpty { try await signOut(token: token) }
    }

    /// Creates a session and returns the cookie token; only its hash is stored.
    public func startSession(for person: Person) async throws -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let token = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        let record = SessionRecord(id: SecretToken.digest(token), personID: try person.requireID(), expiresAt: now().addingTimeInterval(Accounts.sessionLifetime))
        try await record.create(on: db)
        return token
    }

    /// The active person behind a cookie token, or nil when it is unknown, expired or the
    /// person was deactivated.
    public func person(forSession token: String) async throws -> Person? {
        guard !token.isEmpty, token.count < 100 else { return nil }
        // One statement for the session and its person: every page starts here.
        guard let record = try await SessionRecord.query(on: db).join(Person.self, on: \SessionRecord.$person.$id == \Person.$id)
            .filter(\.$id == SecretToken.digest(token)).first() else {
            return nil
        }
        let person = try record.joined(Person.self)
        guard record.expiresAt > now(), person.active else {
            try await record.delete(on: db)
            return nil
        }
        return person
    }

    public func signOut(token: String) async throws {
        try await SessionRecord.query(on: db).filter(\.$id == SecretToken.digest(token)).delete()
    }

    /// Changes a password after checking the current one; other sessions of the person end.
    public func changePassword(of person: Person, current: String, new: String, keepingSession token: String?) async throws {
        guard let hash = person.passwordHash, try await passwords.verify(current, hash: hash) else {
            throw ValidationFailure([FieldError(.current, "That is not your current password")])
        }
        if let problem = Passwords.problem(with: new, email: person.email) {
            throw ValidationFailure([FieldError(.new, problem)])
        }
        try await setPassword(of: person, to: new, keepingSession: token)
    }

    /// Sets a password without the old one (setup, admin reset, CLI) and ends every session of
    /// the person except `token`. A temporary password (one an admin hands over) works for
    /// seven days and only to choose a new one; it is also e-mailed to the person (queued in the
    /// same transaction, and blanked from the outbox once sent).
    /// With `actor` (an admin issuing a password, the command line) the audit log notes that the
    /// password changed, never the password or its hash.
    /// `signInURL` (the installation's public sign-in address) goes in the e-mail when known.
    public func setPassword(of person: Person, to password: String, temporary: Bool = false, keepingSession token: String? = nil,
                            by actor: AuditActor? = nil, signInURL: String? = nil) async throws {
        person.passwordHash = try await passwords.hash(password)
        person.passwordExpiresAt = temporary ? now().addingTimeInterval(Accounts.temporaryPasswordLifetime) : nil
        person.failedSignIns = 0
        person.lockedUntil = nil
        let personID = try person.requireID()
        let keep = token.map(SecretToken.digest)
        let notice = temporary ? Accounts.temporaryPasswordNotice(for: person, password: password, signInURL: signInURL) : nil
        let notices = Notices(db: db, organizationID: person.$organization.id, now: now)
        try await db.transaction { db in
            try await person.save(on: db)
            if let notice { try await notices.post(notice, on: db) }
            let query = SessionRecord.query(on: db).filter(\.$person.$id == personID)
            if let keep { query.filter(\.$id != keep) }
            try await query.delete()
            let change = AuditChange(field: temporary ? "temporary password" : "password", before: nil, after: "changed")
            try await AuditLog.record(on: db, organizationID: person.$organization.id, actor: actor, .updated, .person,
                                      id: personID.uuidString, label: person.name, changes: [change])
        }
    }

    /// The inbox line never holds the password; only the e-mail does.
    static func temporaryPasswordNotice(for person: Person, password: String, signInURL: String? = nil) -> NewNotice {
        let title = "A temporary password was issued for you"
        let body = "An administrator issued a temporary password for your Crosswise account. "
            + "It works for seven days, and only to choose a new password."
        let text = "Hello \(person.firstName),\n\n\(body)\n\n"
            + "Sign in\(signInURL.map { " at \($0)" } ?? "") with your e-mail address (\(person.email)) and this password:\n\n    \(password)\n\n"
            + "If you did not expect this, tell your administrator." + NewNotice.footer
        return NewNotice(to: person.id!, kind: .temporaryPassword, title: title, body: body, subject: .account(person.id!),
                         email: .init(subject: "Your temporary Crosswise password", text: text, hasSecret: true))
    }

    public func removeExpiredSessions() async throws {
        try await SessionRecord.query(on: db).filter(\.$expiresAt < now()).delete()
        try await SignInFailures(db: db, now: now).removeOld()
        try await removeExpiredResets()
    }

    /// A bcrypt hash of a random string, checked when the e-mail is unknown or the account is
    /// locked, at the cost real hashes have, so those answers take as long as a wrong password.
    /// Made once per cost and process.
    static func decoyHash(cost: UInt8) -> String {
        decoys.withLockedValue { cache in
            if let known = cache[cost] { return known }
            let made = Bcrypt.hash(UUID().uuidString, cost: cost)
            cache[cost] = made
            return made
        }
    }

    private static let decoys = NIOLockedValueBox<[UInt8: String]>([:])
}
