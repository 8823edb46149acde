import Foundation
import HTTPTypes

/// Teams as everyone sees them, and each team's world clock.
enum TeamRoute: SiteRoute {
    static let prefix = "/teams"
    case list
    case team(UUID)
    case clock(UUID)

    static var all: [TeamRoute] { [.list, .team(sampleID), .clock(sampleID)] }

    var pattern: String {
        switch self {
        case .list: "/teams"
        case .team: "/teams/:id"
        case .clock: "/teams/:id/clock"
        }
    }

    var values: [String] {
        switch self {
        case .list: []
        case .team(let id), .clock(let id): [id.uuidString]
        }
    }

    var access: Access { .member }

    init?(method: HTTPRequest.Method, pattern: String, values: [String]) {
        guard method == .get else { return nil }
        switch pattern {
        case "/teams": self = .list
        case "/teams/:id": guard let id = uuid(values) else { return nil }; self = .team(id)
        case "/teams/:id/clock": guard let id = uuid(values) else { return nil }; self = .clock(id)
        default: return nil
        }
    }
}
