import FluentKit
import Foundation

/// Sign-in attempts per client address, for throttling across every app server: a row is
/// written before the password is checked and removed when it was right, so what remains in
/// the window are failures (and attempts still running). Only a SHA-256 of the address is kept.
struct SignInFailures {
    let db: any Database
    let now: @Sendable () -> Date

    func begin(client: String) async throws -> SignInFailure {
        // This address's rows older than the window go first, so a long attack keeps at most a
        // window's worth of rows per address (the index is on client, at).
        try await SignInFailure.query(on: db).filter(\.$client == Self.key(client))
            .filter(\.$at <= now().addingTimeInterval(-Accounts.lockDuration)).delete()
        let row = SignInFailure(client: Self.key(client), at: now())
        try await row.create(on: db)
        return row
    }

    func count(client: String) async throws -> Int {
        try await SignInFailure.query(on: db).filter(\.$client == Self.key(client))
            .filter(\.$at > now().addingTimeInterval(-Accounts.lockDuration)).count()
    }

    func forgive(_ row: SignInFailure) async throws { try await row.delete(on: db) }

    func removeOld() async throws {
        try await SignInFailure.query(on: db).filter(\.$at <= now().addingTimeInterval(-Accounts.lockDuration)).delete()
    }

    /// Half of `SecretToken.digest`: enough to tell addresses apart, not enough to keep them.
    static func key(_ client: String) -> String { String(SecretToken.digest("sign-in|\(client)").prefix(32)) }
}

// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
final class SignInFailure: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"
    @ID(key: .id) var id: UUID?
    @Field(key: "client") var client: String
    @Field(key: "at") var at: Date

    init() {}
    init(client: String, at: Date) { self.client = client; self.at = at }
}

public enum AccountsError: Error { case needsSQL }
