import FluentKit
import Foundation

extension Directory {
    /// Active clients served by the active teams the person belongs to, by name; what the
    /// culture pages call "your clients". Two statements: the person's teams, then their clients.
    public func clientsServed(by personID: UUID) async throws -> [Client] {
        let memberships = try await TeamMembership.query(on: db).filter(\.$person.$id == personID).with(\.$team).all()
        let teamIDs = memberships.map(\.team).filter { $0.active && $0.$organization.id == organizationID }.compactMap(\.id)
        guard !teamIDs.isEmpty else { return [] }
        let links = try await TeamClient.query(on: db).filter(\.$team.$id ~~ teamIDs).with(\.$client).all()
        var seen = Set<UUID>()
        return links.map(\.client).filter { $0.active && $0.$organization.id == organizationID && seen.insert($0.id!).inserted }
            .sorted { $0.name < $1.name }
    }

    /// The country the person works from: their site's, else their own.
    public func workCountry(of person: Person) async throws -> String {
        if let siteID = person.$site.id, let site = try await site(siteID), !site.country.isEmpty { return site.country }
        return person.country
    }
}
