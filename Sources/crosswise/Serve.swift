import ArgumentParser
import CrosswiseStore
import CrosswiseWeb
import Foundation
import Logging
import Mail
import ServiceLifecycle
import Skills
import Worldtime

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the web app: migrate the database, then listen.")

    @OptionGroup var database: DatabaseOptions

    @OptionGroup(title: "E-mail (off without --smtp-host)") var smtp: SMTPOptions

    /// The mail server settings, checked by `validate()`; nil when e-mail is off.
    var mailSettings: SMTPSettings? { try? smtp.settings() }

    @Option(help: "Address to listen on. Also CROSSWISE_HOST.")
    var host: String = ProcessInfo.processInfo.environment["CROSSWISE_HOST"] ?? "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one. Also CROSSWISE_PORT.")
    var port: Int = Int(ProcessInfo.processInfo.environment["CROSSWISE_PORT"] ?? "") ?? 8080

    @Flag(help: "Load the demo organization, Meridian Shore Services, unless it is already there.")
    var demo = false

    @Option(help: "With --demo: how many people the demo has (default 39; try 1000 for load tests).")
    var people: Int?

    @Flag(help: "Mark cookies Secure even on plain HTTP (behind a TLS proxy). Also CROSSWISE_SECURE_COOKIES=1.")
    var secureCookies = ProcessInfo.processInfo.environment["CROSSWISE_SECURE_COOKIES"] == "1"

    @Option(help: ArgumentHelp("The address people use to reach Crosswise, for links that leave the browser (calendar feeds): https://crosswise.example.com. Also CROSSWISE_PUBLIC_URL.", valueName: "url"))
    var publicURL: String?

    /// The flag, or CROSSWISE_PUBLIC_URL.
    var publicAddress: String? { publicURL ?? ProcessInfo.processInfo.environment["CROSSWISE_PUBLIC_URL"] }

    @Flag(help: "Behind a reverse proxy: take the client address from X-Forwarded-For (for sign-in throttling). Also CROSSWISE_TRUST_PROXY=1.")
    var trustProxy = ProcessInfo.processInfo.environment["CROSSWISE_TRUST_PROXY"] == "1"

    @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error. Also CROSSWISE_LOG_LEVEL.", valueName: "level"))
    var logLevel: String = ProcessInfo.processInfo.environment["CROSSWISE_LOG_LEVEL"] ?? "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let people, people < 1 || people > 100_000 { throw ValidationError("--people must be between 1 and 100000") }
        if people != nil && !demo { throw ValidationError("--people only applies with --demo") }
        if let publicURL = publicAddress, PublicURL(publicURL) == nil { throw ValidationError("--public-url must be an http:// or https:// address with a host and no path, such as https://crosswise.example.com") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error") }
    }

    func run() async throws {
        var logger = Logger(label: "crosswise")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        // Read and validate the bundled framework before listening: a broken file stops the
        // start with its problems listed instead of failing on the first Skills page.
        let framework = Framework.builtIn
        let location = DatabaseLocation(path: database.data, url: database.databaseURL)
        let db = try openDatabase(location, logger: logger)
        do {
            try await db.prepare()
        } catch {
            await db.shutdown()
            throw CommandFailure(error.description)
        }
        var configuration = AppConfiguration(host: host, port: port, secureCookies: secureCookies, trustProxy: trustProxy,
                                             publicURL: publicAddress.flatMap(PublicURL.init))
        configuration.emailOn = mailSettings != nil
        configuration.mailServer = mailSettings.map { "\($0.host):\($0.port) (\($0.security.rawValue))" }
        let services = try await AppServices(database: db, configuration: configuration)
        try await services.accounts.removeExpiredSessions()
        var demoLines: [String] = []
        if demo {
            let loaded = try await DemoOrganization(db: db.db, passwords: services.passwords).loadIfMissing(people: people)
            demoLines.append(loaded ? "Loaded the demo organization, Meridian Shore Services." : "The demo organization is already loaded.")
            demoLines.append("Demo sign-ins (password \(DemoOrganization.password)):")
            for signIn in DemoOrganization.signIns {
                demoLines.append("  \(signIn.role.title.padding(toLength: 7, withPad: " ", startingAt: 0)) \(signIn.email)  (\(signIn.name))")
            }
        }
        let lines = demoLines
        let mailLine = mailSettings.map { "E-mail: through \($0.host):\($0.port) (\($0.security.rawValue))" }
            ?? "E-mail: off (no --smtp-host); notices stay in the inbox"
        let app = buildApplication(services: services, logger: logger) { port in
            let text = "Crosswise is running at http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(port)  (\(location))\n"
                + "Time zone data: IANA tzdata \(TimeZoneDatabase.shared.summary)\n"
                + "Competency framework: \(framework.active.count) competencies, \(framework.roles.count) roles (built in, validated)\n"
                + mailLine + "\n"
                + lines.map { $0 + "\n" }.joined()
            // Written straight to the descriptor so it appears at once even when piped.
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        ShutdownWatchdog.arm(after: .seconds(15))
        // Every process runs both: the outbox's leases and the jobs' claimed rows make several
        // processes on one PostgreSQL send each e-mail and run each job once.
        let delivery = mailSettings.map(MailDelivery.init)
        var deliver: OutboxWorker.Deliver?
        if let delivery { deliver = { mail in try await delivery.send(mail) } }
        let outbox = OutboxWorker(db: db.db, deliver: deliver, logger: logger)
        let accounts = services.accounts
        let cleanup = ScheduledJob(name: "accounts.cleanup", timing: .every(Duration.seconds(3600))) { _ in
            try await accounts.removeExpiredSessions()
            try await accounts.removeExpiredResets()
        }
        let scheduler = Scheduler(db: db.db, jobs: NoticeJobs.all(db: db.db) + [cleanup], logger: logger)
        var group = ServiceGroupConfiguration(services: [.init(service: app), .init(service: outbox), .init(service: scheduler)],
                                              gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        // Requests get ten seconds to finish after SIGTERM; then they are cancelled.
        group.maximumGracefulShutdownDuration = .seconds(10)
        try await ServiceGroup(configuration: group).run()
    }
}

/// The last word on stopping: a request stuck on a database that went away must not keep the
/// process alive after SIGTERM or SIGINT. The service group drains and cancels first; if it has
/// not finished when this fires, the process exits anyway.
enum ShutdownWatchdog {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func arm(after limit: Duration) {
        for signal in [SIGTERM, SIGINT] {
            let source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
            source.setEventHandler {
                DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(Int(limit.components.seconds * 1000))) {
                    FileHandle.standardError.write(Data("crosswise: requests did not finish \(limit.components.seconds) s after the stop signal; exiting\n".utf8))
                    exit(1)
                }
            }
            source.resume()
            sources.append(source)
        }
    }
}

func openDatabase(_ location: DatabaseLocation, logger: Logger) throws -> CrosswiseDatabase {
    do {
        return try CrosswiseDatabase(location, logger: logger)
    } catch {
        throw CommandFailure(DatabaseSetupError.explaining(error, at: location).description)
    }
}
