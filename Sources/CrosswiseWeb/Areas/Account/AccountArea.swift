struct AccountArea: Area {
    let services: AppServices

    func mount(on routes: inout Routes<AccountRoute>) {
        let auth = AuthController(services: services)
        routes.on(.signIn, use: auth.signInPage)
        routes.on(.submitSignIn, use: auth.signIn)
        routes.on(.signOut, use: auth.signOut)
        routes.on(.password, use: auth.passwordPage)
        routes.on(.changePassword, use: auth.changePassword)
        routes.on(.setup, use: auth.setupPage)
        routes.on(.submitSetup, use: auth.setup)
        let reset = PasswordResetController(services: services)
        routes.on(.forgot, use: reset.forgotPage)
        routes.on(.submitForgot, use: reset.forgot)
        routes.on(.reset, use: reset.resetPage)
        routes.on(.submitReset, use: reset.reset)
        let services = services
        routes.on(.myData) { _, context in try await PersonalDataDownload(services: services).own(context: context) }
    }
}
