import CrosswiseStore
import Foundation
import Hummingbird

/// Cross-site request forgery protection with a double-submit token: a random value in an
/// HttpOnly, SameSite=Strict cookie that every form repeats in a hidden `csrf` field. A POST
/// whose field does not match the cookie is refused with 403 before any controller runs. A
/// cross-site page can neither read the cookie nor make the browser send it with a POST.
///
/// The middleware also reads the body of every POST once and leaves the parsed form in the
/// context, so controllers do not parse it again.
struct CSRFProtection: RouterMiddleware {
    static let cookieName = "cw_csrf"
    static let fieldName = "csrf"

    func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        let existing = request.cookies[CSRFProtection.cookieName]?.value ?? ""
        // The JSON API has its own defence (an API key, or a session with a JSON body, which a
        // cross-site form cannot send); it reads its own body.
        if request.method == .post && !request.uri.path.hasPrefix("/api/") {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            context.form = FormData.parse(body: Data(buffer: body), contentType: request.headers[.contentType])
            let sent = context.form[CSRFProtection.fieldName]
            guard !existing.isEmpty, existing.count >= 32, constantTimeEqual(sent, existing) else {
                throw HTTPError(.forbidden, message: "This form has expired or did not come from Crosswise. Go back, reload the page and try again.")
            }
            context.csrfToken = existing
            return try await next(request, context)
        }
        let token = existing.count >= 32 ? existing : CSRFProtection.newToken()
        context.csrfToken = token
        var response = try await next(request, context)
        if token != existing {
            response.setCookie(Cookie(name: CSRFProtection.cookieName, value: token, path: "/", secure: context.isSecure, httpOnly: true, sameSite: .strict))
        }
        return response
    }

    static func newToken() -> String { SecretToken.hex(bytes: 32) }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
