import FluentKit
import Foundation

extension Directory {
    /// The active people of several teams, by name, and who is in which team: two statements
    /// whatever the number of teams, for pages that show people team by team.
    public func members(ofTeams teamIDs: [UUID]) async throws -> (people: [Person], byTeam: [UUID: [UUID]]) {
        guard !teamIDs.isEmpty else { return ([], [:]) }
        let links = try await TeamMembership.query(on: db).filter(\.$team.$id ~~ teamIDs).all()
        let ids = Array(Set(links.map { $0.$person.id }))
        guard !ids.isEmpty else { return ([], [:]) }
        let people = try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$erasedAt == nil)
            .filter(\.$active == true).filter(\.$id ~~ ids).sort(\.$name).all()
        let known = Set(people.compactMap(\.id))
        var byTeam: [UUID: [UUID]] = [:]
        for link in links where known.contains(link.$person.id) { byTeam[link.$team.id, default: []].append(link.$person.id) }
        return (people, byTeam)
    }

    /// Active clients served by any of these teams, by name, each once: two statements.
    public func clients(ofTeams teamIDs: [UUID]) async throws -> [Client] {
        guard !teamIDs.isEmpty else { return [] }
        let links = try await TeamClient.query(on: db).filter(\.$team.$id ~~ teamIDs).with(\.$client).all()
        var seen = Set<UUID>()
        return links.map(\.client).filter { $0.active && $0.$organization.id == organizationID && seen.insert($0.id ?? UUID()).inserted }
            .sorted { $0.name < $1.name }
    }
}
