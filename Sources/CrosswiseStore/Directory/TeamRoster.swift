import FluentKit
import Foundation
import SQLKit

/// A team member as clocks need them: the fields the Today and team pages show, read with one
/// joined SQL query.
///
/// Fluent builds a model through reflection for every row; for a 300-person team that was most
/// of the page's time. This plain struct is decoded column by column instead.
public struct RosterEntry: Sendable {
    public let id: UUID
    public let name: String
    public let timeZone: String
    public let workingHours: String
    public let weekend: String
    public let languages: String
    public let siteID: UUID?
    public let isLead: Bool
    /// Where their public holidays come from.
    public let country: String
    public let subdivision: String?
}

extension RosterEntry {
    /// The same fields for a person already loaded (the viewer, who may be in no team).
    public init(person: Person, isLead: Bool = false) throws {
        self.init(id: try person.requireID(), name: person.name, timeZone: person.timeZone, workingHours: person.workingHours,
                  weekend: person.weekend, languages: person.languages, siteID: person.$site.id, isLead: isLead,
                  country: person.country, subdivision: person.subdivision)
    }
}

extension Directory {
    /// Active members of a team of this organization, leads first, then by name.
    public func roster(of teamID: UUID) async throws -> [RosterEntry] {
        guard let rosters else { return try await loadRoster(of: teamID) }
        return try await rosters.roster(of: teamID, version: try await version()) { try await loadRoster(of: teamID) }
    }

    /// The rosters of several teams, checking the directory version once.
    public func rosters(of teamIDs: [UUID]) async throws -> [UUID: [RosterEntry]] {
        var result: [UUID: [RosterEntry]] = [:]
        guard !teamIDs.isEmpty else { return result }
        let version = rosters == nil ? 0 : try await version()
        for teamID in teamIDs {
            if let rosters {
                result[teamID] = try await rosters.roster(of: teamID, version: version) { try await loadRoster(of: teamID) }
            } else {
                result[teamID] = try await loadRoster(of: teamID)
            }
        }
        return result
    }

    func loadRoster(of teamID: UUID) async throws -> [RosterEntry] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let rows = try await sql.select()
            .column(SQLColumn("id", table: "p"))
            .column(SQLColumn("name", table: "p"))
            .column(SQLColumn("time_zone", table: "p"))
            .column(SQLColumn("working_hours", table: "p"))
            .column(SQLColumn("weekend", table: "p"))
            .column(SQLColumn("languages", table: "p"))
            .column(SQLColumn("site_id", table: "p"))
            .column(SQLColumn("country", table: "p"))
            .column(SQLColumn("subdivision", table: "p"))
            .column(SQLColumn("is_lead", table: "m"))
            .from(SQLAlias(SQLIdentifier(TeamMembership.schema), as: SQLIdentifier("m")))
            .join(SQLAlias(SQLIdentifier(Person.schema), as: SQLIdentifier("p")), method: SQLJoinMethod.inner,
                  on: SQLColumn("id", table: "p"), .equal, SQLColumn("person_id", table: "m"))
            .where(SQLColumn("team_id", table: "m"), .equal, SQLBind(teamID))
            .where(SQLColumn("organization_id", table: "p"), .equal, SQLBind(organizationID))
            .where(SQLColumn("active", table: "p"), .equal, SQLBind(true))
            .all()
        return try rows.map { row in
            RosterEntry(
                id: try row.decode(column: "id", as: UUID.self),
                name: try row.decode(column: "name", as: String.self),
                timeZone: try row.decode(column: "time_zone", as: String.self),
                workingHours: try row.decode(column: "working_hours", as: String.self),
                weekend: try row.decode(column: "weekend", as: String.self),
                languages: try row.decode(column: "languages", as: String.self),
                siteID: try row.decode(column: "site_id", as: UUID?.self),
                isLead: try row.decode(column: "is_lead", as: Bool.self),
                country: try row.decode(column: "country", as: String.self),
                subdivision: try row.decode(column: "subdivision", as: String?.self))
        }.sorted { ($0.isLead ? 0 : 1, $0.name) < ($1.isLead ? 0 : 1, $1.name) }
    }
}
