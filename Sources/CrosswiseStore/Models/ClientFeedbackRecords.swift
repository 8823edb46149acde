import FluentKit
import Foundation

/// A secret link a person or their lead gives a client contact, who answers a short form
/// without an account. Only the SHA-256 of the secret is stored; the link works once, for
/// `ClientFeedbackLinks.lifetimeDays`, until it is revoked.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class ClientFeedbackLink: Model, @unchecked Sendable {
    public static let schema = "client_feedback_links"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    /// Whose feedback it is.
    @Parent(key: "person_id") public var person: Person
    /// The person or their lead; nil once the lead is erased.
    @OptionalParent(key: "created_by") public var createdBy: Person?
    @Field(key: "client_name") public var clientName: String
    @OptionalField(key: "client_email") public var clientEmail: String?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "expires_at") public var expiresAt: Date
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    @OptionalField(key: "used_at") public var usedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// What a client answered through a link: three ratings and an optional comment. One per
/// link (a unique key), so two tabs submitting at once store one answer.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class ClientFeedbackAnswer: Model, @unchecked Sendable {
    public static let schema = "client_feedback_answers"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "link_id") public var link: ClientFeedbackLink
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "person_id") public var person: Person
    @Field(key: "client_name") public var clientName: String
    @Field(key: "clarity") public var clarity: Int
    @Field(key: "responsiveness") public var responsiveness: Int
    @Field(key: "care") public var care: Int
    @OptionalField(key: "comment") public var comment: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}
}

/// One request to a client link page, by the SHA-256 of the caller's address (never the
/// address itself), for the per-address limit. Kept a day.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class ClientLinkAttempt: Model, @unchecked Sendable {
    public static let schema = "client_link_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "address_hash") public var addressHash: String
    @Field(key: "at") public var at: Date

    public init() {}
}
