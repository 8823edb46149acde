import FluentKit

/// Counts of message-check findings per person, day and check; API keys for the check API.
struct M005_CreateWritingChecks: AsyncMigration {
    var name: String { "M005_CreateWritingChecks" }

    func prepare(on database: any Database) async throws {
        try await database.schema(CheckCount.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("day", .string, .required)
            .field("check_id", .string, .required)
            .field("count", .int, .required)
            .unique(on: "person_id", "day", "check_id")
            .create()

        try await database.schema(APIToken.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("last_used_day", .string)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(APIToken.schema).delete()
        try await database.schema(CheckCount.schema).delete()
    }
}
