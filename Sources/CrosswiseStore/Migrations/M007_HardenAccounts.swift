import FluentKit
import SQLKit

/// Temporary passwords that expire (`password_expires_at`, set while a password is one an
/// admin issued), sign-in failures per client address for throttling, and the setup claim that
/// lets only one of several concurrent setups through.
struct M007_HardenAccounts: AsyncMigration {
    var name: String { "M007_HardenAccounts" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Person.schema).field("password_expires_at", .datetime).update()
        try await database.schema(SignInFailure.schema)
            .id()
            .field("client", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.schema(SetupClaim.schema).field("claim", .string, .identifier(auto: false)).create()
        // An installation set up before this migration has its claim already.
        if try await Organization.query(on: database).count() > 0 { try await SetupClaim().create(on: database) }
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "sign_in_failures_client_at").on(SignInFailure.schema).column("client").column("at").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SetupClaim.schema).delete()
        try await database.schema(SignInFailure.schema).delete()
        try await database.schema(Person.schema).deleteField("password_expires_at").update()
    }
}
