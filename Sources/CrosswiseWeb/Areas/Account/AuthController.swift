import CrosswiseStore
import Foundation
import Hummingbird

/// Sign in, sign out, change password, and the one-time setup of a new installation.
struct AuthController {
    let services: AppServices

    struct SignInView {
        var email = ""
        var next = TodayRoute.today.path
        var error: String?
        var demo: [DemoOrganization.SignIn] = []
        var demoPassword = DemoOrganization.password
        let action = AccountRoute.submitSignIn.path
        let forgot = AccountRoute.forgot.path
    }

    @Sendable func signInPage(request: Request, context: AppRequestContext) async throws -> Response {
        if context.viewer != nil { return seeOther(TodayRoute.today) }
        if try await Setup(db: services.db, passwords: services.passwords).isNeeded() { return seeOther(AccountRoute.setup) }
        let view = SignInView(next: safeNext(request.uri.queryParameters.get("next")), demo: try await demoSignIns())
        return services.page("signin", title: "Sign in", view, context: context, request: request)
    }

    @Sendable func signIn(request: Request, context: AppRequestContext) async throws -> Response {
        let email = context.form["email"], next = safeNext(context.form["next"])
        let refusal: (error: String, status: HTTPResponse.Status)
        switch try await services.accounts.signIn(email: email, password: context.form.raw("password"), client: client(request, context)) {
        case .signedIn(_, let token):
            try await services.accounts.replaceSession(request.cookies[SessionAuth.cookieName]?.value)
            var response = seeOther(next)
            response.setCookie(SessionAuth.cookie(token: token, secure: context.isSecure))
            return response
        case .wrongCredentials:
            refusal = ("That e-mail and password do not match an account, or the account is locked: after \(Accounts.maxFailures) misses in a row "
                       + "it is locked for \(Int(Accounts.lockDuration / 60)) minutes. Check both and try again, or ask an admin to issue a new "
                       + "password.", .unauthorized)
        case .throttled:
            refusal = ("Too many failed sign-ins from your network in the last \(Int(Accounts.lockDuration / 60)) minutes. Wait a few minutes and try again.",
                       .tooManyRequests)
        case .temporaryPasswordExpired:
            refusal = ("That temporary password is more than \(Int(Accounts.temporaryPasswordLifetime / 86400)) days old and no longer works. "
                       + "Ask an admin to issue a new one.", .unauthorized)
        }
        let view = SignInView(email: email, next: next, error: refusal.error, demo: try await demoSignIns())
        return services.page("signin", title: "Sign in", view, context: context, status: refusal.status)
    }

    /// The caller's address: the TCP peer, or with `trustProxy` the last X-Forwarded-For entry.
    func client(_ request: Request, _ context: AppRequestContext) -> String {
        if services.configuration.trustProxy, let forwarded = request.headers[.init("X-Forwarded-For")!],
           let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty {
            return last
        }
        return context.peerAddress ?? "unknown"
    }

    @Sendable func signOut(request: Request, context: AppRequestContext) async throws -> Response {
        if let token = context.viewer?.sessionToken { try await services.accounts.signOut(token: token) }
        var response = seeOther(AccountRoute.signIn, notice: .signedOut)
        response.setCookie(SessionAuth.cookie(secure: context.isSecure))
        return response
    }

    struct PasswordView {
        static let current = FormField("current", .current), new = FormField("new", .new), confirm = FormField("confirm", .confirm)
        var errors = FormErrors()
        /// Signed in with a temporary password: the page asks for a password of one's own.
        var temporary = false
        var title: String { temporary ? "Choose your password" : "Change password" }
        let myData = AccountRoute.myData.path
    }

    @Sendable func passwordPage(request: Request, context: AppRequestContext) async throws -> Response {
        let view = PasswordView(temporary: try context.requireViewer().mustChoosePassword)
        return services.page("password", title: view.title, view, context: context, request: request, section: .account)
    }

    @Sendable func changePassword(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        var errors = FormErrors(heading: "Your password is not changed:")
        if context.form.raw(PasswordView.new.name) != context.form.raw(PasswordView.confirm.name) {
            errors.add(PasswordView.confirm, "The two new passwords are not the same")
        } else {
            do {
                try await services.accounts.changePassword(of: viewer.person, current: context.form.raw(PasswordView.current.name),
                                                           new: context.form.raw(PasswordView.new.name), keepingSession: viewer.sessionToken)
                return seeOther(TodayRoute.today, notice: .passwordChanged)
            } catch let failure as ValidationFailure {
                errors = FormErrors(failure, fields: [PasswordView.current, PasswordView.new, PasswordView.confirm], heading: "Your password is not changed:")
            }
        }
        let view = PasswordView(errors: errors, temporary: viewer.mustChoosePassword)
        return services.page("password", title: view.title, view, context: context, section: .account, status: .unprocessableContent)
    }

    /// Only a local path: it starts with one "/", and has no backslash, space or control
    /// character (browsers drop tabs and newlines, so "/\t/evil.example" would become
    /// "//evil.example", another site).
    func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), next.count < 2_000,
              next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "\\" }),
              !next.hasPrefix("//") else { return TodayRoute.today.path }
        return next
    }

    /// The demo's sign-ins are shown on the sign-in page while the demo organization exists.
    func demoSignIns() async throws -> [DemoOrganization.SignIn] {
        try await Organization.query(on: services.db).filter(\.$isDemo == true).first() == nil ? [] : DemoOrganization.signIns
    }
}

import FluentKit
