import FluentKit
import Foundation

/// What one client prefers, on top of its country's brief: written by the people on the teams
/// that serve the client (and admins), with an owner who keeps it true and the day it was last
/// reviewed. One note per client; its history is in the audit log (`AuditSubject.clientNote`).
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class ClientNote: Model, @unchecked Sendable {
    public static let schema = "client_notes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "client_id") public var client: Client
    /// Names, titles and how formal to be.
    @Field(key: "names") public var names: String
    /// Who to go to when something is late or wrong, in which order.
    @Field(key: "escalation") public var escalation: String
    /// Topics they like and topics to keep away from.
    @Field(key: "topics") public var topics: String
    @Field(key: "other") public var other: String
    /// Who keeps the note true; nil once that person is erased, until someone takes it over.
    @OptionalParent(key: "owner_id") public var owner: Person?
    @OptionalParent(key: "reviewed_by_id") public var reviewedBy: Person?
    @Field(key: "reviewed_at") public var reviewedAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    init(organizationID: UUID, clientID: UUID) {
        self.$organization.id = organizationID
        self.$client.id = clientID
        names = ""; escalation = ""; topics = ""; other = ""
        reviewedAt = Date()
    }

    /// A note unreviewed for this long says it is due for review.
    public static let reviewEvery: TimeInterval = 180 * 86_400

    public func isDue(at now: Date) -> Bool { now.timeIntervalSince(reviewedAt) > Self.reviewEvery }

    /// The parts as the audit log records them.
    var auditFields: [(String, String)] {
        [("names", names), ("escalation", escalation), ("topics", topics), ("other", other), ("owner", $owner.id?.uuidString ?? "")]
    }
}
