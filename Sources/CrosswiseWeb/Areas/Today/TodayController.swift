import CrosswiseStore
import Hummingbird

/// The first page after sign-in: a greeting in the person's own time, where they stand against
/// their shift, and the clocks of their teams and clients.
struct TodayController {
    let services: AppServices

    struct TodayView {
        let greeting: String
        let me: ClockView
        let zone: String
        let teams: [TeamClocks]
        let isAdmin: Bool
        let setUpTeams = AdminRoute.teams(.list).path
    }

    struct TeamClocks {
        let name, href: String
        /// The member cards, pre-rendered (see ClockHTML).
        let peopleHTML: String
        let clients: [ClockView]
        let workingNow, size: Int
        /// How many teammates are left out of a large team's cards; the team page lists all.
        let more: Int
        let hasMore: Bool
    }

    /// A large team shows this many cards on Today: you, the leads, then whoever is working now.
    /// Three hundred cards would bury the page; the team page has everyone.
    static let cardsPerTeam = 24

    @Sendable func today(request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = context.viewer else {
            return seeOther(try await Setup(db: services.db, passwords: services.passwords).isNeeded() ? AccountRoute.setup : .signIn)
        }
        let directory = services.directory(for: viewer)
        var reader = ClockReader(instant: services.now(), viewerZone: viewer.person.timeZone)
        let me = reader.clock(for: viewer.person, viewerID: viewer.personID)
        var teams: [TeamClocks] = []
        for (team, _) in try await directory.memberships(of: viewer.personID) {
            let teamID = try team.requireID()
            let people = try await directory.roster(of: teamID).map { reader.clock(for: $0, viewerID: viewer.personID) }
            let clients = try await directory.clients(of: teamID)
            let shown = TodayController.mostRelevant(people, limit: TodayController.cardsPerTeam)
            teams.append(TeamClocks(
                name: team.name, href: TeamRoute.team(teamID).path,
                peopleHTML: ClockHTML.cards(shown), clients: clients.map { reader.clock(for: $0) },
                workingNow: people.filter { $0.statusClass == "ok" }.count, size: people.count,
                more: people.count - shown.count, hasMore: people.count > shown.count))
        }
        let view = TodayView(greeting: "\(reader.local(viewer.person.timeZone).greeting), \(viewer.person.firstName)",
                             me: me, zone: viewer.person.timeZone, teams: teams, isAdmin: viewer.isAdmin)
        return services.page("today", title: "Today", view, context: context, request: request, section: .today)
    }

    /// You first, then leads, then people working now, then the rest; each group keeps the
    /// roster's order (by name).
    static func mostRelevant(_ clocks: [ClockView], limit: Int) -> [ClockView] {
        guard clocks.count > limit else { return clocks }
        func rank(_ clock: ClockView) -> Int { clock.isYou ? 0 : clock.isLead ? 1 : clock.statusClass == "ok" ? 2 : 3 }
        return Array(clocks.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.prefix(limit).map(\.element))
    }
}
