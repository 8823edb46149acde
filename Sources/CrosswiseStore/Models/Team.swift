import FluentKit
import Foundation

/// A group of people who work together and serve the same clients.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class Team: Model, @unchecked Sendable {
    public static let schema = "teams"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @OptionalParent(key: "site_id") public var site: Site?
    @Field(key: "name") public var name: String
    @Field(key: "active") public var active: Bool

    public init() {}

    public init(id: UUID? = nil, organizationID: UUID, siteID: UUID?, name: String) {
        self.id = id
        self.$organization.id = organizationID
        self.$site.id = siteID
        self.name = name
        self.active = true
    }
}

/// A person's place in a team; `isLead` marks the people who coach and manage it.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class TeamMembership: Model, @unchecked Sendable {
    public static let schema = "team_memberships"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "team_id") public var team: Team
    @Parent(key: "person_id") public var person: Person
    @Field(key: "is_lead") public var isLead: Bool

    public init() {}

    public init(teamID: UUID, personID: UUID, isLead: Bool) {
        self.$team.id = teamID
        self.$person.id = personID
        self.isLead = isLead
    }
}

/// A client a team serves.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class TeamClient: Model, @unchecked Sendable {
    public static let schema = "team_clients"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "team_id") public var team: Team
    @Parent(key: "client_id") public var client: Client

    public init() {}

    public init(teamID: UUID, clientID: UUID) {
        self.$team.id = teamID
        self.$client.id = clientID
    }
}
