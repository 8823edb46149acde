import FluentKit
import Foundation

/// Account facts: whether a password is set and the lock state, never the hash; pending
/// reset links (counted, never their tokens) and the failed sign-ins counted against the account.
struct AccountData: PersonalDataArea {
    let section = "account"

    struct Account: Encodable, Sendable {
        let hasPassword: Bool
        let temporaryPasswordUntil: Date?
        let lockedUntil: Date?
        let pendingPasswordResetLinks: Int
        let signInFailures: SignInFailures
    }

    struct SignInFailures: Encodable, Sendable {
        let failedInARow: Int
        /// Failures per network address are kept apart from accounts: a hash of the address and
        /// a time, for fifteen minutes, with nothing that names a person.
        let perAddressNote: String
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let resets = try await PasswordReset.query(on: db).filter(\.$person.$id == person.requireID()).count()
        let failures = SignInFailures(
            failedInARow: person.failedSignIns,
            perAddressNote: "Failed sign-ins per network address are kept for 15 minutes as a hash of the address, linked to no account.")
        return Account(hasPassword: person.passwordHash != nil, temporaryPasswordUntil: person.passwordExpiresAt, lockedUntil: person.lockedUntil,
                       pendingPasswordResetLinks: resets, signInFailures: failures)
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await PasswordReset.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}

/// Signed-in browsers: when each began and until when it lasts, never the token.
struct SessionsData: PersonalDataArea {
    let section = "sessions"

    struct Session: Encodable, Sendable { let createdAt: Date?; let expiresAt: Date }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        try await SessionRecord.query(on: db).filter(\.$person.$id == person.requireID()).sort(\.$createdAt).all()
            .map { Session(createdAt: $0.createdAt, expiresAt: $0.expiresAt) }
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await SessionRecord.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}
