import CrosswiseStore
import Foundation
import HTTPTypes
import Hummingbird

/// A forgotten password: ask for a link by e-mail, then choose a new password through it.
///
/// The ask page answers the same whether or not the address has an account (and does the same
/// work, see `Accounts.emailResetLink`). The reset page carries the link's token in its address,
/// so it is sent with `Referrer-Policy: no-referrer`, and the token travels on in a hidden field.
/// Setting the password ends every session and signs nobody in: whoever holds the e-mail still
/// has to sign in with the new password, which also lets the browser's password manager save it.
struct PasswordResetController {
    let services: AppServices

    struct ForgotView {
        static let emailField = FormField("email", .email)
        var email = ""
        var errors = FormErrors()
        /// The request was taken; the page says what happens next, whatever the address was.
        var sent = false
        /// Without a mail server there is no link to send; the page says to ask an admin.
        var emailOn = true
        let action = AccountRoute.submitForgot.path
        let signIn = AccountRoute.signIn.path
        let lifetimeMinutes = Int(Accounts.resetLifetime / 60)
    }

    struct ResetView {
        static let new = FormField("new", .new), confirm = FormField("confirm", .confirm)
        var token = ""
        var errors = FormErrors()
        /// The link was used, replaced, expired or never existed: one message for all.
        var invalid = false
        let action = AccountRoute.submitReset.path
        let forgot = AccountRoute.forgot.path
    }

    /// How long an answer to "send me a link" takes at least, known address or not.
    static let answerFloor = Duration.milliseconds(250)

    @Sendable func forgotPage(request: Request, context: AppRequestContext) async throws -> Response {
        let view = ForgotView(emailOn: services.configuration.emailOn)
        return services.page("forgot", title: "Forgot your password?", view, context: context, request: request)
    }

    @Sendable func forgot(request: Request, context: AppRequestContext) async throws -> Response {
        guard services.configuration.emailOn else {
            return services.page("forgot", title: "Forgot your password?", ForgotView(emailOn: false), context: context)
        }
        let email = context.form[ForgotView.emailField.name], typed = context.form.raw(ForgotView.emailField.name)
        // Only the shape of the address is checked here, which says nothing about who has an account.
        let shaped = email.contains("@") && typed.count <= 254
            && typed.trimmingCharacters(in: .whitespaces).unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
        guard shaped else {
            var errors = FormErrors(heading: "No link was sent:")
            errors.add(ForgotView.emailField, email.isEmpty ? "Enter the e-mail address you sign in with"
                                                       : "Enter an e-mail address such as name@example.com")
            let view = ForgotView(email: String(email.prefix(254)), errors: errors)
            return services.page("forgot", title: "Forgot your password?", view, context: context, status: .unprocessableContent)
        }
        let base = services.linkBase, started = ContinuousClock.now
        try await services.accounts.emailResetLink(email: email) { token in
            base + AccountRoute.reset.path(query: [("token", token)])
        }
        // Both answers leave at the same moment: writing the link and its e-mail for a real
        // account took about 12 ms more, which the outside review could measure over 20 tries
        // and so tell which addresses have accounts. The floor hides that while the work stays
        // under it.
        try await Task.sleep(until: started + Self.answerFloor, clock: .continuous)
        return services.page("forgot", title: "Check your e-mail", ForgotView(email: email, sent: true), context: context)
    }

    @Sendable func resetPage(request: Request, context: AppRequestContext) async throws -> Response {
        let token = String((request.uri.queryParameters.get("token") ?? "").prefix(128))
        let works = try await services.accounts.resetLinkWorks(token)
        let view = works ? ResetView(token: token) : ResetView(invalid: true)
        return hidingReferrer(services.page("reset", title: "Choose a new password", view, context: context, status: works ? .ok : .gone))
    }

    @Sendable func reset(request: Request, context: AppRequestContext) async throws -> Response {
        let token = String(context.form.raw("token").prefix(128))
        var errors = FormErrors(heading: "Your password is not changed:")
        if context.form.raw(ResetView.new.name) != context.form.raw(ResetView.confirm.name) {
            errors.add(ResetView.confirm, "The two new passwords are not the same")
        } else {
            do {
                switch try await services.accounts.resetPassword(token: token, newPassword: context.form.raw(ResetView.new.name)) {
                case .changed:
                    var response = seeOther(AccountRoute.signIn, notice: .passwordReset)
                    // Every session has ended, this browser's too.
                    if context.viewer != nil { response.setCookie(SessionAuth.cookie(secure: context.isSecure)) }
                    return response
                case .invalidLink:
                    return hidingReferrer(services.page("reset", title: "Choose a new password", ResetView(invalid: true), context: context,
                                                        status: .gone))
                }
            } catch let failure as ValidationFailure {
                errors = FormErrors(failure, fields: [ResetView.new, ResetView.confirm], heading: "Your password is not changed:")
            }
        }
        // A refused password leaves the link usable, so the form comes back with it.
        let works = try await services.accounts.resetLinkWorks(token)
        let view = works ? ResetView(token: token, errors: errors) : ResetView(invalid: true)
        return hidingReferrer(services.page("reset", title: "Choose a new password", view, context: context,
                                            status: works ? .unprocessableContent : .gone))
    }

    /// The page's address holds the token: no link or resource on it may send that address on.
    private func hidingReferrer(_ response: Response) -> Response {
        var response = response
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}
