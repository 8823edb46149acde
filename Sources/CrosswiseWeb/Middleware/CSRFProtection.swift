import CrosswiseStore
import Crypto
import FormBodies
import Foundation
import Hummingbird
import NIOCore

/// Reads the body of every form POST, within the limit of its route, and checks its CSRF token
/// before any controller runs.
///
/// The order is what keeps a stranger from spending our memory and CPU: a POST from someone
/// signed out is refused unless it is one of the signed-out forms (sign-in, setup), which may
/// carry a few kilobytes; multipart bodies are read only on the upload routes and only for a
/// signed-in admin; every other form is URL-encoded and at most 1 MB. An over-limit body is a
/// 413 page, never a 500.
///
/// Signed-out forms use a double-submit token: a random value in an HttpOnly, SameSite=Strict
/// cookie that the form repeats. A signed-in person's token is derived from their session
/// (HMAC-SHA256 of the session token), so it is tied to that session and renewed by signing in.
public struct CSRFProtection: RouterMiddleware {
    static let cookieName = "cw_csrf"
    static let fieldName = "csrf"

    public func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        var context = context
        var request = request
        let existing = request.cookies[CSRFProtection.cookieName]?.value ?? ""
        let expected = context.viewer.map { CSRFProtection.token(forSession: $0.sessionToken) } ?? (existing.count >= 32 ? existing : "")
        // The JSON API has its own defence (an API key, or a session with a JSON body, which a
        // cross-site form cannot send); it reads its own body within its own limit.
        if request.method == .post && !request.uri.path.hasPrefix("/api/") {
            let limit = try BodyLimit(path: request.uri.path, viewer: context.viewer, contentType: request.headers[.contentType])
            let body: ByteBuffer
            do { body = try await request.collectBody(upTo: limit.bytes) } catch {
                throw HTTPError(.contentTooLarge, message: "That is larger than this form accepts (\(limit.description)).")
            }
            do { context.form = try FormData.parse(body: body, contentType: request.headers[.contentType]) } catch {
                throw HTTPError(error == .unsupportedType ? .unsupportedMediaType : .badRequest, message: error.message)
            }
            guard !expected.isEmpty, constantTimeEqual(context.form.raw(CSRFProtection.fieldName), expected) else {
                throw HTTPError(.forbidden, message: "This form has expired or did not come from Crosswise. Go back, reload the page and try again.")
            }
            context.csrfToken = expected
            return try await next(request, context)
        }
        let cookieToken = existing.count >= 32 ? existing : CSRFProtection.newToken()
        context.csrfToken = context.viewer == nil ? cookieToken : expected
        var response = try await next(request, context)
        if context.viewer == nil, cookieToken != existing {
            response.setCookie(Cookie(name: CSRFProtection.cookieName, value: cookieToken, path: "/", secure: context.isSecure, httpOnly: true, sameSite: .strict))
        }
        return response
    }

    static func newToken() -> String { SecretToken.hex(bytes: 32) }

    /// The form token of a signed-in session. A keyed hash of the session token, so knowing
    /// a form token tells nothing about the cookie, and a new session has a new token.
    public static func token(forSession session: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("crosswise-form".utf8), using: SymmetricKey(data: Data(session.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    private func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// How much of a form body a route reads, decided before a byte of it is read.
struct BodyLimit {
    let bytes: Int

    /// Sign-in and setup: an e-mail, a password, an organization name and a token.
    static let signedOut = 16 * 1024
    /// Every signed-in form; the message check's text is the largest (100,000 characters).
    static let form = 1024 * 1024
    /// CSV, .ics and framework files; a few megabytes covers tens of thousands of rows.
    static let upload = 8 * 1024 * 1024
    static let signedOutPaths: Set<String> = ["/signin", "/setup"]
    static let uploadPaths: Set<String> = ["/admin/import", "/admin/holidays", "/admin/framework/import"]

    init(path: String, viewer: Viewer?, contentType: String?) throws {
        let multipart: Bool
        do { multipart = try FormData.kind(of: contentType) != .urlEncoded } catch {
            throw HTTPError(error == .unsupportedType ? .unsupportedMediaType : .badRequest, message: error.message)
        }
        guard let viewer else {
            guard BodyLimit.signedOutPaths.contains(path) else { throw HTTPError(.unauthorized) }
            guard !multipart else { throw HTTPError(.unsupportedMediaType, message: FormBodyError.unsupportedType.message) }
            bytes = BodyLimit.signedOut
            return
        }
        if BodyLimit.uploadPaths.contains(path) {
            // Uploads are an admin's; anyone else is refused before the body is read.
            guard viewer.isAdmin else { throw HTTPError(.forbidden) }
            bytes = BodyLimit.upload
        } else {
            guard !multipart else { throw HTTPError(.unsupportedMediaType, message: FormBodyError.unsupportedType.message) }
            bytes = BodyLimit.form
        }
    }

    var description: String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes / 1024) KB"
    }
}
