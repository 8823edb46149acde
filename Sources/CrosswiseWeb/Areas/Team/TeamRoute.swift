import Foundation

enum TeamRoute: SiteRoute {
    static let prefix = "/teams"
    case list
    case team(UUID)
    case clock(UUID)

    static let fixed: [TeamRoute] = [.list]
    static let parameterized: [RouteMaker<TeamRoute>] = [.id(team), .id(clock)]

    var spec: RouteSpec {
        switch self {
        case .list: .get("/teams")
        case .team(let id): .get("/teams/:id", id.uuidString)
        case .clock(let id): .get("/teams/:id/clock", id.uuidString)
        }
    }
}
