import HTTPTypes

/// What data Crosswise runs on, and its health check for load balancers.
enum AboutRoute: SiteRoute, CaseIterable {
    case about, health

    static var all: [AboutRoute] { allCases }
    var pattern: String { self == .about ? "/about" : "/healthz" }
    var access: Access { .anyone }
    var openWithTemporaryPassword: Bool { self == .health }

}

/// The stylesheet and icon, served from the bundle by the file middleware.
enum StaticRoute: CaseIterable {
    case stylesheet, icon

    static let prefix = "/static"
    var file: String { self == .stylesheet ? "style.css" : "favicon.svg" }
    var path: String { "\(StaticRoute.prefix)/\(file)" }
}
