import Foundation
import HTTPTypes

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
    enum ResourceRoute: Hashable, Sendable {
        case list, new, create
        case edit(UUID), update(UUID), setActive(UUID)

        static let all: [ResourceRoute] = [.list, .new, .create, .edit(sampleID), .update(sampleID), .setActive(sampleID)]

        var method: HTTPRequest.Method {
            switch self {
            case .list, .new, .edit: .get
            case .create, .update, .setActive: .post
            }
        }

        var suffix: String {
            switch self {
            case .list, .create: ""
            case .new: "/new"
            case .edit: "/:id/edit"
            case .update: "/:id"
            case .setActive: "/:id/active"
            }
        }

        var id: UUID? {
            switch self {
            case .edit(let id), .update(let id), .setActive(let id): id
            default: nil
            }
        }

        init?(method: HTTPRequest.Method, suffix: String, id: UUID?) {
            switch suffix {
            case "/:id/edit": guard let id else { return nil }; self = .edit(id)
            case "/:id": guard let id else { return nil }; self = .update(id)
            case "/:id/active": guard let id else { return nil }; self = .setActive(id)
            default:
                guard let route = Self.all.first(where: { $0.method == method && $0.suffix == suffix && $0.id == nil }) else { return nil }
                self = route
            }
        }
    }

    static var resources: [(base: String, make: (ResourceRoute) -> AdminRoute)] { [
        ("/admin/sites", AdminRoute.sites), ("/admin/teams", AdminRoute.teams),
        ("/admin/clients", AdminRoute.clients), ("/admin/people", AdminRoute.people),
    ] }

    static var all: [AdminRoute] {
        [.overview] + resources.flatMap { r in ResourceRoute.all.map(r.make) }
            + [.issuePassword(sampleID), .importPeople, .submitImport, .holidays, .uploadHolidays, .deleteHolidays(sampleID),
               .apiKeys, .issueAPIKey, .revokeAPIKey(sampleID), .framework, .exportFramework(format: "case"), .importFramework,
               .competency("written-english"), .saveCompetency("written-english")]
    }

    private var resource: (base: String, route: ResourceRoute)? {
        switch self {
        case .sites(let r): ("/admin/sites", r)
        case .teams(let r): ("/admin/teams", r)
        case .clients(let r): ("/admin/clients", r)
        case .people(let r): ("/admin/people", r)
        default: nil
        }
    }

    var method: HTTPRequest.Method {
        if let resource { return resource.route.method }
        switch self {
        case .overview, .importPeople, .holidays, .apiKeys, .framework, .exportFramework, .competency: return .get
        default: return .post
        }
    }

    var pattern: String {
        if let resource { return resource.base + resource.route.suffix }
        switch self {
        case .overview: return "/admin"
        case .issuePassword: return "/admin/people/:id/password"
        case .importPeople, .submitImport: return "/admin/import"
        case .holidays, .uploadHolidays: return "/admin/holidays"
        case .deleteHolidays: return "/admin/holidays/:id/delete"
        case .apiKeys, .issueAPIKey: return "/admin/api-keys"
        case .revokeAPIKey: return "/admin/api-keys/:id/delete"
        case .framework: return "/admin/framework"
        case .exportFramework: return "/admin/framework/export/:format"
        case .importFramework: return "/admin/framework/import"
        case .competency, .saveCompetency: return "/admin/framework/competencies/:id"
        default: return ""
        }
    }

    var values: [String] {
        if let resource { return resource.route.id.map { [$0.uuidString] } ?? [] }
        switch self {
        case .issuePassword(let id), .deleteHolidays(let id), .revokeAPIKey(let id): return [id.uuidString]
        case .exportFramework(let format): return [format]
        case .competency(let id), .saveCompetency(let id): return [id]
        default: return []
        }
    }

    var access: Access {
        switch self {
        // Leads see and edit the people of the teams they lead; the overview sends them there.
        case .overview, .people(.list): .manager
        case .people(.edit), .people(.update): .leadOf
        default: .admin
        }
    }

    var body: BodyKind {
        switch self {
        case .submitImport, .uploadHolidays, .importFramework: .upload
        default: .form
        }
    }

    init?(method: HTTPRequest.Method, pattern: String, values: [String]) {
        for (base, make) in Self.resources where pattern == base || pattern.hasPrefix(base + "/") {
            if let route = ResourceRoute(method: method, suffix: String(pattern.dropFirst(base.count)), id: uuid(values)) {
                self = make(route)
                return
            }
        }
        switch pattern {
        case "/admin/people/:id/password": guard let id = uuid(values) else { return nil }; self = .issuePassword(id)
        case "/admin/holidays/:id/delete": guard let id = uuid(values) else { return nil }; self = .deleteHolidays(id)
        case "/admin/api-keys/:id/delete": guard let id = uuid(values) else { return nil }; self = .revokeAPIKey(id)
        case "/admin/framework/export/:format": guard let f = values.first else { return nil }; self = .exportFramework(format: f)
        case "/admin/framework/competencies/:id":
            guard let id = values.first else { return nil }
            self = method == .get ? .competency(id) : .saveCompetency(id)
        default:
            guard let route = Self.all.first(where: { $0.method == method && $0.pattern == pattern && $0.values.isEmpty }) else { return nil }
            self = route
        }
        guard self.method == method else { return nil }
    }
}
