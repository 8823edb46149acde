import FluentKit
import Foundation

/// One version of an organization's framework, stored whole as JSON. Versions are never
/// changed, only added, so an assessment's `framework_version` always finds the text it used.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class FrameworkVersion: Model, @unchecked Sendable {
    public static let schema = "framework_versions"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Field(key: "version") public var version: Int
    @Field(key: "content") public var content: String
    /// What changed, in the editor's words or the import's name.
    @Field(key: "note") public var note: String
    @OptionalParent(key: "author_id") public var author: Person?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    init(organizationID: UUID, version: Int, content: String, note: String, authorID: UUID?) {
        self.$organization.id = organizationID
        self.version = version
        self.content = content
        self.note = note
        self.$author.id = authorID
    }
}

/// A self-assessment, saved after every page so a person can stop and come back.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class Assessment: Model, @unchecked Sendable {
    public static let schema = "assessments"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    @Field(key: "framework_version") public var frameworkVersion: Int
    /// `AssessmentAnswers` as JSON.
    @Field(key: "answers") public var answers: String
    /// "in-progress" or "complete".
    @Field(key: "status") public var status: String
    @Timestamp(key: "started_at", on: .create) public var startedAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?
    @OptionalField(key: "completed_at") public var completedAt: Date?

    public init() {}

    init(personID: UUID, frameworkVersion: Int) {
        self.$person.id = personID
        self.frameworkVersion = frameworkVersion
        self.answers = "{\"frequencies\":{},\"choices\":{}}"
        self.status = "in-progress"
    }
}

/// A row of evidence: who, which competency, what level, from which source, when, against
/// which framework version. Profiles are computed from these rows only; later features
/// (peer reviews, practice records) add rows with their own source.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class EvidenceRecord: Model, @unchecked Sendable {
    public static let schema = "evidence"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    @Field(key: "competency_id") public var competencyID: String
    @Field(key: "level") public var level: Double
    @Field(key: "source") public var source: String
    @Field(key: "batch") public var batch: UUID
    @OptionalParent(key: "recorded_by") public var recordedBy: Person?
    @Field(key: "framework_version") public var frameworkVersion: Int
    @OptionalField(key: "comment") public var comment: String?
    @OptionalField(key: "example") public var example: String?
    @Field(key: "recorded_at") public var recordedAt: Date

    public init() {}

    init(personID: UUID, competencyID: String, level: Double, source: String, batch: UUID, recordedBy: UUID?,
         frameworkVersion: Int, comment: String? = nil, example: String? = nil, recordedAt: Date) {
        self.$person.id = personID
        self.competencyID = competencyID
        self.level = level
        self.source = source
        self.batch = batch
        self.$recordedBy.id = recordedBy
        self.frameworkVersion = frameworkVersion
        self.comment = comment
        self.example = example
        self.recordedAt = recordedAt
    }
}

/// The rung a person stands on and the one they aim for.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class CareerChoice: Model, @unchecked Sendable {
    public static let schema = "career_choices"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    @Field(key: "current_role") public var currentRole: String
    @OptionalField(key: "target_role") public var targetRole: String?

    public init() {}

    init(personID: UUID, currentRole: String, targetRole: String?) {
        self.$person.id = personID
        self.currentRole = currentRole
        self.targetRole = targetRole
    }
}

/// A development plan: goals generated from the profile, then edited by the person.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class DevelopmentPlan: Model, @unchecked Sendable {
    public static let schema = "development_plans"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    @Field(key: "role_id") public var roleID: String
    /// `PlanStatus` raw value.
    @Field(key: "status") public var status: String
    /// `[PlanGoal]` as JSON.
    @Field(key: "goals") public var goals: String
    @Field(key: "framework_version") public var frameworkVersion: Int
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    init(personID: UUID, roleID: String, goals: String, frameworkVersion: Int) {
        self.$person.id = personID
        self.roleID = roleID
        self.status = "draft"
        self.goals = goals
        self.frameworkVersion = frameworkVersion
    }
}

/// A dated check-in by the plan's owner, or a lead's comment on the plan.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class PlanNote: Model, @unchecked Sendable {
    public static let schema = "plan_notes"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "plan_id") public var plan: DevelopmentPlan
    @OptionalParent(key: "author_id") public var author: Person?
    /// "check-in" or "comment".
    @Field(key: "kind") public var kind: String
    /// ISO date the note is about, on the author's clock.
    @Field(key: "day") public var day: String
    @Field(key: "text") public var text: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    init(planID: UUID, authorID: UUID?, kind: String, day: String, text: String) {
        self.$plan.id = planID
        self.$author.id = authorID
        self.kind = kind
        self.day = day
        self.text = text
    }
}
