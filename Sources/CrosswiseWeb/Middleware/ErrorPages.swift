import CrosswiseStore
import Hummingbird

/// Turns errors into pages in the site's layout: 401 becomes a redirect to sign in, 403 and 404
/// explain themselves, anything unexpected is a 500 with a reference to the log line and never
/// a stack trace or an internal message.
struct ErrorPages: RouterMiddleware {
    let services: AppServices

    struct ErrorView { let status: Int; let heading, message: String; let reference: String? }

    func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        let failure: HTTPError
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            failure = error
        } catch is DirectoryError {
            // The store's "not this organization's" is a 404 whichever handler met it.
            failure = HTTPError(.notFound)
        } catch {
            // The error's type and, for a database error, its kind (SQLite result code,
            // PostgreSQL SQLSTATE, connection refused or closed); never its message, which can
            // repeat what the user typed.
            context.logger.error("unexpected error", metadata: DatabaseErrorKind.metadata(for: error).mapValues { .string($0) })
            return render(500, "Something went wrong", "Crosswise could not finish this request. Nothing you typed was lost if you go back. If it happens again, give your admin this reference:", context, reference: context.id)
        }
        switch failure.status {
        case .unauthorized:
            let target = request.method == .get ? request.uri.path : TodayRoute.today.path
            return Response(status: .seeOther, headers: [.location: AccountRoute.signIn.path(query: [("next", target)])])
        case .forbidden:
            return render(403, "Not allowed", failure.body ?? "Your role does not give access to this page. Ask an admin of your organization if you need it.", context)
        case .notFound:
            return render(404, "Page not found", "There is nothing here, or it belongs to another organization. Check the address, or go back to Today.", context)
        case .methodNotAllowed:
            return render(405, "Not available", "This address does not accept that kind of request.", context)
        case .contentTooLarge:
            return render(413, "Too large", failure.body ?? "That is larger than this form accepts.", context)
        default:
            return render(Int(failure.status.code), failure.status.reasonPhrase, failure.body ?? "The request could not be handled.", context)
        }
    }

    private func render(_ status: Int, _ heading: String, _ message: String, _ context: AppRequestContext, reference: String? = nil) -> Response {
        services.page("error", title: heading, ErrorView(status: status, heading: heading, message: message, reference: reference),
                      context: context, status: HTTPResponse.Status(code: status))
    }
}
