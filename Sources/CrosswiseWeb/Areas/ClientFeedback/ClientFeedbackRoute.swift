import Foundation

/// The page a client opens from a feedback link: no account, the secret in the path. Both
/// cases are `.anyone`; the secret, a per-link form token and the per-address limit guard them
/// (see `ClientFeedbackForm`). The request log writes the pattern, never the secret.
enum ClientFeedbackRoute: SiteRoute {
    static let prefix = "/f"
    case form(token: String)
    case answer(token: String)

    static let fixed: [ClientFeedbackRoute] = []
    static let parameterized: [RouteMaker<ClientFeedbackRoute>] = [.text { .form(token: $0) }, .text { .answer(token: $0) }]

    var spec: RouteSpec {
        switch self {
        case .form(let token): .get("/f/:token", token, access: .anyone)
        case .answer(let token): .post("/f/:token", token, access: .anyone)
        }
    }
}
