struct FeedbackArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Feedback", href: FeedbackRoute.home.path, section: .feedback) }

    func mount(on routes: inout Routes<FeedbackRoute>) {
        let controller = FeedbackController(services: services)
        routes.on(.home, use: controller.home)
        routes.on(.give, use: controller.give)
        routes.on(.send, use: controller.send)
        routes.on(FeedbackRoute.entry, use: controller.entry)
        let requests = FeedbackRequestsController(services: services)
        routes.on(.ask, use: requests.ask)
        routes.on(.sendAsk, use: requests.send)
        routes.on(FeedbackRoute.request, use: requests.request)
        routes.on(FeedbackRoute.closeRequest, use: requests.close)
        routes.on(FeedbackRoute.addToPlan, use: controller.addToPlan)
        let clients = ClientLinksController(services: services)
        routes.on(.clients, use: clients.list)
        routes.on(.createClientLink, use: clients.create)
        routes.on(FeedbackRoute.revokeClientLink, use: clients.revoke)
        routes.on(.health, use: controller.health)
    }
}
