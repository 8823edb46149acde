import FluentKit
import SQLKit

/// Forgotten-password links (only their SHA-256) and the requests per address that throttle
/// them, the audit log, and the mark an erased person's row keeps.
struct M010_CreatePrivacy: AsyncMigration {
    var name: String { "M010_CreatePrivacy" }

    func prepare(on database: any Database) async throws {
        try await database.schema(PasswordReset.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(PasswordResetRequest.schema)
            .id()
            .field("address", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.schema(AuditEntry.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("actor_id", .uuid)
            .field("actor_role", .string)
            .field("actor_label", .string)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("entity_label", .string, .required)
            .field("changes", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.schema(Person.schema).field("erased_at", .datetime).update()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "password_resets_person").on(PasswordReset.schema).column("person_id").run()
        try await sql.create(index: "password_reset_requests_address_at").on(PasswordResetRequest.schema).column("address").column("at").run()
        // The log page (newest first per organization) and one record's history.
        try await sql.create(index: "audit_entries_organization_at").on(AuditEntry.schema).column("organization_id").column("at").run()
        try await sql.create(index: "audit_entries_entity").on(AuditEntry.schema).column("entity_type").column("entity_id").run()
        try await sql.create(index: "audit_entries_actor").on(AuditEntry.schema).column("actor_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Person.schema).deleteField("erased_at").update()
        for schema in [AuditEntry.schema, PasswordResetRequest.schema, PasswordReset.schema] {
            try await database.schema(schema).delete()
        }
    }
}
