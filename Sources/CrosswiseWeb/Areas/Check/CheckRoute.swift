import HTTPTypes

/// "Check a message", and the same check as a JSON API for other tools.
enum CheckRoute: SiteRoute, CaseIterable {
    case page, check, api

    static var all: [CheckRoute] { allCases }
    var method: HTTPRequest.Method { self == .page ? .get : .post }
    var pattern: String { self == .api ? "/api/v1/check" : "/check" }
    // The API authenticates its callers itself (an API key or a session with a JSON body).
    var access: Access { self == .api ? .anyone : .member }
    var body: BodyKind { self == .api ? .own : .form }

}
