import CrosswiseStore
import Culture
import Foundation
import Hummingbird
import Worldtime

/// Teams as everyone in the organization sees them: who is in each, where and when they work,
/// and which clients they serve. Editing is on the admin pages.
struct TeamController {
    let services: AppServices

    struct TeamRow { let name, href, site: String; let size: Int; let mine: Bool }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), directory = services.directory(for: viewer)
        let mine = Set(try await directory.memberships(of: viewer.personID).compactMap { $0.team.id })
        let sites = try await directory.siteNames()
        let teams = try await directory.teams(includeInactive: false)
        let counts = try await directory.memberCounts(of: teams)
        let rows = teams.map { team in
            TeamRow(name: team.name, href: TeamRoute.team(team.id!).path, site: team.$site.id.flatMap { sites[$0] } ?? "—",
                    size: counts[team.id!] ?? 0, mine: mine.contains(team.id!))
        }.sorted { ($0.mine ? 0 : 1, $0.name) < ($1.mine ? 0 : 1, $1.name) }
        struct View { let teams: [TeamRow]; let isAdmin: Bool; let newTeam = AdminRoute.teams(.new).path }
        return services.page("teams", title: "Teams", View(teams: rows, isAdmin: viewer.isAdmin), context: context, request: request, section: .team)
    }

    struct MemberRow { let clock: ClockView; let site, weekend, languages: String; let editHref: String? }
    struct ClientRow {
        let clock: ClockView; let country, regimes: String
        /// The client's note, for the people who may read it (this team's and admins), and its country's brief.
        var noteHref: String? = nil
        var briefHref: String? = nil
    }

    struct TeamView {
        let name, site: String
        /// The people table's rows, pre-rendered (see ClockHTML).
        let membersHTML: String
        let clients: [ClientRow]
        let editHref: String?
        let workingNow: Int
        let clockHref: String
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), directory = services.directory(for: viewer)
        let teamID = try context.requireUUID("id")
        guard let team = try await directory.team(teamID) else { throw HTTPError(.notFound) }
        let siteList = try await directory.sites()
        let sites = Dictionary(siteList.compactMap { s in s.id.map { ($0, s.name) } }, uniquingKeysWith: { a, _ in a })
        var reader = ClockReader(instant: services.now(), viewerZone: viewer.person.timeZone, sites: siteList)
        let canEditPeople = viewer.isAdmin || viewer.ledTeamIDs.contains(teamID)
        let members = try await directory.roster(of: teamID).map { entry in
            MemberRow(clock: reader.clock(for: entry, viewerID: viewer.personID), site: entry.siteID.flatMap { sites[$0] } ?? "—",
                      weekend: entry.weekend.isEmpty ? "none" : entry.weekend, languages: entry.languages,
                      editHref: canEditPeople ? AdminRoute.people(.edit(entry.id)).path : nil)
        }
        let readsNotes = viewer.isAdmin || members.contains { $0.clock.isYou }
        let clients = try await directory.clients(of: teamID).map { client in
            ClientRow(clock: reader.clock(for: client), country: Regions.countryName(client.country) ?? client.country,
                      regimes: client.regimeList.map(\.title).joined(separator: ", "),
                      noteHref: readsNotes ? CultureRoute.client(client.id!).path : nil,
                      briefHref: CultureBriefs.builtIn.country(client.country).map { CultureRoute.country($0.code).path })
        }
        let view = TeamView(
            name: team.name, site: team.$site.id.flatMap { sites[$0] } ?? "No home site",
            membersHTML: members.map(ClockHTML.row).joined(), clients: clients,
            editHref: viewer.isAdmin ? AdminRoute.teams(.edit(teamID)).path : nil,
            workingNow: members.filter { $0.clock.statusClass == "ok" }.count, clockHref: TeamRoute.clock(teamID).path)
        return services.page("team", title: team.name, view, context: context, request: request, section: .team)
    }
}
