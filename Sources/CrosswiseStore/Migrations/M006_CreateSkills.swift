import FluentKit

/// The organization's framework versions, self-assessments in progress, evidence, career
/// choices, development plans and their check-ins.
struct M006_CreateSkills: AsyncMigration {
    var name: String { "M006_CreateSkills" }

    func prepare(on database: any Database) async throws {
        try await database.schema(FrameworkVersion.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("version", .int, .required)
            .field("content", .string, .required)
            .field("note", .string, .required)
            .field("author_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("created_at", .datetime)
            .unique(on: "organization_id", "version")
            .create()

        try await database.schema(Assessment.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("framework_version", .int, .required)
            .field("answers", .string, .required)
            .field("status", .string, .required)
            .field("started_at", .datetime)
            .field("updated_at", .datetime)
            .field("completed_at", .datetime)
            .create()

        try await database.schema(EvidenceRecord.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("competency_id", .string, .required)
            .field("level", .double, .required)
            .field("source", .string, .required)
            .field("batch", .uuid, .required)
            .field("recorded_by", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("framework_version", .int, .required)
            .field("comment", .string)
            .field("example", .string)
            .field("recorded_at", .datetime, .required)
            .create()

        try await database.schema(CareerChoice.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("current_role", .string, .required)
            .field("target_role", .string)
            .unique(on: "person_id")
            .create()

        try await database.schema(DevelopmentPlan.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("role_id", .string, .required)
            .field("status", .string, .required)
            .field("goals", .string, .required)
            .field("framework_version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()

        try await database.schema(PlanNote.schema)
            .id()
            .field("plan_id", .uuid, .required, .references(DevelopmentPlan.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .references(Person.schema, .id, onDelete: .setNull))
            .field("kind", .string, .required)
            .field("day", .string, .required)
            .field("text", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [PlanNote.schema, DevelopmentPlan.schema, CareerChoice.schema, EvidenceRecord.schema, Assessment.schema, FrameworkVersion.schema] {
            try await database.schema(schema).delete()
        }
    }
}
