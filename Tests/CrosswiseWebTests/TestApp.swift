import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore

/// A web app on a fresh SQLite file with the demo organization and a second organization, and
/// helpers that sign in and post forms the way a browser does (cookies and CSRF token).
struct TestApp {
    let services: AppServices
    let path: String
    static let csrf = String(repeating: "ab", count: 32)

    /// Counts the statements the app sends (see `QueryCounter`).
    let queries: QueryCounter

    /// `logger` is the app's logger (the database's and the requests'); warnings only unless given.
    let logger: Logger

    static func make(demo: Bool = true, people: Int? = nil, path: String? = nil, now: Date? = nil, logger: Logger? = nil,
                     limits: DatabaseLimits = DatabaseLimits()) async throws -> TestApp {
        let path = path ?? FileManager.default.temporaryDirectory.appendingPathComponent("web-\(UUID().uuidString).sqlite").path
        let logger = logger ?? {
            var logger = Logger(label: "test")
            logger.logLevel = .warning
            return logger
        }()
        let queries = QueryCounter()
        let db = try CrosswiseDatabase(.sqlite(path: path), logger: logger, limits: limits, queryCounter: queries)
        try await db.migrate()
        let services = try await AppServices(database: db, configuration: AppConfiguration(bcryptCost: 4), now: { now ?? Date() })
        if demo { try await DemoOrganization(db: db.db, passwords: services.passwords).loadIfMissing(people: people) }
        return TestApp(services: services, path: path, queries: queries, logger: logger)
    }

    /// A fresh app for `body`, shut down afterwards whether `body` returns or throws, so a
    /// failing test never leaves its database open (Swift has no `await` in `defer`).
    @discardableResult
    static func with<T>(demo: Bool = true, people: Int? = nil, now: Date? = nil, logger: Logger? = nil, limits: DatabaseLimits = DatabaseLimits(),
                        _ body: (TestApp) async throws -> T) async throws -> T {
        let app = try await make(demo: demo, people: people, now: now, logger: logger, limits: limits)
        do {
            let result = try await body(app)
            await app.shutdown()
            return result
        } catch {
            await app.shutdown()
            throw error
        }
    }

    @discardableResult
    func run<T: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = Application(router: buildRouter(services: services), logger: logger)
        return try await app.test(.router, body)
    }

    func shutdown() async { await services.database.shutdown() }

    /// A second organization with one person, team and client, to prove scoping.
    func otherOrganization() async throws -> (person: Person, team: Team, client: Client) {
        let org = Organization(name: "Elsewhere Ltd")
        try await org.create(on: services.db)
        let directory = Directory(db: services.db, organizationID: try org.requireID())
        var form = PersonForm()
        form.name = "Olga Other"
        form.email = "olga@elsewhere.example.com"
        form.timeZone = "Europe/Warsaw"
        form.country = "PL"
        form.workingHours = "Mon-Fri 09:00-17:00"
        let person = try await directory.savePerson(form)
        let team = try await directory.saveTeam(TeamForm(name: "Secret Team"))
        var client = ClientForm()
        client.name = "Secret Client"
        client.country = "GB"
        client.timeZone = "Europe/London"
        client.businessHours = "Mon-Fri 09:00-17:00"
        return (person, team, try await directory.saveClient(client))
    }

    func person(_ email: String) async throws -> Person {
        try await Person.query(on: services.db).filter(\.$email == email).first()!
    }
}

extension TestApp {
    /// The form token a page would carry for this Cookie header: derived from the session when
    /// signed in, the double-submit cookie's value when not.
    static func formToken(_ cookie: String) -> String {
        for part in cookie.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces)
            if pair.hasPrefix("cw_session="), pair.count > 11 { return CSRFProtection.token(forSession: String(pair.dropFirst(11))) }
        }
        return csrf
    }

    static let admin = "isabel.reyes@meridianshore.example.com"
    static let lead = "priya.nair@meridianshore.example.com"
    static let member = "angelica.santos@meridianshore.example.com"
}

/// Form bodies and browser-like requests.
extension TestClientProtocol {
    func form(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return ByteBuffer(string: fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    /// Signs in and returns the Cookie header value carrying the session and the CSRF token.
    func signIn(_ email: String, password: String = DemoOrganization.password) async throws -> String {
        try await execute(uri: "/signin", method: .post,
                          headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "cw_csrf=\(TestApp.csrf)"],
                          body: form([("csrf", TestApp.csrf), ("email", email), ("password", password)])) { response in
            guard let cookie = response.headers[.setCookie], let value = cookie.split(separator: ";").first, value.hasPrefix("cw_session=") else {
                return ""
            }
            return "\(value); cw_csrf=\(TestApp.csrf)"
        }
    }

    func get(_ uri: String, cookie: String) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: [.cookie: cookie])
    }

    func post(_ uri: String, cookie: String, _ fields: [(String, String)], csrf: String? = "") async throws -> TestResponse {
        var all = fields
        if let csrf { all.append(("csrf", csrf.isEmpty ? TestApp.formToken(cookie) : csrf)) }
        return try await execute(uri: uri, method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"], body: form(all))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
