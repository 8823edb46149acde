struct FeedbackArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Feedback", href: FeedbackRoute.home.path, section: .feedback) }

    func mount(on routes: inout Routes<FeedbackRoute>) {
        let controller = FeedbackController(services: services)
        routes.on(.home, use: controller.home)
        routes.on(.give, use: controller.give)
        routes.on(.send, use: controller.send)
        routes.on(FeedbackRoute.entry, use: controller.entry)
    }
}
