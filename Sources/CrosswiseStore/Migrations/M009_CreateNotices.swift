import FluentKit
import SQLKit

/// The inbox, delivery preferences, the e-mail outbox, scheduled jobs and the digest's days.
struct M009_CreateNotices: AsyncMigration {
    var name: String { "M009_CreateNotices" }

    func prepare(on database: any Database) async throws {
        try await database.schema(InboxNotice.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("subject_kind", .string)
            .field("subject_id", .uuid)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .field("digest_pending", .bool, .required)
            .create()

        try await database.schema(NoticePreference.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("delivery", .string, .required)
            .unique(on: "person_id", "kind")
            .create()

        try await database.schema(OutboxMessage.schema)
            .id()
            .field("organization_id", .uuid, .references(Organization.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("text", .string, .required)
            .field("calendar", .string)
            .field("calendar_method", .string)
            .field("message_id", .string, .required)
            .field("has_secret", .bool, .required)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("lease_owner", .string)
            .field("lease_until", .datetime)
            .field("created_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("last_error", .string)
            .unique(on: "message_id")
            .create()

        try await database.schema(ScheduledJobRecord.schema)
            .field("name", .string, .identifier(auto: false))
            .field("next_run_at", .datetime, .required)
            .field("last_started_at", .datetime)
            .field("last_finished_at", .datetime)
            .field("last_outcome", .string)
            .field("lease_owner", .string)
            .field("lease_until", .datetime)
            .create()

        try await database.schema(DigestDay.schema)
            .field("person_id", .uuid, .identifier(auto: false), .references(Person.schema, .id, onDelete: .cascade))
            .field("day", .string, .required)
            .create()

        guard let sql = database as? any SQLDatabase else { return }
        // The unread count is on every page: one index range per person.
        try await sql.create(index: "notices_person_read").on(InboxNotice.schema).column("person_id").column("read_at").run()
        try await sql.create(index: "notices_person_created").on(InboxNotice.schema).column("person_id").column("created_at").run()
        try await sql.create(index: "notices_digest").on(InboxNotice.schema).column("digest_pending").column("person_id").run()
        try await sql.create(index: "notices_subject").on(InboxNotice.schema).column("subject_id").column("kind").run()
        // The worker's claim: pending rows that are due.
        try await sql.create(index: "outbox_state_due").on(OutboxMessage.schema).column("state").column("next_attempt_at").run()
    }

    func revert(on database: any Database) async throws {
        for schema in [DigestDay.schema, ScheduledJobRecord.schema, OutboxMessage.schema, NoticePreference.schema, InboxNotice.schema] {
            try await database.schema(schema).delete()
        }
    }
}
