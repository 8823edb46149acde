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
    /// Ask colleagues a question: the form (its Find button reloads it), and sending it.
    case ask, sendAsk
    /// A request: the asker sees who answered, a person asked sees the question.
    case request(UUID)
    case closeRequest(UUID)
    /// "Add to my plan" on feedback the viewer received.
    case addToPlan(UUID)
    /// Client feedback links: the list and the form making one, and revoking one.
    case clients, createClientLink
    case revokeClientLink(UUID)
    /// The viewer's own feedback habit in figures.
    case health

    static let fixed: [FeedbackRoute] = [.home, .give, .send, .ask, .sendAsk, .clients, .createClientLink, .health]
    static let parameterized: [RouteMaker<FeedbackRoute>] = [.id(entry), .id(request), .id(closeRequest), .id(addToPlan), .id(revokeClientLink)]

    var spec: RouteSpec {
        switch self {
        case .home: .get("/feedback")
        case .give: .get("/feedback/give")
        case .send: .post("/feedback/give")
        case .entry(let id): .get("/feedback/:id", id.uuidString)
        case .ask: .get("/feedback/ask")
        case .sendAsk: .post("/feedback/ask")
        case .request(let id): .get("/feedback/requests/:id", id.uuidString)
        case .closeRequest(let id): .post("/feedback/requests/:id/close", id.uuidString)
        case .addToPlan(let id): .post("/feedback/:id/plan", id.uuidString)
        case .clients: .get("/feedback/clients")
        case .health: .get("/feedback/health")
        case .createClientLink: .post("/feedback/clients")
        case .revokeClientLink(let id): .post("/feedback/clients/:id/revoke", id.uuidString)
        }
    }
}
