import Foundation

/// Teams as everyone sees them, and each team's world clock.
enum TeamRoute: SiteRoute {
    static let prefix = "/teams"
    case list
    case team(UUID)
    case clock(UUID)

    static let all: [TeamRoute] = [.list, .team(sampleID), .clock(sampleID)]

    var spec: RouteSpec {
        switch self {
        case .list: .get("/teams")
        case .team(let id): .get("/teams/:id", id.uuidString)
        case .clock(let id): .get("/teams/:id/clock", id.uuidString)
        }
    }

    func with(_ values: [String]) -> TeamRoute? {
        switch self {
        case .list: self
        case .team: uuid(values).map(TeamRoute.team)
        case .clock: uuid(values).map(TeamRoute.clock)
        }
    }
}
