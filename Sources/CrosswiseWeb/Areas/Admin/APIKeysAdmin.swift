import CrosswiseStore
import Foundation
import Hummingbird

/// API keys for the check API: an admin names a key for each tool that calls it (a CRM, a
/// ticketing system), sees it once, and revokes it when the tool goes.
struct APIKeysAdmin {
    let services: AppServices

    struct Row { let name, prefix, created, lastUsed, revoke: String }

    struct View {
        let rows: [Row]
        let name: String
        let errors: FormErrors
        let newKey: String?
        let newName: String
        let issue = AdminRoute.issueAPIKey.path, api = CheckRoute.api.path, back = AdminRoute.overview.path
    }

    func render(context: AppRequestContext, request: Request?, name: String = "", errors: FormErrors = FormErrors(),
                issued: (name: String, key: String)? = nil) async throws -> Response {
        let rows = try await services.directory(for: try context.requireViewer()).apiTokens().map { token in
            Row(name: token.name, prefix: token.prefix + "…", created: token.createdAt.map { String(ISO8601DateFormatter().string(from: $0).prefix(10)) } ?? "",
                lastUsed: token.lastUsedDay ?? "never", revoke: AdminRoute.revokeAPIKey(token.id!).path)
        }
        let view = View(rows: rows, name: name, errors: errors, newKey: issued?.key, newName: issued?.name ?? "")
        return services.page("admin-api-keys", title: "API keys", view, context: context, request: request, section: .admin, status: errors.status)
    }

    @Sendable func issue(request: Request, context: AppRequestContext) async throws -> Response {
        let name = String(context.form[AdminField.name.name].prefix(200))
        do {
            let issued = try await services.directory(for: try context.requireViewer()).issueAPIToken(name: name)
            // Shown once in this answer, never again; no redirect, so it is not in a URL or a log.
            return try await render(context: context, request: nil, issued: (issued.token.name, issued.key))
        } catch let failure as ValidationFailure {
            return try await render(context: context, request: nil, name: name, errors: FormErrors(failure, fields: [AdminField.name]))
        }
    }
}
