import CrosswiseStore
import Foundation
import Hummingbird

extension AppServices {
    /// A person the viewer may manage or coach: anyone in the organization for an admin, the
    /// people of the teams a lead leads, and the viewer themselves when `includingSelf`. Anyone
    /// else is 404, the same answer as for an id from another organization, so a page never
    /// confirms who exists. The people pages and the skills pages both ask here.
    func person(_ id: UUID, inReachOf viewer: Viewer, includingSelf: Bool = false) async throws -> Person {
        let directory = directory(for: viewer)
        guard let person = try await directory.person(id) else { throw HTTPError(.notFound) }
        if viewer.isAdmin || (includingSelf && id == viewer.personID) { return person }
        let theirTeams = try await directory.memberships(of: id).compactMap { $0.team.id }
        guard !Set(theirTeams).isDisjoint(with: viewer.ledTeamIDs) else { throw HTTPError(.notFound) }
        return person
    }
}
