import Hummingbird

/// `GET /healthz`: 200 when the database answers, 503 when it does not. For load balancers
/// and uptime checks, so it is plain text and needs no session.
struct HealthController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/healthz") { _, _ -> Response in
            let healthy = await services.database.isHealthy()
            return Response(status: healthy ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: .init(string: healthy ? "ok\n" : "database unavailable\n")))
        }
    }
}
