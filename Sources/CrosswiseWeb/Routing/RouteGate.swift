import CrosswiseStore
import Crypto
import Foundation
import Hummingbird

/// The middleware on every route's group: who may use it, how much body it reads, and the
/// CSRF token of its forms, all before the handler runs.
///
/// The order is what keeps a stranger from spending our memory and CPU: access is checked
/// first, without touching the database, so a POST from someone signed out to a signed-in
/// route is refused unread; a signed-out form (sign-in, setup) may carry 16 KB; multipart
/// bodies are read only on upload routes, which are an admin's; every other form is
/// URL-encoded and at most 1 MB. An over-limit body is a 413 page, never a 500.
///
/// Signed-out forms use a double-submit token: a random value in an HttpOnly, SameSite=Strict
/// cookie that the form repeats. A signed-in person's token is derived from their session
/// (HMAC-SHA256 of the session token), so it is tied to that session and renewed by signing in.
struct RouteGate: RouterMiddleware {
    let access: Access
    let body: BodyKind
    let openWithTemporaryPassword: Bool
    let services: AppServices

    init(_ route: some SiteRoute, services: AppServices) {
        access = route.spec.access
        body = route.method == .get ? .own : route.spec.body
        openWithTemporaryPassword = route.spec.openWithTemporaryPassword
        self.services = services
    }

    func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        // A temporary password opens one page: choosing a password of one's own.
        if let viewer = context.viewer, viewer.mustChoosePassword, !openWithTemporaryPassword {
            return Response(status: .seeOther, headers: [.location: AccountRoute.password.path])
        }
        try access.check(context.viewer)
        let existing = request.cookies[CSRFProtection.cookieName]?.value ?? ""
        let expected = context.viewer.map { CSRFProtection.token(forSession: $0.sessionToken) } ?? (existing.count >= 32 ? existing : "")
        if request.method == .post && body != .own {
            try await readForm(&request, into: &context, expected: expected)
        } else {
            context.csrfToken = context.viewer == nil ? (existing.count >= 32 ? existing : CSRFProtection.newToken()) : expected
        }
        if access == .leadOf, let viewer = context.viewer {
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw HTTPError(.notFound) }
            context.subject = try await services.person(id, inReachOf: viewer, includingSelf: true)
        }
        var response = try await next(request, context)
        if context.viewer == nil, context.csrfToken != existing {
            response.setCookie(Cookie(name: CSRFProtection.cookieName, value: context.csrfToken, path: "/", secure: context.isSecure, httpOnly: true, sameSite: .strict))
        }
        return response
    }

    private func readForm(_ request: inout Request, into context: inout AppRequestContext, expected: String) async throws {
        let multipart: Bool
        do { multipart = try FormData.kind(of: request.headers[.contentType]) != .urlEncoded } catch {
            throw HTTPError(error == .unsupportedType ? .unsupportedMediaType : .badRequest, message: error.message)
        }
        if multipart && body != .upload { throw HTTPError(.unsupportedMediaType, message: FormBodyError.unsupportedType.message) }
        let limit = context.viewer == nil ? BodyLimit.signedOut : body == .upload ? BodyLimit.upload : BodyLimit.form
        let data: ByteBuffer
        do { data = try await request.collectBody(upTo: limit) } catch {
            throw HTTPError(.contentTooLarge, message: "That is larger than this form accepts (\(BodyLimit.describe(limit))).")
        }
        do { context.form = try FormData.parse(body: data, contentType: request.headers[.contentType]) } catch {
            throw HTTPError(error == .unsupportedType ? .unsupportedMediaType : .badRequest, message: error.message)
        }
        guard !expected.isEmpty, CSRFProtection.constantTimeEqual(context.form.raw(CSRFProtection.fieldName), expected) else {
            throw HTTPError(.forbidden, message: "This form has expired or did not come from Crosswise. Go back, reload the page and try again.")
        }
        context.csrfToken = expected
    }
}

/// The CSRF token's names and how a signed-in session's token is made.
public enum CSRFProtection {
    static let cookieName = "cw_csrf"
    static let fieldName = "csrf"

    static func newToken() -> String { SecretToken.hex(bytes: 32) }

    /// The form token of a signed-in session. A keyed hash of the session token, so knowing
    /// a form token tells nothing about the cookie, and a new session has a new token.
    public static func token(forSession session: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("crosswise-form".utf8), using: SymmetricKey(data: Data(session.utf8)))
        return SecretToken.hexString(mac)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// How much of a form body a route reads.
enum BodyLimit {
    /// Sign-in and setup: an e-mail, a password, an organization name and a token.
    static let signedOut = 16 * 1024
    /// Every signed-in form; the message check's text is the largest (100,000 characters).
    static let form = 1024 * 1024
    /// CSV, .ics and framework files; a few megabytes covers tens of thousands of rows.
    static let upload = 8 * 1024 * 1024

    static func describe(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes / 1024) KB"
    }
}
