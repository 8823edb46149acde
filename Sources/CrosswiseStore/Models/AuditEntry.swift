import FluentKit
import Foundation

/// One change an admin or lead (or the command line) made to the organization: who, what, when,
/// and each field before and after. Written in the transaction of the change it records.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class AuditEntry: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    /// The person who acted; their name is read when the log is shown, never copied here.
    @OptionalField(key: "actor_id") public var actorID: UUID?
    /// `Role` raw value at the time of the change.
    @OptionalField(key: "actor_role") public var actorRole: String?
    /// "command line", or "an erased person" once the actor was erased.
    @OptionalField(key: "actor_label") public var actorLabel: String?
    /// `AuditAction` raw value.
    @Field(key: "action") public var action: String
    /// `AuditSubject` raw value.
    @Field(key: "entity_type") public var entityType: String
    @Field(key: "entity_id") public var entityID: String
    /// The entity's name at the time, so the log reads well after a rename or a deletion.
    @Field(key: "entity_label") public var entityLabel: String
    /// `[AuditChange]` as JSON.
    @Field(key: "changes") public var changes: String
    @Field(key: "at") public var at: Date

    public init() {}

    init(organizationID: UUID, actor: AuditActor, action: AuditAction, subject: AuditSubject, entityID: String,
         label: String, changes: String, at: Date) {
        self.$organization.id = organizationID
        self.actorID = actor.personID
        self.actorRole = actor.role?.rawValue
        self.actorLabel = actor.label
        self.action = action.rawValue
        self.entityType = subject.rawValue
        self.entityID = entityID
        self.entityLabel = label
        self.changes = changes
        self.at = at
    }
}

public enum AuditAction: String, Codable, Sendable, CaseIterable {
    case created, updated, activated, deactivated, deleted, imported, erased
}

/// The kinds of record the audit log follows.
public enum AuditSubject: String, Codable, Sendable, CaseIterable {
    case person, team, site, client, framework
    case holidayCalendar = "holiday-calendar"
    case apiKey = "api-key"
    case clientNote = "client-note"
    /// A lead's client feedback link for a team member (a person's own links are not audited).
    case clientFeedbackLink = "client-feedback-link"
}

/// One field of a change. A value that must never be kept (a password) is recorded as
/// "changed" with no before.
public struct AuditChange: Codable, Sendable, Equatable {
    public var field: String
    public var before: String?
    public var after: String?

    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// The fields whose values differ, in the order of `after`; a new record (`before` nil)
    /// lists every field that has a value.
    static func diff(before: [(String, String)]?, after: [(String, String)]) -> [AuditChange] {
        guard let before else { return after.filter { !$0.1.isEmpty }.map { AuditChange(field: $0.0, before: nil, after: $0.1) } }
        let old = Dictionary(before, uniquingKeysWith: { a, _ in a })
        return after.compactMap { field, value in
            old[field] == value ? nil : AuditChange(field: field, before: old[field], after: value)
        }
    }
}
