import FluentKit
import Foundation

/// A question someone asks one or more colleagues ("How did I handle the escalation call on
/// Tuesday?"), optionally about one competency. Closing it stops reminders and answers.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class FeedbackRequest: Model, @unchecked Sendable {
    public static let schema = "feedback_requests"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "asker_id") public var asker: Person
    @Field(key: "question") public var question: String
    @OptionalField(key: "competency") public var competency: String?
    @OptionalField(key: "closed_at") public var closedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public var isOpen: Bool { closedAt == nil }
}

/// One person asked in a request, with when their notice and their one reminder are due (both
/// at the start of their own shift, worked out when the request is made) and the answer that
/// closed their part. The job posts what is due; a posted time is never posted again.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class FeedbackAsk: Model, @unchecked Sendable {
    public static let schema = "feedback_request_asks"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "request_id") public var request: FeedbackRequest
    @Parent(key: "person_id") public var person: Person
    @Field(key: "notice_due_at") public var noticeDueAt: Date
    @OptionalField(key: "noticed_at") public var noticedAt: Date?
    @Field(key: "reminder_due_at") public var reminderDueAt: Date
    @OptionalField(key: "reminded_at") public var remindedAt: Date?
    /// The feedback entry that answered; nil while unanswered.
    @OptionalParent(key: "entry_id") public var entry: FeedbackEntry?
    @OptionalField(key: "answered_at") public var answeredAt: Date?

    public init() {}
}
