import FluentKit
import Foundation

/// One line of a person's inbox. It stays after it is read, until the cleanup job removes
/// read notices older than its horizon.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class InboxNotice: Model, @unchecked Sendable {
    public static let schema = "notices"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "person_id") public var person: Person
    /// `NoticeKind.rawValue`.
    @Field(key: "kind") public var kind: String
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    /// `NoticeSubject`: what the notice links to ("meeting", "plan", "account") and its id.
    @OptionalField(key: "subject_kind") public var subjectKind: String?
    @OptionalField(key: "subject_id") public var subjectID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "read_at") public var readAt: Date?
    /// Waiting for the person's next daily digest e-mail.
    @Field(key: "digest_pending") public var digestPending: Bool

    public init() {}

    public var noticeKind: NoticeKind? { NoticeKind(rawValue: kind) }
    public var subject: NoticeSubject? { NoticeSubject(kind: subjectKind, id: subjectID) }
}

/// How one person wants one kind of notice; without a row the kind's default applies.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class NoticePreference: Model, @unchecked Sendable {
    public static let schema = "notice_preferences"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    @Field(key: "kind") public var kind: String
    /// `NoticeDelivery.rawValue`.
    @Field(key: "delivery") public var delivery: String

    public init() {}
}

/// An e-mail waiting to be sent, written in the transaction of the change that caused it.
/// `OutboxWorker` leases it, sends it and marks it sent; a lease that runs out (the worker
/// died) lets another worker take it.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class OutboxMessage: Model, @unchecked Sendable {
    public static let schema = "outbox"

    @ID(key: .id) public var id: UUID?
    /// Whose admins see it on their outbox page.
    @OptionalParent(key: "organization_id") public var organization: Organization?
    /// Kept so that erasing a person can find their mail; nil once they are gone.
    @OptionalParent(key: "person_id") public var person: Person?
    @Field(key: "recipient") public var recipient: String
    @Field(key: "subject") public var subject: String
    @Field(key: "text") public var text: String
    @OptionalField(key: "calendar") public var calendar: String?
    @OptionalField(key: "calendar_method") public var calendarMethod: String?
    /// Stable across retries, so a receiving server can drop a second copy.
    @Field(key: "message_id") public var messageID: String
    /// The text holds a secret (a temporary password); it is blanked once sent or given up.
    @Field(key: "has_secret") public var hasSecret: Bool
    /// `OutboxState.rawValue`.
    @Field(key: "state") public var state: String
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "next_attempt_at") public var nextAttemptAt: Date
    @OptionalField(key: "lease_owner") public var leaseOwner: String?
    @OptionalField(key: "lease_until") public var leaseUntil: Date?
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "sent_at") public var sentAt: Date?
    /// The kind of the last failure ("timeout", "rejected"), never the server's words, which
    /// may quote the address.
    @OptionalField(key: "last_error") public var lastError: String?

    public init() {}
}

public enum OutboxState: String, Sendable, CaseIterable {
    case pending, sent, failed
    /// E-mail was off when the worker saw it.
    case skipped
}

/// A scheduled job's row: claimed by one process per due run.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class ScheduledJobRecord: Model, @unchecked Sendable {
    public static let schema = "scheduled_jobs"

    @ID(custom: "name", generatedBy: .user) public var id: String?
    @Field(key: "next_run_at") public var nextRunAt: Date
    @OptionalField(key: "last_started_at") public var lastStartedAt: Date?
    @OptionalField(key: "last_finished_at") public var lastFinishedAt: Date?
    /// "ok", or the kind of error the last run ended with.
    @OptionalField(key: "last_outcome") public var lastOutcome: String?
    @OptionalField(key: "lease_owner") public var leaseOwner: String?
    @OptionalField(key: "lease_until") public var leaseUntil: Date?

    public init() {}
}

/// The last local day (YYYY-MM-DD on the person's own clock) a digest was made for a person.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class DigestDay: Model, @unchecked Sendable {
    public static let schema = "digest_days"

    @ID(custom: "person_id", generatedBy: .user) public var id: UUID?
    @Field(key: "day") public var day: String

    public init() {}

    init(personID: UUID, day: String) {
        self.id = personID
        self.day = day
    }
}
