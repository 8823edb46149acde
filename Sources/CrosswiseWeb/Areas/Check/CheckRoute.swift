enum CheckRoute: SiteRoute, CaseIterable {
    case page, check, api

    var spec: RouteSpec {
        switch self {
        case .page: .get("/check")
        case .check: .post("/check")
        // The API authenticates its callers itself (an API key, or a session with a JSON body).
        case .api: .post("/api/v1/check", access: .anyone, body: .own)
        }
    }
}
