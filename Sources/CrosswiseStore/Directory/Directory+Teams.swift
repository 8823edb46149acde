import FluentKit
import Foundation

/// A team with the people and clients around it, for the team page and its edit form.
public struct TeamDetail: Sendable {
    public let team: Team
    public let site: Site?
    public let leads: [Person]
    public let members: [Person]
    public let clients: [Client]

    /// Leads first, then members, each by name.
    public var everyone: [Person] { leads + members }
}

extension Directory {
    public func teams(includeInactive: Bool = true) async throws -> [Team] {
        let query = Team.query(on: db).filter(\.$organization.$id == organizationID).sort(\.$name)
        if !includeInactive { query.filter(\.$active == true) }
        return try await query.all()
    }

    public func team(_ id: UUID) async throws -> Team? {
        try await Team.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).first()
    }

    public func teamDetail(_ id: UUID) async throws -> TeamDetail? {
        guard let team = try await team(id) else { return nil }
        let site = try await team.$site.get(on: db)
        let memberships = try await TeamMembership.query(on: db).filter(\.$team.$id == id).with(\.$person).all()
        let people = memberships.filter { $0.person.active }.sorted { $0.person.name < $1.person.name }
        let clientLinks = try await TeamClient.query(on: db).filter(\.$team.$id == id).with(\.$client).all()
        return TeamDetail(
            team: team, site: site,
            leads: people.filter(\.isLead).map(\.person),
            members: people.filter { !$0.isLead }.map(\.person),
            clients: clientLinks.map(\.client).filter(\.active).sorted { $0.name < $1.name })
    }

    /// Teams the person belongs to, and whether they lead each.
    public func memberships(of personID: UUID) async throws -> [(team: Team, isLead: Bool)] {
        let rows = try await TeamMembership.query(on: db).filter(\.$person.$id == personID).with(\.$team).all()
        return rows.filter { $0.team.$organization.id == organizationID && $0.team.active }
            .map { ($0.team, $0.isLead) }
            .sorted { $0.team.name < $1.team.name }
    }

    /// Member counts of the given teams, for the teams lists.
    public func memberCounts(of teams: [Team]) async throws -> [UUID: Int] {
        let teamIDs = teams.compactMap(\.id)
        guard !teamIDs.isEmpty else { return [:] }
        let rows = try await TeamMembership.query(on: db).filter(\.$team.$id ~~ teamIDs).all()
        return Dictionary(grouping: rows, by: { $0.$team.id }).mapValues(\.count)
    }

    @discardableResult
    public func saveTeam(_ form: TeamForm, id: UUID? = nil) async throws -> Team {
        var check = FieldChecker()
        let name = check.required(.name, form.name, label: "Name")
        if let siteID = form.siteID, try await site(siteID) == nil { check.add(.site, "That site is not in this organization") }
        let people = try await peopleIDs(form.leadIDs + form.memberIDs)
        if !Set(form.leadIDs + form.memberIDs).isSubset(of: people) { check.add(.members, "Some chosen people are not in this organization") }
        let clientIDs = Set(try await clients().compactMap(\.id))
        if !Set(form.clientIDs).isSubset(of: clientIDs) { check.add(.clients, "Some chosen clients are not in this organization") }
        try check.finish()
        let team = try await existing(id, find: team) ?? Team(organizationID: organizationID, siteID: nil, name: "")
        try await requireUniqueName(Team.self, name, except: team.id)
        let leads = Set(form.leadIDs)
        try await db.transaction { db in
            let before = try await team.id == nil ? nil : AuditFields.of(team, on: db)
            try await Directory(db: db, organizationID: organizationID).bumpVersion()
            team.name = name
            team.$site.id = form.siteID
            try await team.save(on: db)
            let teamID = try team.requireID()
            try await TeamMembership.query(on: db).filter(\.$team.$id == teamID).delete()
            for personID in Set(form.leadIDs + form.memberIDs) {
                try await TeamMembership(teamID: teamID, personID: personID, isLead: leads.contains(personID)).create(on: db)
            }
            try await TeamClient.query(on: db).filter(\.$team.$id == teamID).delete()
            for clientID in Set(form.clientIDs) {
                try await TeamClient(teamID: teamID, clientID: clientID).create(on: db)
            }
            try await audit(before == nil ? .created : .updated, .team, teamID, label: name,
                            AuditChange.diff(before: before, after: try await AuditFields.of(team, on: db)), on: db)
        }
        return team
    }

    /// `notices` (telling those it affects) are posted in the same transaction.
    public func setActive(team id: UUID, _ active: Bool, notifying notices: [NewNotice] = []) async throws {
        guard let team = try await team(id) else { throw DirectoryError.notFound }
        team.active = active
        try await db.transaction { db in
            try await Notices(db: db, organizationID: organizationID).post(notices, on: db)
            try await team.save(on: db)
            try await Directory(db: db, organizationID: organizationID).bumpVersion()
            try await audit(active ? .activated : .deactivated, .team, id, label: team.name, [], on: db)
        }
    }

    func peopleIDs(_ ids: [UUID]) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        let found = try await Person.query(on: db).filter(\.$id ~~ ids).filter(\.$organization.$id == organizationID).all()
        return Set(found.compactMap(\.id))
    }
}

extension Directory {
    /// Active clients a team serves, by name.
    public func clients(of teamID: UUID) async throws -> [Client] {
        let links = try await TeamClient.query(on: db).filter(\.$team.$id == teamID).with(\.$client).all()
        return links.map(\.client).filter { $0.active && $0.$organization.id == organizationID }.sorted { $0.name < $1.name }
    }
}
