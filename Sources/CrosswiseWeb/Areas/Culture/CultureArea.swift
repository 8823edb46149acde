struct CultureArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Culture", href: CultureRoute.list.path, section: .culture) }

    func mount(on routes: inout Routes<CultureRoute>) {
        let controller = CultureController(services: services)
        routes.on(.list, use: controller.list)
        routes.on(.country("sample"), use: controller.country)
        routes.on(.pair("PH", "DE"), use: controller.pair)
        let me = KnowYourselfController(services: services)
        routes.on(.me, use: me.show)
        routes.on(.saveMe, use: me.save)
        let notes = ClientNoteController(services: services)
        routes.on(CultureRoute.client, use: notes.show)
        routes.on(CultureRoute.saveClient, use: notes.save)
        routes.on(CultureRoute.reviewed, use: notes.reviewed)
        let reads = BriefReadController(services: services)
        routes.on(.readCountry("sample"), use: reads.readCountry)
        routes.on(CultureRoute.readClient, use: reads.readClient)
    }
}
