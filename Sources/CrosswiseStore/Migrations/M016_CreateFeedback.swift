import FluentKit
import SQLKit

/// Everyday feedback entries. Deleting a person (which erasure never does: it anonymises the
/// row) would take their entries along; erasure deletes them itself (`FeedbackData`).
struct M016_CreateFeedback: AsyncMigration {
    var name: String { "M016_CreateFeedback" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackEntry.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("giver_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("receiver_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("situation", .string, .required)
            .field("behaviour", .string, .required)
            .field("impact", .string, .required)
            .field("next_time", .string)
            .field("competency", .string)
            .field("visibility", .string, .required)
            .field("created_at", .datetime)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The received and given lists, newest first.
        try await sql.create(index: "feedback_entries_receiver_created").on(FeedbackEntry.schema).column("receiver_id").column("created_at").run()
        try await sql.create(index: "feedback_entries_giver_created").on(FeedbackEntry.schema).column("giver_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FeedbackEntry.schema).delete()
    }
}
