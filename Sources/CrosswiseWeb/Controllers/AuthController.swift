import CrosswiseStore
import Foundation
import Hummingbird

/// Sign in, sign out, change password, and the one-time setup of a new installation.
struct AuthController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/signin", use: signInPage)
        router.post("/signin", use: signIn)
        router.post("/signout", use: signOut)
        router.get("/account/password", use: passwordPage)
        router.post("/account/password", use: changePassword)
        router.get("/setup", use: setupPage)
        router.post("/setup", use: setup)
    }

    struct SignInView {
        var email = ""
        var next = "/"
        var error: String?
        var demo: [DemoOrganization.SignIn] = []
        var hasDemo = false
        var demoPassword = DemoOrganization.password
    }

    @Sendable func signInPage(request: Request, context: AppRequestContext) async throws -> Response {
        if context.viewer != nil { return seeOther("/") }
        if try await Setup(db: services.db, passwords: services.passwords).isNeeded() { return seeOther("/setup") }
        let next = safeNext(request.uri.queryParameters.get("next"))
        let demo = try await demoSignIns()
        return services.page("signin", title: "Sign in", SignInView(next: next, demo: demo, hasDemo: !demo.isEmpty), context: context, request: request)
    }

    @Sendable func signIn(request: Request, context: AppRequestContext) async throws -> Response {
        let email = context.form["email"], next = safeNext(context.form["next"])
        let demo = try await demoSignIns()
        var view = SignInView(email: email, next: next, demo: demo, hasDemo: !demo.isEmpty)
        switch try await services.accounts.signIn(email: email, password: context.form["password"]) {
        case .signedIn(_, let token):
            var response = seeOther(next)
            response.setCookie(SessionAuth.cookie(token: token, secure: context.isSecure))
            return response
        case .wrongCredentials:
            view.error = "That e-mail and password do not match an account. Check both and try again; after \(Accounts.maxFailures) misses in a row the account is locked for \(Int(Accounts.lockDuration / 60)) minutes."
            return services.page("signin", title: "Sign in", view, context: context, status: .unauthorized)
        case .locked(let until):
            let minutes = max(1, Int((until.timeIntervalSince(services.now()) / 60).rounded(.up)))
            view.error = "Too many wrong passwords for this account, so it is locked for now. Try again in \(minutes) minute\(minutes == 1 ? "" : "s"), or ask an admin to issue a new password."
            return services.page("signin", title: "Sign in", view, context: context, status: .tooManyRequests)
        }
    }

    @Sendable func signOut(request: Request, context: AppRequestContext) async throws -> Response {
        if let token = context.viewer?.sessionToken { try await services.accounts.signOut(token: token) }
        var response = seeOther("/signin", notice: .signedOut)
        response.setCookie(SessionAuth.expiredCookie(secure: context.isSecure))
        return response
    }

    struct PasswordView {
        var errors: [String: String] = [:]
    }

    @Sendable func passwordPage(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireViewer()
        return services.page("password", title: "Change password", PasswordView(), context: context, request: request, section: .account)
    }

    @Sendable func changePassword(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        var view = PasswordView()
        if context.form["new"] != context.form["confirm"] {
            view.errors["confirm"] = "The two new passwords are not the same"
        } else {
            do {
                try await services.accounts.changePassword(of: viewer.person, current: context.form["current"], new: context.form["new"], keepingSession: viewer.sessionToken)
                return seeOther("/", notice: .passwordChanged)
            } catch let failure as ValidationFailure {
                for error in failure.errors { view.errors[error.field] = error.message }
            }
        }
        return services.page("password", title: "Change password", PasswordView(errors: view.errors), context: context, section: .account, status: .unprocessableContent)
    }

    /// Only local paths, never "//host", so a link cannot bounce a fresh sign-in to another site.
    func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\") else { return "/" }
        return next
    }

    /// The demo's sign-ins are shown on the sign-in page while the demo organization exists.
    func demoSignIns() async throws -> [DemoOrganization.SignIn] {
        try await Organization.query(on: services.db).filter(\.$isDemo == true).first() == nil ? [] : DemoOrganization.signIns
    }
}

import FluentKit
