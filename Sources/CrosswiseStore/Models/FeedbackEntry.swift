import FluentKit
import Foundation

/// One piece of everyday feedback: praise or a suggestion from one person to another, written
/// as situation, behaviour and impact (and, for a suggestion, what to try next time). Who may
/// read it is chosen when it is sent and never changes, so a giver's promise holds.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class FeedbackEntry: Model, @unchecked Sendable {
    public static let schema = "feedback_entries"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "giver_id") public var giver: Person
    @Parent(key: "receiver_id") public var receiver: Person
    /// `FeedbackKind` raw value.
    @Field(key: "kind") public var kind: String
    @Field(key: "situation") public var situation: String
    @Field(key: "behaviour") public var behaviour: String
    @Field(key: "impact") public var impact: String
    /// Only for a suggestion.
    @OptionalField(key: "next_time") public var nextTime: String?
    /// A framework competency's id, when the giver tied it to one.
    @OptionalField(key: "competency") public var competency: String?
    /// `FeedbackVisibility` raw value.
    @Field(key: "visibility") public var visibility: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    init(organizationID: UUID, giverID: UUID, receiverID: UUID, draft: FeedbackDraft.Checked) {
        self.$organization.id = organizationID
        self.$giver.id = giverID
        self.$receiver.id = receiverID
        kind = draft.kind.rawValue
        situation = draft.situation
        behaviour = draft.behaviour
        impact = draft.impact
        nextTime = draft.nextTime
        competency = draft.competency
        visibility = draft.visibility.rawValue
    }

    public var feedbackKind: FeedbackKind { FeedbackKind(rawValue: kind) ?? .praise }
    public var feedbackVisibility: FeedbackVisibility { FeedbackVisibility(rawValue: visibility) ?? .personOnly }
}

public enum FeedbackKind: String, Sendable, CaseIterable, Codable {
    case praise, suggestion

    public var label: String {
        switch self {
        case .praise: "Praise"
        case .suggestion: "Suggestion"
        }
    }
}

/// Who besides the giver reads an entry. Admins are never in it: they run the site, they do
/// not read what colleagues write to each other.
public enum FeedbackVisibility: String, Sendable, CaseIterable, Codable {
    case personOnly = "person", personAndLeads = "person-and-leads"

    public var label: String {
        switch self {
        case .personOnly: "Only the person"
        case .personAndLeads: "The person and their leads"
        }
    }
}
