import CrosswiseStore
import Foundation
import Hummingbird

/// Teams: name, home site, leads, members and the clients they serve. Saving one shows the
/// team's own page, where its people and clocks are.
struct TeamsResource: AdminResource {
    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute { .teams(route) }
    static let words: ResourceWords = (
        plural: "Teams", one: "team",
        intro: "Teams group the people who work together, their leads and the clients they serve.", columns: ["Team", "Home site", "People"])

    typealias Listing = (teams: [Team], siteNames: [UUID: String], memberCounts: [UUID: Int])
    typealias Options = (people: [Person], sites: [Site], clients: [Client])

    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> Listing {
        let teams = try await directory.teams()
        return (teams, try await directory.siteNames(), try await directory.memberCounts(of: teams))
    }

    static func listPage(_ listing: Listing, viewer: Viewer, search: String) -> AdminListPage {
        AdminListPage(Self.self, rows: listing.teams.map { team in
            .init(title: team.name, href: route(.edit(team.id!)).path,
                  cells: [team.$site.id.flatMap { listing.siteNames[$0] } ?? "—", "\(listing.memberCounts[team.id!] ?? 0)"], inactive: !team.active)
        })
    }

    static let blank = TeamForm()

    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: TeamForm, active: Bool) {
        guard let detail = try await directory.teamDetail(id) else { throw HTTPError(.notFound) }
        return (TeamForm(name: detail.team.name, siteID: detail.team.$site.id, leadIDs: detail.leads.compactMap(\.id),
                         memberIDs: detail.members.compactMap(\.id), clientIDs: detail.clients.compactMap(\.id)), detail.team.active)
    }

    func options(_ directory: Directory, viewer: Viewer) async throws -> Options {
        (try await directory.people(includeInactive: false), try await directory.sites(), try await directory.clients(includeInactive: false))
    }

    static func inputs(_ values: TeamForm, options: Options, viewer: Viewer, errors: FormErrors) -> [FieldView] {
        let people = options.people.map { ($0.id!, $0.name) }
        return [
            FieldView(AdminField.name, "Name", value: values.name, required: true, errors: errors),
            FieldView(AdminField.site, "Home site", kind: .select, options: Choices.sites(options.sites, selected: values.siteID), errors: errors),
            AdminField.checkboxes(AdminField.leads, "Leads", hint: "Leads coach the team and manage its people.", people, chosen: values.leadIDs, errors: errors),
            AdminField.checkboxes(AdminField.members, "Members", people, chosen: values.memberIDs, errors: errors),
            AdminField.checkboxes(AdminField.clients, "Clients served", options.clients.map { ($0.id!, $0.name) }, chosen: values.clientIDs, errors: errors),
        ]
    }

    static func read(_ form: FormData, stored: TeamForm?, id: UUID?, viewer: Viewer) -> TeamForm {
        TeamForm(name: form[AdminField.name.name], siteID: UUID(uuidString: form[AdminField.site.name]), leadIDs: form.uuids(AdminField.leads.name),
                 memberIDs: form.uuids(AdminField.members.name), clientIDs: form.uuids(AdminField.clients.name))
    }

    func save(_ values: TeamForm, id: UUID?, in directory: Directory) async throws -> UUID {
        try await directory.saveTeam(values, id: id).requireID()
    }
    static func next(after saved: UUID) -> any SiteRoute { TeamRoute.team(saved) }

    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer, notifying notices: [NewNotice]) async throws {
        try await directory.setActive(team: id, active, notifying: notices)
    }

    func label(_ id: UUID, in directory: Directory) async throws -> String? { try await directory.team(id)?.name }
    static func deactivationTarget(_ id: UUID) -> DeactivationTarget { .team(id) }
}

extension Directory {
    /// Site names by id, for lists that show where a team or person is based.
    func siteNames() async throws -> [UUID: String] {
        Dictionary(try await sites().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}
