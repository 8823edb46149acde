struct TodayArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Today", href: TodayRoute.today.path, section: .today) }

    func mount(on routes: inout Routes<TodayRoute>) {
        routes.on(.today, use: TodayController(services: services).today)
    }
}
