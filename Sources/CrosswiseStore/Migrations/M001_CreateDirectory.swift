import FluentKit

/// Organizations, sites, teams, people, clients and who belongs where.
struct M001_CreateDirectory: AsyncMigration {
    var name: String { "M001_CreateDirectory" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Organization.schema)
            .id()
            .field("name", .string, .required)
            .field("is_demo", .bool, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(Site.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("city", .string, .required)
            .field("country", .string, .required)
            .field("time_zone", .string, .required)
            .field("active", .bool, .required)
            .unique(on: "organization_id", "name")
            .create()

        try await database.schema(Team.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("site_id", .uuid, .references(Site.schema, .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("active", .bool, .required)
            .unique(on: "organization_id", "name")
            .create()

        try await database.schema(Person.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("site_id", .uuid, .references(Site.schema, .id, onDelete: .setNull))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("role", .string, .required)
            .field("time_zone", .string, .required)
            .field("country", .string, .required)
            .field("subdivision", .string)
            .field("working_hours", .string, .required)
            .field("weekend", .string, .required)
            .field("languages", .string, .required)
            .field("password_hash", .string)
            .field("failed_sign_ins", .int, .required)
            .field("locked_until", .datetime)
            .field("active", .bool, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()

        try await database.schema(TeamMembership.schema)
            .id()
            .field("team_id", .uuid, .required, .references(Team.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("is_lead", .bool, .required)
            .unique(on: "team_id", "person_id")
            .create()

        try await database.schema(Client.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("country", .string, .required)
            .field("time_zone", .string, .required)
            .field("business_hours", .string, .required)
            .field("regimes", .string, .required)
            .field("active", .bool, .required)
            .unique(on: "organization_id", "name")
            .create()

        try await database.schema(TeamClient.schema)
            .id()
            .field("team_id", .uuid, .required, .references(Team.schema, .id, onDelete: .cascade))
            .field("client_id", .uuid, .required, .references(Client.schema, .id, onDelete: .cascade))
            .unique(on: "team_id", "client_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [TeamClient.schema, Client.schema, TeamMembership.schema, Person.schema, Team.schema, Site.schema, Organization.schema] {
            try await database.schema(schema).delete()
        }
    }
}
