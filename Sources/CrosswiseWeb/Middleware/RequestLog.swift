import CrosswiseStore
import Foundation
import Hummingbird
import Logging

/// One log line per request: method, route pattern, status and duration, tagged with the
/// request id Hummingbird assigns. It logs the matched route ("/admin/people/{id}"), never the
/// query string, form fields or e-mail addresses, so logs hold no personal data.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            log(request, context, status: response.status.code, start: start)
            return response
        } catch let error as any HTTPResponseError {
            log(request, context, status: error.status.code, start: start)
            throw error
        } catch {
            context.logger.error("request failed", metadata: DatabaseErrorKind.metadata(for: error).mapValues { .string($0) })
            log(request, context, status: 500, start: start)
            throw error
        }
    }

    private func log(_ request: Request, _ context: Context, status: Int, start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info("request", metadata: [
            "method": "\(request.method.rawValue)",
            "route": "\(context.endpointPath ?? "unmatched")",
            "status": "\(status)",
            "ms": "\(String(format: "%.1f", ms))",
        ])
    }
}
