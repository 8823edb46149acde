enum AboutRoute: SiteRoute, CaseIterable {
    case about, health

    var spec: RouteSpec { self == .about ? .get("/about", access: .anyone) : .get("/healthz", access: .anyone, temporaryPassword: true) }
}

/// The stylesheet and icon, served from the bundle by the file middleware.
enum StaticRoute: CaseIterable {
    case stylesheet, icon

    static let prefix = "/static"
    var path: String { "\(StaticRoute.prefix)/\(self == .stylesheet ? "style.css" : "favicon.svg")" }
}
