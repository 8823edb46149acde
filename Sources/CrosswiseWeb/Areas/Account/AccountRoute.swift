enum AccountRoute: SiteRoute, CaseIterable {
    case signIn, submitSignIn, signOut, password, changePassword, setup, submitSetup
    case forgot, submitForgot, reset, submitReset, myData

    var spec: RouteSpec {
        switch self {
        case .signIn: .get("/signin", access: .anyone)
        case .submitSignIn: .post("/signin", access: .anyone)
        case .signOut: .post("/signout", access: .anyone, temporaryPassword: true)
        case .password: .get("/account/password", temporaryPassword: true)
        case .changePassword: .post("/account/password", temporaryPassword: true)
        case .setup: .get("/setup", access: .anyone)
        case .submitSetup: .post("/setup", access: .anyone)
        case .forgot: .get("/account/forgot", access: .anyone, temporaryPassword: true)
        case .submitForgot: .post("/account/forgot", access: .anyone, temporaryPassword: true)
        case .reset: .get("/account/reset", access: .anyone, temporaryPassword: true)
        case .submitReset: .post("/account/reset", access: .anyone, temporaryPassword: true)
        case .myData: .get("/account/data")
        }
    }
}
