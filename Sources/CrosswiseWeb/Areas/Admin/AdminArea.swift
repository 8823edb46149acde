import CrosswiseStore
import Foundation
import Hummingbird

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
        let services = services
        // Leads reach the admin pages only for their people, so the overview sends them there.
        routes.on(.overview) { request, context in
            let viewer = try context.requireViewer()
            guard viewer.isAdmin else { return seeOther(AdminRoute.people(.list)) }
            let page = AdminOverviewPage(try await AdminOverviewCounts.query(services, viewer: viewer))
            return services.page("admin", title: "Admin", page, context: context, request: request, section: .admin)
        }
        ResourceController(resource: SitesResource(), services: services).mount(on: &routes)
        ResourceController(resource: TeamsResource(), services: services).mount(on: &routes)
        ResourceController(resource: ClientsResource(), services: services).mount(on: &routes)
        ResourceController(resource: PeopleResource(), services: services).mount(on: &routes)
        // For someone who cannot sign in: shown once on this page and never stored in plain text.
        routes.on(AdminRoute.issuePassword) { _, context in
            let person = try await services.person(try context.requireUUID("id"), inReachOf: try context.requireViewer())
            let password = Passwords.temporary()
            try await services.accounts.setPassword(of: person, to: password, temporary: true, by: try context.requireViewer().actor,
                                                    signInURL: services.linkBase + AccountRoute.signIn.path)
            let page = PasswordIssued(name: person.name, email: person.email, password: password,
                                      back: AdminRoute.people(.edit(try person.requireID())).path, emailed: try await services.mailsPeople(of: person))
            return services.page("password-issued", title: "Temporary password", page, context: context, section: .admin)
        }
        let downloads = PersonalDataDownload(services: services), erasing = EraseAdmin(services: services)
        routes.on(AdminRoute.personData) { _, context in try await downloads.someone(context: context) }
        routes.on(AdminRoute.erasePerson) { _, context in try await erasing.page(context: context) }
        routes.on(AdminRoute.submitErase) { _, context in try await erasing.erase(context: context) }
        routes.on(.audit) { request, context in
            let viewer = try context.requireViewer()
            let kind = request.uri.queryParameters.get("kind").flatMap { AuditSubject(rawValue: String($0)) }
            let number = max(1, min(Int(request.uri.queryParameters.get("page")?.prefix(5) ?? "") ?? 1, 10_000))
            let log = try await AuditLog(db: services.db, organizationID: viewer.organizationID).entries(page: number, kind: kind)
            return services.page("admin-audit", title: "Audit log", AuditPage(log, kind: kind, dates: DateWords(viewer)), context: context,
                                 request: request, section: .admin)
        }
        routes.on(.mail) { request, context in
            let viewer = try context.requireViewer()
            let report = try await OutboxReport.read(organizationID: viewer.organizationID, on: services.db)
            let page = MailPage(emailOn: services.configuration.emailOn, server: services.configuration.mailServer, report: report,
                                jobs: try await Scheduler.jobs(on: services.db, now: services.now()), dates: DateWords(viewer))
            return services.page("admin-mail", title: "Mail and jobs", page, context: context, request: request, section: .admin)
        }
        let importer = ImportAdmin(services: services)
        routes.on(.importPeople) { request, context in importer.render(context: context, request: request) }
        routes.on(.submitImport, use: importer.submit)
        let holidays = HolidayCalendarsAdmin(services: services)
        routes.on(.holidays) { request, context in try await holidays.render(context: context, request: request) }
        routes.on(.uploadHolidays, use: holidays.upload)
        routes.on(AdminRoute.deleteHolidays) { try await services.remove($1, back: .holidays) { try await $0.deleteHolidayCalendar($1) } }
        let keys = APIKeysAdmin(services: services)
        routes.on(.apiKeys) { request, context in try await keys.render(context: context, request: request) }
        routes.on(.issueAPIKey, use: keys.issue)
        routes.on(AdminRoute.revokeAPIKey) { try await services.remove($1, back: .apiKeys) { try await $0.revokeAPIToken($1) } }
        let framework = FrameworkAdmin(services: services)
        routes.on(.framework) { request, context in try await framework.renderOverview(context: context, request: request) }
        routes.on(.exportFramework(format: ""), use: framework.export)
        routes.on(.importFramework, use: framework.importFile)
        routes.on(.competency(""), use: framework.edit)
        routes.on(.saveCompetency(""), use: framework.save)
    }
}

extension AppServices {
    /// Deletes what the route's id names and goes back to `page`; an id from another organization is 404.
    func remove(_ context: AppRequestContext, back page: AdminRoute, _ delete: (Directory, UUID) async throws -> Void) async throws -> Response {
        try await delete(directory(for: try context.requireViewer()), try context.requireUUID("id"))
        return seeOther(page, notice: .removed)
    }
}

extension AppServices {
    /// Whether notices to this person can leave by e-mail: a mail server is set and the
    /// organization is not the demo, whose addresses are made up.
    func mailsPeople(of person: Person) async throws -> Bool {
        guard configuration.emailOn else { return false }
        return try await Organization.find(person.$organization.id, on: db)?.isDemo == false
    }
}

struct PasswordIssued: Sendable {
    let name, email, password, back: String
    /// E-mail is on, so the password went to their address too.
    var emailed = false
}
