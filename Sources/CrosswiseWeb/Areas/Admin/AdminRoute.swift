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

    /// The same six routes under each record's base path.
    enum ResourceRoute: Hashable, Sendable, CaseIterable {
        case list, new, create
        case edit(UUID), update(UUID), setActive(UUID)

        static let allCases: [ResourceRoute] = [.list, .new, .create, .edit(sampleID), .update(sampleID), .setActive(sampleID)]

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

        func with(_ values: [String]) -> ResourceRoute? {
            switch self {
            case .list, .new, .create: self
            case .edit: uuid(values).map(ResourceRoute.edit)
            case .update: uuid(values).map(ResourceRoute.update)
            case .setActive: uuid(values).map(ResourceRoute.setActive)
            }
        }
    }

    static let all: [AdminRoute] = [.overview]
        + [AdminRoute.sites, AdminRoute.teams, AdminRoute.clients, AdminRoute.people].flatMap { ResourceRoute.allCases.map($0) }
        + [.issuePassword(sampleID), .importPeople, .submitImport, .holidays, .uploadHolidays, .deleteHolidays(sampleID),
           .apiKeys, .issueAPIKey, .revokeAPIKey(sampleID), .framework, .exportFramework(format: "case"), .importFramework,
           .competency("written-english"), .saveCompetency("written-english")]

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
        }
    }

    func with(_ values: [String]) -> AdminRoute? {
        switch self {
        case .sites(let r): r.with(values).map(AdminRoute.sites)
        case .teams(let r): r.with(values).map(AdminRoute.teams)
        case .clients(let r): r.with(values).map(AdminRoute.clients)
        case .people(let r): r.with(values).map(AdminRoute.people)
        case .issuePassword: uuid(values).map(AdminRoute.issuePassword)
        case .deleteHolidays: uuid(values).map(AdminRoute.deleteHolidays)
        case .revokeAPIKey: uuid(values).map(AdminRoute.revokeAPIKey)
        case .exportFramework: values.first.map { AdminRoute.exportFramework(format: $0) }
        case .competency: values.first.map(AdminRoute.competency)
        case .saveCompetency: values.first.map(AdminRoute.saveCompetency)
        default: self
        }
    }
}
