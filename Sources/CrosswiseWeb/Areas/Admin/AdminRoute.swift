import Foundation

/// The admin pages: the overview, the four record lists (sites, teams, clients, people) that
/// share one set of routes, imports, holiday calendars, API keys and the framework.
enum AdminRoute: SiteRoute {
    static let prefix = "/admin"
    case overview
    case sites(ResourceRoute)
    case teams(ResourceRoute)
    case clients(ResourceRoute)
    case people(ResourceRoute)
    case issuePassword(UUID)
    case importPeople, submitImport
    case holidays, uploadHolidays
    case deleteHolidays(UUID)
    case apiKeys, issueAPIKey
    case revokeAPIKey(UUID)
    case framework
    case exportFramework(format: String)
    case importFramework
    case competency(String), saveCompetency(String)
    case audit, mail
    case personData(UUID), erasePerson(UUID), submitErase(UUID)

    /// The same six routes under each record's base path.
    enum ResourceRoute: Hashable, Sendable {
        case list, new, create
        case edit(UUID), update(UUID), setActive(UUID)

        /// The route under `base` ("/admin/sites"), for `access` unless the route is an admin's anyway.
        func spec(_ base: String, access: Access = .admin) -> RouteSpec {
            switch self {
            case .list: .get(base, access: access)
            case .new: .get(base + "/new", access: .admin)
            case .create: .post(base, access: .admin)
            case .edit(let id): .get(base + "/:id/edit", id.uuidString, access: access)
            case .update(let id): .post(base + "/:id", id.uuidString, access: access)
            case .setActive(let id): .post(base + "/:id/active", id.uuidString, access: .admin)
            }
        }
    }

    private static let records: [@Sendable (ResourceRoute) -> AdminRoute] = [sites, teams, clients, people]
    static let fixed: [AdminRoute] = [.overview, .importPeople, .submitImport, .holidays, .uploadHolidays, .apiKeys, .issueAPIKey, .framework,
                                      .importFramework, .audit, .mail] + records.flatMap { record in [ResourceRoute.list, .new, .create].map(record) }
    static let parameterized: [RouteMaker<AdminRoute>] = [
        .id(issuePassword), .id(deleteHolidays), .id(revokeAPIKey), .text { .exportFramework(format: $0) }, .text(competency), .text(saveCompetency),
        .id(personData), .id(erasePerson), .id(submitErase),
    ] + records.flatMap { record in ids.map { make in RouteMaker.id { record(make($0)) } } }
    private static let ids: [@Sendable (UUID) -> ResourceRoute] = [ResourceRoute.edit, ResourceRoute.update, ResourceRoute.setActive]

    var spec: RouteSpec {
        switch self {
        // Leads see and edit the people of the teams they lead; the overview sends them there.
        case .overview: .get("/admin", access: .manager)
        case .sites(let r): r.spec("/admin/sites")
        case .teams(let r): r.spec("/admin/teams")
        case .clients(let r): r.spec("/admin/clients")
        case .people(let r): r.spec("/admin/people", access: r == .list ? .manager : .leadOf)
        case .issuePassword(let id): .post("/admin/people/:id/password", id.uuidString, access: .admin)
        case .importPeople: .get("/admin/import", access: .admin)
        case .submitImport: .post("/admin/import", access: .admin, body: .upload)
        case .holidays: .get("/admin/holidays", access: .admin)
        case .uploadHolidays: .post("/admin/holidays", access: .admin, body: .upload)
        case .deleteHolidays(let id): .post("/admin/holidays/:id/delete", id.uuidString, access: .admin)
        case .apiKeys: .get("/admin/api-keys", access: .admin)
        case .issueAPIKey: .post("/admin/api-keys", access: .admin)
        case .revokeAPIKey(let id): .post("/admin/api-keys/:id/delete", id.uuidString, access: .admin)
        case .framework: .get("/admin/framework", access: .admin)
        case .exportFramework(let format): .get("/admin/framework/export/:format", format, access: .admin)
        case .importFramework: .post("/admin/framework/import", access: .admin, body: .upload)
        case .competency(let id): .get("/admin/framework/competencies/:id", id, access: .admin)
        case .saveCompetency(let id): .post("/admin/framework/competencies/:id", id, access: .admin)
        case .audit: .get("/admin/audit", access: .admin)
        case .mail: .get("/admin/mail", access: .admin)
        case .personData(let id): .get("/admin/people/:id/data", id.uuidString, access: .admin)
        case .erasePerson(let id): .get("/admin/people/:id/erase", id.uuidString, access: .admin)
        case .submitErase(let id): .post("/admin/people/:id/erase", id.uuidString, access: .admin)
        }
    }
}
