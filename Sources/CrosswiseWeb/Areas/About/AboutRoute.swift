enum AboutRoute: SiteRoute, CaseIterable {
    case about, health

    var spec: RouteSpec { self == .about ? .get("/about", access: .anyone) : .get("/healthz", access: .anyone, temporaryPassword: true) }
}

/// The stylesheet, icon and scripts, served from the bundle by the file middleware.
enum StaticRoute: CaseIterable {
    case stylesheet, icon, filterScript, placePicker

    static let prefix = "/static"
    var path: String {
        switch self {
        case .stylesheet: "\(StaticRoute.prefix)/style.css"
        case .icon: "\(StaticRoute.prefix)/favicon.svg"
        case .filterScript: "\(StaticRoute.prefix)/filter.js"
        case .placePicker: "\(StaticRoute.prefix)/place-picker.js"
        }
    }
}
