import FluentKit
import SQLKit

/// Requests for feedback and the people asked in each (an answer is an ordinary feedback
/// entry, linked from the ask), and client feedback links with their answers and the
/// per-address attempt log.
struct M018_CreateFeedbackRequests: AsyncMigration {
    var name: String { "M018_CreateFeedbackRequests" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackRequest.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("asker_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("question", .string, .required)
            .field("competency", .string)
            .field("closed_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.schema(FeedbackAsk.schema)
            .id()
            .field("request_id", .uuid, .required, .references(FeedbackRequest.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("notice_due_at", .datetime, .required)
            .field("noticed_at", .datetime)
            .field("reminder_due_at", .datetime, .required)
            .field("reminded_at", .datetime)
            .field("entry_id", .uuid, .references(FeedbackEntry.schema, .id, onDelete: .setNull))
            .field("answered_at", .datetime)
            .unique(on: "request_id", "person_id")
            .create()
        try await database.schema(ClientFeedbackLink.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("created_by", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("client_name", .string, .required)
            .field("client_email", .string)
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(ClientFeedbackAnswer.schema)
            .id()
            .field("link_id", .uuid, .required, .references(ClientFeedbackLink.schema, .id, onDelete: .cascade))
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("client_name", .string, .required)
            .field("clarity", .int, .required)
            .field("responsiveness", .int, .required)
            .field("care", .int, .required)
            .field("comment", .string)
            .field("created_at", .datetime)
            .unique(on: "link_id")
            .create()
        try await database.schema(ClientLinkAttempt.schema)
            .id()
            .field("address_hash", .string, .required)
            .field("at", .datetime, .required)
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        // The asker's list, the asked person's list, and the job's two scans.
        try await sql.create(index: "feedback_requests_asker").on(FeedbackRequest.schema).column("asker_id").column("created_at").run()
        try await sql.create(index: "feedback_request_asks_person").on(FeedbackAsk.schema).column("person_id").run()
        try await sql.create(index: "feedback_request_asks_notice").on(FeedbackAsk.schema).column("noticed_at").column("notice_due_at").run()
        try await sql.create(index: "feedback_request_asks_reminder").on(FeedbackAsk.schema).column("reminded_at").column("reminder_due_at").run()
        try await sql.create(index: "client_feedback_links_person").on(ClientFeedbackLink.schema).column("person_id").run()
        try await sql.create(index: "client_feedback_answers_person").on(ClientFeedbackAnswer.schema).column("person_id").run()
        try await sql.create(index: "client_link_attempts_address").on(ClientLinkAttempt.schema).column("address_hash").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ClientLinkAttempt.schema).delete()
        try await database.schema(ClientFeedbackAnswer.schema).delete()
        try await database.schema(ClientFeedbackLink.schema).delete()
        try await database.schema(FeedbackAsk.schema).delete()
        try await database.schema(FeedbackRequest.schema).delete()
    }
}
