import Foundation

/// Everyday feedback: what you received and gave, one entry, and the form that gives it.
/// Every case is a member's: who may read an entry is the store's rule (`FeedbackBook`), and
/// an entry someone may not read answers 404 like an id of another organization.
enum FeedbackRoute: SiteRoute {
    static let prefix = "/feedback"
    case home
    /// The form; `?find=` searches colleagues by name, `?to=` picks one.
    case give
    /// "Check" shows tone and clarity findings; "Send" stores it.
    case send
    case entry(UUID)

    static let fixed: [FeedbackRoute] = [.home, .give, .send]
    static let parameterized: [RouteMaker<FeedbackRoute>] = [.id(entry)]

    var spec: RouteSpec {
        switch self {
        case .home: .get("/feedback")
        case .give: .get("/feedback/give")
        case .send: .post("/feedback/give")
        case .entry(let id): .get("/feedback/:id", id.uuidString)
        }
    }
}
