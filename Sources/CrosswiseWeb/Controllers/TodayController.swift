import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// The first page after sign-in: a greeting in the person's own time, where they stand against
/// their shift, and the clocks of their teams and clients.
struct TodayController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/", use: today)
    }

    struct TodayView {
        let greeting: String
        let me: ClockView
        let zone: String
        let teams: [TeamClocks]
        let hasTeams: Bool
        let isAdmin: Bool
        let needsPassword: Bool
    }

    struct TeamClocks {
        let name: String
        let href: String
        let people: [ClockView]
        let clients: [ClockView]
        let workingNow: Int
        let size: Int
    }

    @Sendable func today(request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = context.viewer else {
            if try await Setup(db: services.db, passwords: services.passwords).isNeeded() { return seeOther("/setup") }
            return seeOther("/signin")
        }
        let directory = services.directory(for: viewer)
        var reader = ClockReader(instant: services.now(), viewerZone: viewer.person.timeZone)
        let me = reader.clock(for: viewer.person, viewerID: viewer.personID)
        var teams: [TeamClocks] = []
        for (team, _) in try await directory.memberships(of: viewer.personID) {
            guard let detail = try await directory.teamDetail(team.requireID()) else { continue }
            let leads = Set(detail.leads.compactMap(\.id))
            let people = detail.everyone.map { reader.clock(for: $0, viewerID: viewer.personID, isLead: leads.contains($0.id!)) }
            teams.append(TeamClocks(
                name: team.name, href: "/teams/\(try team.requireID())",
                people: people, clients: detail.clients.map { reader.clock(for: $0) },
                workingNow: people.filter { $0.statusClass == "ok" }.count, size: people.count))
        }
        let local = reader.local(viewer.person.timeZone)
        let view = TodayView(
            greeting: "\(local.greeting), \(viewer.person.firstName)",
            me: me, zone: viewer.person.timeZone, teams: teams, hasTeams: !teams.isEmpty,
            isAdmin: viewer.isAdmin, needsPassword: false)
        return services.page("today", title: "Today", view, context: context, request: request, section: .today)
    }
}
