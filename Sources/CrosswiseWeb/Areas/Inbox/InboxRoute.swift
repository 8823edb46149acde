import Foundation

/// Your notices and how each kind reaches you.
enum InboxRoute: SiteRoute {
    static let prefix = "/inbox"
    case inbox
    /// Marks the notice read and goes to what it is about.
    case open(UUID)
    case readAll
    case delivery

    static let fixed: [InboxRoute] = [.inbox, .readAll, .delivery]
    static let parameterized: [RouteMaker<InboxRoute>] = [.id(open)]

    var spec: RouteSpec {
        switch self {
        case .inbox: .get("/inbox")
        case .open(let id): .post("/inbox/:id/open", id.uuidString)
        case .readAll: .post("/inbox/read")
        case .delivery: .post("/inbox/delivery")
        }
    }
}
