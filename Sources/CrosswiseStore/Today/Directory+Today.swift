import FluentKit
import Foundation

extension Directory {
    /// Active clients served by any of these teams, by name, each once: two statements.
    public func clients(ofTeams teamIDs: [UUID]) async throws -> [Client] {
        guard !teamIDs.isEmpty else { return [] }
        let links = try await TeamClient.query(on: db).filter(\.$team.$id ~~ teamIDs).with(\.$client).all()
        var seen = Set<UUID>()
        return links.map(\.client).filter { $0.active && $0.$organization.id == organizationID && seen.insert($0.id ?? UUID()).inserted }
            .sorted { $0.name < $1.name }
    }
}
