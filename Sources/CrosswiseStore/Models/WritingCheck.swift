import FluentKit
import Foundation

/// How often a check fired for a person on a day: the only trace a message check leaves. The
/// message itself is never stored; these counts are the person's evidence for coaching.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class CheckCount: Model, @unchecked Sendable {
    public static let schema = "check_counts"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    /// ISO date on the person's own clock, "2026-11-23".
    @Field(key: "day") public var day: String
    @Field(key: "check_id") public var checkID: String
    @Field(key: "count") public var count: Int

    public init() {}

    public init(personID: UUID, day: String, checkID: String, count: Int) {
        self.$person.id = personID
        self.day = day
        self.checkID = checkID
        self.count = count
    }
}

/// A key an admin issues so another tool (a CRM, a ticketing system, a browser extension) can
/// call the check API for the organization. Only the SHA-256 of the key is kept.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class APIToken: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    /// The first characters, so an admin can tell keys apart without seeing them.
    @Field(key: "prefix") public var prefix: String
    @OptionalField(key: "last_used_day") public var lastUsedDay: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(organizationID: UUID, name: String, tokenHash: String, prefix: String) {
        self.$organization.id = organizationID
        self.name = name
        self.tokenHash = tokenHash
        self.prefix = prefix
    }
}
