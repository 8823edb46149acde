struct CheckArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Check a message", href: CheckRoute.page.path, section: .check) }

    func mount(on routes: inout Routes<CheckRoute>) {
        let page = CheckController(services: services)
        routes.on(.page) { request, context in try await page.render(try context.requireViewer(), context: context, request: request) }
        routes.on(.check, use: page.check)
        routes.on(.api, use: CheckAPIController(services: services).check)
    }
}
