import CrosswiseStore
import FluentKit
import Foundation
import Mustache
import NIOConcurrencyHelpers
import Worldtime

/// How the web app runs, from flags and `CROSSWISE_*` variables.
public struct AppConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Set the Secure flag on cookies even for plain-HTTP requests (behind a TLS proxy that
    /// does not send X-Forwarded-Proto).
    public var secureCookies = false
    public var bcryptCost: UInt8 = 12
    /// Behind a reverse proxy every request comes from the proxy; with this set, the client is
    /// the last address the proxy appended to X-Forwarded-For. Off by default, since anyone can
    /// send that header to a server that is reached directly.
    public var trustProxy = false
    /// Where people reach Crosswise; links that leave the browser (calendar feeds) use it.
    public var publicURL: PublicURL?
    /// A mail server is set, so notices can go by e-mail; without one they stay in the inbox.
    public var emailOn = false
    /// "smtp.example.com:587 (starttls)" for the admin's mail page; never a user name or password.
    public var mailServer: String?

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, bcryptCost: UInt8 = 12, trustProxy: Bool = false,
                publicURL: PublicURL? = nil) {
        self.publicURL = publicURL
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
        self.trustProxy = trustProxy
    }
}

/// The public address of the installation: scheme, host and port, no path.
public struct PublicURL: Sendable, Equatable, CustomStringConvertible {
    public let base: String
    public let host: String

    public init?(_ text: String) {
        guard let url = URLComponents(string: text.trimmingCharacters(in: .whitespaces)), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty,
              url.path.isEmpty || url.path == "/", url.query == nil, url.fragment == nil, url.user == nil else { return nil }
        self.host = host.lowercased()
        self.base = "\(scheme)://\(self.host)\(url.port.map { ":\($0)" } ?? "")"
    }

    public var description: String { base }

    /// The sign-in page at this address, for e-mails (a temporary password).
    public var signInURL: String { base + AccountRoute.signIn.path }
}

/// What controllers need, injected once: the database, password hashing, templates, a clock.
public struct AppServices: Sendable {
    public let database: CrosswiseDatabase
    public let passwords: Passwords
    public let templates: MustacheLibrary
    public let configuration: AppConfiguration
    public let now: @Sendable () -> Date
    /// Team rosters shared between requests (see RosterCache).
    public let rosters = RosterCache()
    /// The port the server really listens on (`--port 0` picks one), once it is listening.
    let listeningPort = NIOLockedValueBox<Int?>(nil)

    public init(database: CrosswiseDatabase, configuration: AppConfiguration, now: @escaping @Sendable () -> Date = Date.init) async throws {
        self.database = database
        self.configuration = configuration
        self.passwords = Passwords(cost: configuration.bcryptCost)
        self.templates = try await Pages.library()
        self.now = now
    }

    public var db: any Database { database.db }

    public var accounts: Accounts { Accounts(db: db, passwords: passwords, now: now) }

    /// Today's date on the viewer's own clock.
    public func today(for viewer: Viewer) -> CivilDate {
        let now = LocalTime(now(), in: viewer.zone)
        return CivilDate(year: now.year, month: now.month, day: now.day)
    }

    /// The base of links that leave the browser. The configured public URL; without one, the
    /// address the server listens on, never the request's Host header, which a caller chooses.
    public var linkBase: String {
        if let publicURL = configuration.publicURL { return publicURL.base }
        let host = configuration.host == "0.0.0.0" || configuration.host == "::" ? "127.0.0.1" : configuration.host
        let port = listeningPort.withLockedValue { $0 } ?? configuration.port
        return "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    /// Host names this installation answers to before it is set up: loopback, the address it
    /// listens on and the public URL's host. Anything else could be a rebinding attack
    /// reaching the setup page through someone's browser.
    public func isKnownHost(_ authority: String?) -> Bool {
        guard let authority else { return true }
        var host = authority.lowercased()
        if host.hasPrefix("[") { host = String(host.dropFirst().prefix { $0 != "]" }) }
        else if let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        return ["localhost", "127.0.0.1", "::1", configuration.host.lowercased()].contains(host) || host == configuration.publicURL?.host
    }

    public func directory(for viewer: Viewer) -> Directory {
        Directory(db: db, organizationID: viewer.organizationID, rosters: rosters, actor: viewer.actor)
    }
    func skills(for viewer: Viewer) -> SkillsBook { SkillsBook(db: db, organizationID: viewer.organizationID, actor: viewer.actor) }
    func notices(for viewer: Viewer) -> Notices { Notices(db: db, organizationID: viewer.organizationID, now: now) }
    func meetings(for viewer: Viewer) -> MeetingBook { MeetingBook(db: db, organizationID: viewer.organizationID) }
}
