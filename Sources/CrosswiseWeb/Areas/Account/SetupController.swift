import CrosswiseStore
import Hummingbird
import Worldtime

extension AuthController {
    struct SetupView {
        var organization = "", name = "", email = "", timeZone = "", country = ""
        var errors = FormErrors()
        var zones = TimeZoneName.all
        var countries: [Choice] = []
        let action = AccountRoute.submitSetup.path

        static let fields = [FormField("organization", .organization), FormField("name", .name), FormField("email", .email),
                             FormField("password", .password), FormField("time_zone", .timeZone), FormField("country", .country)]
    }

    @Sendable func setupPage(request: Request, context: AppRequestContext) async throws -> Response {
        guard try await Setup(db: services.db, passwords: services.passwords).isNeeded() else { return seeOther(AccountRoute.signIn) }
        try requireKnownHost(request)
        let view = SetupView(countries: Choices.countries(selected: ""))
        return services.page("setup", title: "Set up Crosswise", view, context: context, request: request)
    }

    @Sendable func setup(request: Request, context: AppRequestContext) async throws -> Response {
        let setup = Setup(db: services.db, passwords: services.passwords)
        guard try await setup.isNeeded() else { throw HTTPError(.forbidden, message: "Crosswise is already set up. Sign in instead.") }
        try requireKnownHost(request)
        var form = Setup.Form()
        form.organization = context.form["organization"]
        form.name = context.form["name"]
        form.email = context.form["email"]
        form.password = context.form.raw("password")
        form.timeZone = context.form["time_zone"]
        form.country = context.form["country"]
        do {
            let admin: Person
            do { admin = try await setup.run(form) } catch Setup.SetupError.alreadyDone {
                throw HTTPError(.forbidden, message: "Crosswise is already set up. Sign in instead.")
            }
            let token = try await services.accounts.startSession(for: admin)
            var response = seeOther(AdminRoute.overview)
            response.setCookie(SessionAuth.cookie(token: token, secure: context.isSecure))
            return response
        } catch let failure as ValidationFailure {
            var view = SetupView(organization: form.organization, name: form.name, email: form.email, timeZone: form.timeZone,
                                 country: form.country, countries: Choices.countries(selected: form.country))
            view.errors = FormErrors(failure, fields: SetupView.fields, heading: "Crosswise is not set up yet. Fix these and try again:")
            return services.page("setup", title: "Set up Crosswise", view, context: context, status: .unprocessableContent)
        }
    }

    /// Before setup, only the host names the installation knows may open the setup page.
    func requireKnownHost(_ request: Request) throws {
        guard services.isKnownHost(request.head.authority) else {
            throw HTTPError(.misdirectedRequest, message: "This server does not answer to that host name before it is set up. Open it at the address it listens on, or start it with --public-url.")
        }
    }
}
