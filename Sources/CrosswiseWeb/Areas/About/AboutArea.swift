struct AboutArea: Area {
    let services: AppServices

    func mount(on routes: inout Routes<AboutRoute>) {
        let about = AboutController(services: services)
        routes.on(.about, use: about.show)
        routes.on(.health, use: about.health)
    }
}
