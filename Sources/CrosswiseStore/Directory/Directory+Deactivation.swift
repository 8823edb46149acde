import FluentKit
import Foundation

/// A record an admin may deactivate, for asking who it affects first.
public enum DeactivationTarget: Sendable, Equatable {
    case person(UUID), team(UUID), site(UUID), client(UUID)
}

extension Directory {
    /// The active people a deactivation concerns, by name: a team's members and leads, a
    /// person's leads (of every team they belong to), the people based at a site, and the leads
    /// of the teams that serve a client. The record itself (a person) is never among them.
    public func affected(byDeactivating target: DeactivationTarget) async throws -> [Person] {
        var ids: Set<UUID> = []
        switch target {
        case .team(let id):
            ids = Set(try await TeamMembership.query(on: db).filter(\.$team.$id == id).all().map { $0.$person.id })
        case .person(let id):
            let teams = try await TeamMembership.query(on: db).filter(\.$person.$id == id).all().map { $0.$team.id }
            if !teams.isEmpty {
                ids = Set(try await TeamMembership.query(on: db).filter(\.$team.$id ~~ teams).filter(\.$isLead == true).all().map { $0.$person.id })
            }
            ids.remove(id)
        case .site(let id):
            ids = Set(try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$site.$id == id).all().compactMap(\.id))
        case .client(let id):
            let teams = try await TeamClient.query(on: db).filter(\.$client.$id == id).all().map { $0.$team.id }
            if !teams.isEmpty {
                ids = Set(try await TeamMembership.query(on: db).filter(\.$team.$id ~~ teams).filter(\.$isLead == true).all().map { $0.$person.id })
            }
        }
        guard !ids.isEmpty else { return [] }
        return try await Person.query(on: db).filter(\.$id ~~ ids).filter(\.$organization.$id == organizationID)
            .filter(\.$active == true).filter(\.$erasedAt == nil).sort(\.$name).all()
    }
}
