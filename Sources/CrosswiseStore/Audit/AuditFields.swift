import FluentKit
import Foundation

/// The fields of each audited record as the log shows them: names rather than ids (a site, a
/// team's leads), and never a password hash.
enum AuditFields {
    typealias Fields = [(String, String)]

    static func of(_ site: Site) -> Fields {
        [("name", site.name), ("city", site.city), ("country", site.country), ("time zone", site.timeZone)]
    }

    static func of(_ client: Client) -> Fields {
        [("name", client.name), ("country", client.country), ("time zone", client.timeZone),
         ("business hours", client.businessHours), ("regimes", client.regimes)]
    }

    static func of(_ person: Person, on db: any Database) async throws -> Fields {
        let site = try await siteName(person.$site.id, on: db)
        let teams = try await TeamMembership.query(on: db).filter(\.$person.$id == person.requireID()).with(\.$team).all()
        return [("name", person.name), ("email", person.email), ("role", person.role.rawValue), ("site", site),
                ("time zone", person.timeZone), ("country", person.country), ("subdivision", person.subdivision ?? ""),
                ("working hours", person.workingHours), ("weekend", person.weekend), ("languages", person.languages),
                ("teams", teams.map(\.team.name).sorted().joined(separator: ", "))]
    }

    private static func siteName(_ id: UUID?, on db: any Database) async throws -> String {
        guard let id else { return "" }
        return try await Site.find(id, on: db)?.name ?? ""
    }

    static func of(_ team: Team, on db: any Database) async throws -> Fields {
        let site = try await siteName(team.$site.id, on: db)
        let teamID = try team.requireID()
        let memberships = try await TeamMembership.query(on: db).filter(\.$team.$id == teamID).with(\.$person).all()
        let clients = try await TeamClient.query(on: db).filter(\.$team.$id == teamID).with(\.$client).all()
        func names(_ rows: [TeamMembership]) -> String { rows.map(\.person.name).sorted().joined(separator: ", ") }
        return [("name", team.name), ("site", site), ("leads", names(memberships.filter(\.isLead))),
                ("members", names(memberships.filter { !$0.isLead })),
                ("clients", clients.map(\.client.name).sorted().joined(separator: ", "))]
    }
}
