import Hummingbird

/// Who may use a route. The gate on the route's group checks it before the handler runs, so a
/// handler never starts work for someone who may not see its answer.
public enum Access: Sendable, Hashable {
    /// Anyone, signed in or not (sign-in, setup, health, about, calendar feeds).
    case anyone
    /// A signed-in person of any role.
    case member
    /// Admins and leads of at least one team.
    case manager
    /// An admin, or a lead of the person the route's `:id` names. The gate loads that person
    /// (admins reach everyone in the organization, a lead the people of the teams they lead,
    /// anyone themselves) and hands them to the handler as `context.subject`; anyone else gets
    /// 404, the same as an id from another organization, so no page confirms who exists.
    case leadOf
    case admin

    /// 401 (which becomes a redirect to sign in) for nobody, 403 for the wrong role.
    func check(_ viewer: Viewer?) throws {
        if self == .anyone { return }
        guard let viewer else { throw HTTPError(.unauthorized) }
        switch self {
        case .anyone, .member: return
        case .manager, .leadOf: guard viewer.managesPeople else { throw HTTPError(.forbidden) }
        case .admin: guard viewer.isAdmin else { throw HTTPError(.forbidden) }
        }
    }
}
