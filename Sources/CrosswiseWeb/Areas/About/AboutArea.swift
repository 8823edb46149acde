/// The About page and the health check: public, holding nothing about anyone.
struct AboutArea: Area {
    let services: AppServices

    func mount(on routes: inout Routes<AboutRoute>) {
        routes.on(.about, use: AboutController(services: services).show)
        routes.on(.health, use: HealthController(services: services).check)
    }
}
