/// The admin pages. Leads see the People list of the teams they lead, so they get a People
/// link instead of Admin.
struct AdminArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? {
        if viewer.isAdmin { return NavEntry(label: "Admin", href: AdminRoute.overview.path, section: .admin) }
        if viewer.managesPeople { return NavEntry(label: "People", href: AdminRoute.people(.list).path, section: .admin) }
        return nil
    }

    func mount(on routes: inout Routes<AdminRoute>) {
        routes.on(.overview, use: AdminController(services: services).overview)
        ResourceController(resource: SitesResource(), services: services).mount(on: &routes)
        ResourceController(resource: TeamsResource(), services: services).mount(on: &routes)
        ResourceController(resource: ClientsResource(), services: services).mount(on: &routes)
        ResourceController(resource: PeopleResource(), services: services).mount(on: &routes)
        routes.on(AdminRoute.issuePassword, use: TemporaryPasswords(services: services).issue)
        let importer = ImportAdmin(services: services)
        routes.on(.importPeople, use: importer.page)
        routes.on(.submitImport, use: importer.submit)
        let holidays = HolidayCalendarsAdmin(services: services)
        routes.on(.holidays, use: holidays.page)
        routes.on(.uploadHolidays, use: holidays.upload)
        routes.on(AdminRoute.deleteHolidays, use: holidays.delete)
        let keys = APIKeysAdmin(services: services)
        routes.on(.apiKeys, use: keys.page)
        routes.on(.issueAPIKey, use: keys.issue)
        routes.on(AdminRoute.revokeAPIKey, use: keys.revoke)
        let framework = FrameworkAdmin(services: services)
        routes.on(.framework, use: framework.overview)
        routes.on(.exportFramework(format: ""), use: framework.export)
        routes.on(.importFramework, use: framework.importFile)
        routes.on(.competency(""), use: framework.edit)
        routes.on(.saveCompetency(""), use: framework.save)
    }
}
