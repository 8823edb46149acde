import FluentKit
import SQLKit

/// Cultural briefs' records. Client notes: one per client, on top of its country's brief.
/// Erasing a person keeps the notes they wrote (they are the team's knowledge of a client, not
/// the person's data) and clears them as owner and reviewer (`ClientNotesData`). Culture
/// placements: a person's answers to "Know yourself" and the positions they give, one row per
/// person, deleted on erasure (`CulturePlacementData`).
struct M017_CreateCulture: AsyncMigration {
    var name: String { "M017_CreateCulture" }

    func prepare(on database: any Database) async throws {
        try await database.schema(ClientNote.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .field("names", .string, .required)
            .field("escalation", .string, .required)
            .field("topics", .string, .required)
            .field("other", .string, .required)
            .field("owner_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("reviewed_by_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("reviewed_at", .datetime, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "client_id")
            .create()
        try await database.schema(CulturePlacement.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("answers", .string, .required)
            .field("positions", .string, .required)
            .field("completed_at", .datetime, .required)
            .unique(on: "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CulturePlacement.schema).delete()
        try await database.schema(ClientNote.schema).delete()
    }
}
