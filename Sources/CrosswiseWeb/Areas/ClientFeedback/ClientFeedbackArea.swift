/// The client feedback page: no navigation entry, nobody signed in needs it.
struct ClientFeedbackArea: Area {
    let services: AppServices

    func mount(on routes: inout Routes<ClientFeedbackRoute>) {
        let controller = ClientFeedbackController(services: services)
        routes.on(.form(token: "sample"), use: controller.form)
        routes.on(.answer(token: "sample"), use: controller.answer)
    }
}
