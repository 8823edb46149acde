import FluentKit
import SQLKit

/// One row counting changes to the directory (people, teams, memberships, sites, clients).
/// Readers compare it with the version of what they cached; any process that writes, the web
/// app or the CLI, bumps it in the same transaction.
struct M003_CreateDirectoryVersion: AsyncMigration {
    var name: String { "M003_CreateDirectoryVersion" }

    func prepare(on database: any Database) async throws {
        try await database.schema("directory_version")
            .field("id", .int, .identifier(auto: false))
            .field("version", .int64, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.insert(into: "directory_version").columns("id", "version").values(SQLBind(1), SQLBind(Int64(1))).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("directory_version").delete()
    }
}
