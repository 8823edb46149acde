import CrosswiseStore
import Foundation
import Hummingbird

/// Teams: name, home site, leads, members and the clients they serve. Saving one shows the
/// team's own page, where its people and clocks are.
struct TeamsResource: AdminResource {
    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute { .teams(route) }
    static let words = ResourceWords(plural: "Teams", one: "team", intro: "Teams group the people who work together, their leads and the clients they serve.",
                                     columns: ["Team", "Home site", "People"])

    struct Listing: Sendable {
        let teams: [Team]
        let siteNames: [UUID: String]
        let memberCounts: [UUID: Int]
    }

    struct Options: Sendable {
        let people: [Person]
        let sites: [Site]
        let clients: [Client]
    }

    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> Listing {
        let teams = try await directory.teams()
        return Listing(teams: teams, siteNames: try await directory.siteNames(), memberCounts: try await directory.memberCounts(of: teams))
    }

    static func listPage(_ listing: Listing, viewer: Viewer, search: String) -> AdminListPage {
        AdminListPage(Self.self, rows: listing.teams.map { team in
            .init(Self.self, id: team.id!, title: team.name,
                  cells: [team.$site.id.flatMap { listing.siteNames[$0] } ?? "—", "\(listing.memberCounts[team.id!] ?? 0)"], inactive: !team.active)
        })
    }

    static let blank = TeamForm()

    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: TeamForm, active: Bool) {
        guard let detail = try await directory.teamDetail(id) else { throw HTTPError(.notFound) }
        let values = TeamForm(name: detail.team.name, siteID: detail.team.$site.id, leadIDs: detail.leads.compactMap(\.id),
                              memberIDs: detail.members.compactMap(\.id), clientIDs: detail.clients.compactMap(\.id))
        return (values, detail.team.active)
    }

    func options(_ directory: Directory, viewer: Viewer) async throws -> Options {
        Options(people: try await directory.people(includeInactive: false), sites: try await directory.sites(),
                clients: try await directory.clients(includeInactive: false))
    }

    static func fields(for viewer: Viewer) -> [FormField] { [AdminField.name, AdminField.site, AdminField.leads, AdminField.members, AdminField.clients] }

    static func inputs(_ values: TeamForm, options: Options, viewer: Viewer, errors: FormErrors) -> [FieldView] {
        func people(_ field: FormField, chosen: [UUID]) -> [Choice] {
            options.people.map { Choice($0.id!.uuidString, $0.name, selected: chosen.contains($0.id!), field: field.name) }
        }
        return [
            FieldView(AdminField.name, "Name", value: values.name, required: true, errors: errors),
            FieldView(AdminField.site, "Home site", kind: .select, options: Choices.sites(options.sites, selected: values.siteID), errors: errors),
            FieldView(AdminField.leads, "Leads", kind: .checkboxes, hint: "Leads coach the team and manage its people.",
                      options: people(AdminField.leads, chosen: values.leadIDs), errors: errors),
            FieldView(AdminField.members, "Members", kind: .checkboxes, options: people(AdminField.members, chosen: values.memberIDs), errors: errors),
            FieldView(AdminField.clients, "Clients served", kind: .checkboxes,
                      options: options.clients.map { Choice($0.id!.uuidString, $0.name, selected: values.clientIDs.contains($0.id!), field: AdminField.clients.name) },
                      errors: errors),
        ]
    }

    static func name(of values: TeamForm) -> String { values.name }

    static func read(_ form: FormData, stored: TeamForm?, id: UUID?, viewer: Viewer) -> TeamForm {
        TeamForm(name: form[AdminField.name.name], siteID: UUID(uuidString: form[AdminField.site.name]), leadIDs: form.uuids(AdminField.leads.name),
                 memberIDs: form.uuids(AdminField.members.name), clientIDs: form.uuids(AdminField.clients.name))
    }

    func save(_ values: TeamForm, id: UUID?, in directory: Directory) async throws -> any SiteRoute {
        TeamRoute.team(try await directory.saveTeam(values, id: id).requireID())
    }

    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer) async throws {
        try await directory.setActive(team: id, active)
    }
}

extension Directory {
    /// Site names by id, for lists that show where a team or person is based.
    func siteNames() async throws -> [UUID: String] {
        Dictionary(try await sites().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}
