struct TeamArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Team", href: TeamRoute.list.path, section: .team) }

    func mount(on routes: inout Routes<TeamRoute>) {
        let teams = TeamController(services: services)
        routes.on(.list, use: teams.list)
        routes.on(TeamRoute.team, use: teams.show)
        routes.on(TeamRoute.clock, use: WorldClockController(services: services).show)
    }
}
