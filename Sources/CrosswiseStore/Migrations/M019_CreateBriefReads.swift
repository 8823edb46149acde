import FluentKit

/// "I have read this brief": one row per person and brief (a country's, or a client's note),
/// so pressing it again counts nothing. Deleted on erasure with the person's other culture
/// records (`BriefReadsData`); a client's deletion takes its note's reads with it.
struct M019_CreateBriefReads: AsyncMigration {
    var name: String { "M019_CreateBriefReads" }

    func prepare(on database: any Database) async throws {
        try await database.schema(BriefRead.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("brief", .string, .required)
            .field("client_id", .uuid, .references(Client.schema, .id, onDelete: .cascade))
            .field("evidence", .bool, .required)
            .field("read_at", .datetime, .required)
            .unique(on: "person_id", "brief")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(BriefRead.schema).delete()
    }
}
