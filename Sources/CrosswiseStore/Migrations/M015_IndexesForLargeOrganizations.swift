import FluentKit
import SQLKit

/// Indexes on the columns that pages filter and join on, for organizations of thousands: a
/// person's evidence, assessments and plans (GET /skills), their teams (every lead check), their
/// sessions (signing out everywhere), an organization's people and meetings. Without them each
/// of those read the whole table: 130,000 evidence rows at 10,000 people.
struct M015_IndexesForLargeOrganizations: AsyncMigration {
    var name: String { "M015_IndexesForLargeOrganizations" }

    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("people_organization", Person.schema, ["organization_id"]),
        ("people_site", Person.schema, ["site_id"]),
        ("team_memberships_person", TeamMembership.schema, ["person_id"]),
        ("sessions_person", SessionRecord.schema, ["person_id"]),
        ("assessments_person_status", Assessment.schema, ["person_id", "status"]),
        ("evidence_person_recorded", EvidenceRecord.schema, ["person_id", "recorded_at"]),
        ("development_plans_person", DevelopmentPlan.schema, ["person_id"]),
        ("plan_notes_plan", PlanNote.schema, ["plan_id"]),
        ("meetings_organization_starts", Meeting.schema, ["organization_id", "starts_at"]),
        ("meetings_series", Meeting.schema, ["series_id"]),
    ]

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes {
            var create = sql.create(index: index.name).on(index.table)
            for column in index.columns { create = create.column(column) }
            try await create.run()
        }
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        for index in Self.indexes { try await sql.drop(index: index.name).run() }
    }
}
