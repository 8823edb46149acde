import Foundation
import Hummingbird

/// A part of the product (Skills, Meetings, Admin…): its routes, the handlers behind them and
/// its entry in the navigation. `buildRouter` mounts each area with one line; an area adds no
/// entry to any shared list.
protocol Area {
    associatedtype Route: SiteRoute
    init(services: AppServices)
    func mount(on routes: inout Routes<Route>)
    static func navigation(for viewer: Viewer) -> NavEntry?
}

extension Area {
    static func navigation(for viewer: Viewer) -> NavEntry? { nil }
}

struct NavEntry: Sendable { let label, href: String; let section: Section }

/// What an area mounts its handlers on: a group at the area's prefix, and under it one small
/// group per route carrying that route's gate (access, body limit, CSRF).
struct Routes<Route: SiteRoute> {
    let group: RouterGroup<AppRequestContext>
    let prefix: String
    let services: AppServices
    /// "GET /skills/people/:id" for each route mounted so far.
    private(set) var mounted: Set<String> = []

    init(router: Router<AppRequestContext>, prefix: String, services: AppServices) {
        self.group = prefix.isEmpty ? router.group() : router.group(RouterPath(prefix))
        self.prefix = prefix
        self.services = services
    }

    typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response

    mutating func on(_ route: Route, use handler: @escaping Handler) {
        precondition(route.pattern == prefix || route.pattern.hasPrefix(prefix + "/"), "\(route.pattern) is outside its area's prefix \(prefix)")
        mounted.insert("\(route.method) \(route.pattern)")
        let relative = String(route.pattern.dropFirst(prefix.count))
        group.group().add(middleware: RouteGate(route, services: services))
            .on(RouterPath(relative.isEmpty && prefix.isEmpty ? "/" : relative), method: route.method, use: handler)
    }
}

extension Routes {
    /// A route with one id parameter, named by its case: `routes.on(SkillsRoute.person, use: …)`.
    mutating func on(_ make: (UUID) -> Route, use handler: @escaping Handler) { on(make(sampleID), use: handler) }
}

extension Router<AppRequestContext> {
    func mount<A: Area>(_ area: A.Type, services: AppServices) {
        var routes = Routes<A.Route>(router: self, prefix: A.Route.prefix, services: services)
        A(services: services).mount(on: &routes)
        let missing = Set(A.Route.all.map { "\($0.method) \($0.pattern)" }).subtracting(routes.mounted)
        precondition(missing.isEmpty, "\(A.self) does not mount \(missing)")
    }
}
