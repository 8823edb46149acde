import CrosswiseStore
// Controllers read `context.form`; the type lives in the small FormBodies module.
@_exported import FormBodies
import Foundation
import Hummingbird
import Worldtime

/// Who is asking: the signed-in person, their organization and what they may manage.
public struct Viewer: Sendable {
    public let person: Person
    public let personID: UUID
    public let organizationID: UUID
    public let role: Role
    /// Teams this person leads; a lead manages the people in them.
    public let ledTeamIDs: [UUID]
    /// The session token, kept so a password change can end every other session.
    public let sessionToken: String
    /// Unread notices, for the header; counted on page requests only.
    public var unreadNotices = 0

    public var isAdmin: Bool { role == .admin }
    /// Signed in with a temporary password an admin issued: only choosing a new one is open.
    public var mustChoosePassword: Bool { person.passwordExpiresAt != nil }
    /// Admins and leads of at least one team see the people pages.
    public var managesPeople: Bool { isAdmin || !ledTeamIDs.isEmpty }
    /// Who the audit log names for the changes this viewer makes.
    public var actor: AuditActor { .person(personID, role: role) }

    /// The viewer's zone; UTC if the stored name cannot be read (an admin fixes it).
    public var zone: TimeZoneName { (try? TimeZoneName(person.timeZone)) ?? (try! TimeZoneName("UTC")) }
}

/// The request context: Hummingbird's core storage plus the viewer, the CSRF token and the
/// parsed form of a POST, so middleware does the work once.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var viewer: Viewer?
    public var csrfToken: String = ""
    public var form: FormData = FormData()
    /// The person the route's `:id` names, for `.leadOf` routes (see Access).
    public var subject: Person?
    /// Set when the request arrived over HTTPS (directly or through a proxy), for cookie flags.
    public var isSecure: Bool = false

    /// The address the request came from (the TCP peer), for sign-in throttling.
    public let peerAddress: String?

    public init(source: Source) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The viewer, or a 401 that the error middleware turns into a redirect to sign in. Routes
    /// declare who may use them (see Access); this only unwraps.
    public func requireViewer() throws -> Viewer {
        guard let viewer else { throw HTTPError(.unauthorized) }
        return viewer
    }

    public func requireSubject() throws -> Person {
        guard let subject else { throw HTTPError(.notFound) }
        return subject
    }

    public func requireUUID(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw HTTPError(.notFound) }
        return id
    }
}
