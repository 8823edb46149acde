import Hummingbird

/// `GET /healthz`: 200 when the database answers, 503 when it does not. For load balancers
/// and uptime checks, so it is plain text and needs no session. It answers within about a
/// second even when the database hangs, and says 503 for a SQLite file that can no longer be
/// written (read-only, or its disk nearly full), since such a server can only fail requests.
struct HealthController {
    let services: AppServices

    @Sendable func check(request: Request, context: AppRequestContext) async throws -> Response {
        let healthy = await services.database.isHealthy()
        return Response(status: healthy ? .ok : .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                        body: .init(byteBuffer: .init(string: healthy ? "ok\n" : "database unavailable\n")))
    }
}
