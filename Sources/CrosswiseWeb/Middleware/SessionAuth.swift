import CrosswiseStore
import Hummingbird

/// Reads the session cookie and puts the signed-in person in the context. Also decides whether
/// the request came over HTTPS, which sets the Secure flag on the cookies we write.
struct SessionAuth: RouterMiddleware {
    static let cookieName = "cw_session"
    let services: AppServices

    func handle(_ request: Request, context: AppRequestContext, next: (Request, AppRequestContext) async throws -> Response) async throws -> Response {
        var context = context
        context.isSecure = services.configuration.secureCookies || request.headers[.init("X-Forwarded-Proto")!] == "https"
        // The health check is for load balancers, polled every few seconds; a browser that sends
        // its cookie there must not cost a session read.
        if request.uri.path != AboutRoute.health.path, let token = request.cookies[SessionAuth.cookieName]?.value,
           let person = try await services.accounts.person(forSession: token) {
            let personID = try person.requireID()
            // A member's lead flag on a team gives them nothing (only leads and admins manage), so
            // their teams are not looked up.
            let led = person.role == .member ? [] : try await Directory(db: services.db, organizationID: person.$organization.id).teamsLed(by: personID)
            context.viewer = Viewer(person: person, personID: personID, organizationID: person.$organization.id,
                                    role: person.role, ledTeamIDs: led, sessionToken: token)
            if request.method == .get {
                context.viewer?.unreadNotices = try await Notices(db: services.db, organizationID: person.$organization.id).unreadCount(of: personID)
            }
        }
        return try await next(request, context)
    }

    /// The session cookie; with no token, one that makes the browser forget it.
    static func cookie(token: String = "", secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: token, maxAge: token.isEmpty ? 0 : Int(Accounts.sessionLifetime), path: "/", secure: secure, httpOnly: true,
               sameSite: .lax)
    }
}
