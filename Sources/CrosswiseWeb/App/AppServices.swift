import CrosswiseStore
import FluentKit
import Foundation
import Mustache
import Worldtime

/// How the web app runs, from flags and `CROSSWISE_*` variables.
public struct AppConfiguration: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// Set the Secure flag on cookies even for plain-HTTP requests (behind a TLS proxy that
    /// does not send X-Forwarded-Proto).
    public var secureCookies = false
    public var bcryptCost: UInt8 = 12

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false, bcryptCost: UInt8 = 12) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.bcryptCost = bcryptCost
    }
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

    public init(database: CrosswiseDatabase, configuration: AppConfiguration, now: @escaping @Sendable () -> Date = Date.init) async throws {
        self.database = database
        self.configuration = configuration
        self.passwords = Passwords(cost: configuration.bcryptCost)
        self.templates = try await MustacheLibrary(directory: Bundle.module.resourcePath! + "/templates")
        self.now = now
    }

    public var db: any Database { database.db }

    public var accounts: Accounts { Accounts(db: db, passwords: passwords, now: now) }

    /// Today's date on the viewer's own clock.
    public func today(for viewer: Viewer) -> CivilDate {
        let now = LocalTime(now(), in: viewer.zone)
        return CivilDate(year: now.year, month: now.month, day: now.day)
    }

    public func directory(for viewer: Viewer) -> Directory { Directory(db: db, organizationID: viewer.organizationID, rosters: rosters) }
}
