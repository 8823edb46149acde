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
        let sites = SitesAdmin(services: services), teams = TeamsAdmin(services: services)
        let clients = ClientsAdmin(services: services), people = PeopleAdmin(services: services)
        for (make, list, new, create, edit, update, toggle) in [
            (AdminRoute.sites, sites.list, sites.new, sites.create, sites.edit, sites.update, sites.toggle),
            (AdminRoute.teams, teams.list, teams.new, teams.create, teams.edit, teams.update, teams.toggle),
            (AdminRoute.clients, clients.list, clients.new, clients.create, clients.edit, clients.update, clients.toggle),
            (AdminRoute.people, people.list, people.new, people.create, people.edit, people.update, people.toggle),
        ] as [((AdminRoute.ResourceRoute) -> AdminRoute, Routes<AdminRoute>.Handler, Routes<AdminRoute>.Handler, Routes<AdminRoute>.Handler,
               Routes<AdminRoute>.Handler, Routes<AdminRoute>.Handler, Routes<AdminRoute>.Handler)] {
            routes.on(make(.list), use: list)
            routes.on(make(.new), use: new)
            routes.on(make(.create), use: create)
            routes.on(make(.edit(sampleID)), use: edit)
            routes.on(make(.update(sampleID)), use: update)
            routes.on(make(.setActive(sampleID)), use: toggle)
        }
        routes.on(AdminRoute.issuePassword, use: people.issuePassword)
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
