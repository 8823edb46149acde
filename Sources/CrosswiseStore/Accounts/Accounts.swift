import FluentKit
import Foundation
import HummingbirdBcrypt

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
        case wrongCredentials
        case locked(until: Date)
    }

    public func signIn(email: String, password: String) async throws -> SignInResult {
        let email = email.trimmingCharacters(in: .whitespaces).lowercased()
        let person = try await Person.query(on: db).filter(\.$email == email).filter(\.$active == true).first()
        guard let person, let hash = person.passwordHash else {
            _ = try await passwords.verify(password, hash: Accounts.decoyHash)
            return .wrongCredentials
        }
        if let until = person.lockedUntil, until > now() { return .locked(until: until) }
        guard try await passwords.verify(password, hash: hash) else {
            person.failedSignIns += 1
            if person.failedSignIns >= Accounts.maxFailures {
                person.lockedUntil = now().addingTimeInterval(Accounts.lockDuration)
                person.failedSignIns = 0
                try await person.save(on: db)
                return .locked(until: person.lockedUntil!)
            }
            try await person.save(on: db)
            return .wrongCredentials
        }
        person.failedSignIns = 0
        person.lockedUntil = nil
        try await person.save(on: db)
        return .signedIn(person: person, token: try await startSession(for: person))
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
        guard let record = try await SessionRecord.query(on: db).filter(\.$id == SecretToken.digest(token)).with(\.$person).first() else {
            return nil
        }
        guard record.expiresAt > now(), record.person.active else {
            try await record.delete(on: db)
            return nil
        }
        return record.person
    }

    public func signOut(token: String) async throws {
        try await SessionRecord.query(on: db).filter(\.$id == SecretToken.digest(token)).delete()
    }

    /// Changes a password after checking the current one; other sessions of the person end.
    public func changePassword(of person: Person, current: String, new: String, keepingSession token: String?) async throws {
        guard let hash = person.passwordHash, try await passwords.verify(current, hash: hash) else {
            throw ValidationFailure([FieldError("current", "That is not your current password")])
        }
        if let problem = Passwords.problem(with: new, email: person.email) {
            throw ValidationFailure([FieldError("new", problem)])
        }
        try await setPassword(of: person, to: new, keepingSession: token)
    }

    /// Sets a password without the old one (setup, admin reset, CLI) and ends every session of
    /// the person except `token`.
    public func setPassword(of person: Person, to password: String, keepingSession token: String? = nil) async throws {
        person.passwordHash = try await passwords.hash(password)
        person.failedSignIns = 0
        person.lockedUntil = nil
        let personID = try person.requireID()
        let keep = token.map(SecretToken.digest)
        try await db.transaction { db in
            try await person.save(on: db)
            let query = SessionRecord.query(on: db).filter(\.$person.$id == personID)
            if let keep { query.filter(\.$id != keep) }
            try await query.delete()
        }
    }

    public func removeExpiredSessions() async throws {
        try await SessionRecord.query(on: db).filter(\.$expiresAt < now()).delete()
    }

    /// A bcrypt hash of a random string, checked when the e-mail is unknown. Made once, on the
    /// first unknown e-mail, at the production cost.
    static let decoyHash = Bcrypt.hash(UUID().uuidString, cost: 12)
}
