import HTTPTypes

/// Signing in and out, one's password, and the one-time setup of a new installation.
enum AccountRoute: SiteRoute, CaseIterable {
    case signIn, submitSignIn, signOut, password, changePassword, setup, submitSetup

    static var all: [AccountRoute] { allCases }

    var method: HTTPRequest.Method {
        switch self {
        case .signIn, .password, .setup: .get
        case .submitSignIn, .signOut, .changePassword, .submitSetup: .post
        }
    }

    var pattern: String {
        switch self {
        case .signIn, .submitSignIn: "/signin"
        case .signOut: "/signout"
        case .password, .changePassword: "/account/password"
        case .setup, .submitSetup: "/setup"
        }
    }

    var access: Access {
        switch self {
        case .password, .changePassword: .member
        default: .anyone
        }
    }

    var openWithTemporaryPassword: Bool { [.signOut, .password, .changePassword].contains(self) }

}
