import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// Where the data lives: a SQLite file by default, or PostgreSQL by URL.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// `postgres://` or `postgresql://` URLs select PostgreSQL; anything else is a SQLite path.
    public init(path: String, url: String?) {
        if let url, !url.isEmpty { self = .postgres(url: url) } else { self = .sqlite(path: path) }
    }

    public var isPostgres: Bool { if case .postgres = self { true } else { false } }

    /// "host:port" of a PostgreSQL URL, never its user or password.
    public var server: String {
        guard case .postgres(let url) = self, let parts = URLComponents(string: url) else { return "" }
        return "\(parts.host ?? "localhost"):\(parts.port ?? 5432)"
    }

    /// Never prints a password that may be in the URL.
    public var description: String {
        switch self {
        case .sqlite(let path): "SQLite at \(path)"
        case .postgres(let url):
            if let parts = URLComponents(string: url) {
                "PostgreSQL at \(parts.host ?? "localhost")\(parts.port.map { ":\($0)" } ?? "")\(parts.path)"
            } else { "PostgreSQL" }
        }
    }
}

public enum DatabaseSetupError: Error, CustomStringConvertible {
    case badPostgresURL(String)
    case notSQLite
    /// The SQLite file (or its folder, where SQLite keeps the write-ahead log) cannot be written.
    case readOnly(path: String)
    /// The folder that should hold the SQLite file does not exist.
    case missingDirectory(path: String, directory: String)
    /// The disk holding the database is full.
    case diskFull(String)
    /// PostgreSQL could not be reached or refused us; `reason` never carries the password.
    case unreachable(server: String, reason: String)
    /// Anything else, with the database named and the error's kind (never its values).
    case failed(database: String, kind: String)

    public var description: String {
        switch self {
        case .badPostgresURL(let reason): "the PostgreSQL URL could not be read (\(reason)); expected postgres://user:password@host:5432/database"
        case .notSQLite: "this command works on a SQLite database only"
        case .readOnly(let path): "cannot write the database \(path): it is read-only (check the file's permissions)"
        case .missingDirectory(let path, let directory): "cannot open the database \(path): the folder \(directory) does not exist (create it, or choose another --data path)"
        case .diskFull(let database): "cannot write the database \(database): the disk is full"
        case .unreachable(let server, let reason): "cannot reach PostgreSQL at \(server): \(reason)"
        case .failed(let database, let kind): "could not prepare the database (\(database)): \(kind)"
        }
    }

    /// What went wrong while opening or preparing `location`, in words that say what to do.
    public static func explaining(_ error: any Error, at location: DatabaseLocation) -> DatabaseSetupError {
        if let error = error as? DatabaseSetupError { return error }
        let kind = DatabaseErrorKind(error)
        switch location {
        case .sqlite(let path):
            switch kind?.category {
            case .readOnly?: return .readOnly(path: path)
            case .diskFull?: return .diskFull(path)
            default:
                let directory = (path as NSString).deletingLastPathComponent
                if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
                    return .missingDirectory(path: path, directory: directory)
                }
            }
        case .postgres:
            let server = location.server
            switch kind?.category {
            case .connectionRefused?, .connectionClosed?:
                return .unreachable(server: server, reason: kind!.description.replacingOccurrences(of: "PostgreSQL ", with: ""))
            case .authentication?:
                return .unreachable(server: server, reason: "the user name or password was refused (\(kind!.description))")
            case .missingDatabase?:
                return .unreachable(server: server, reason: "the database does not exist (\(kind!.description))")
            case .timeout?:
                return .unreachable(server: server, reason: "no answer in time (\(kind!.description))")
            case .diskFull?:
                return .diskFull(location.description)
            default: break
            }
        }
        return .failed(database: location.description, kind: kind?.description ?? "\(type(of: error))")
    }
}

/// How long the database may take, and how many PostgreSQL connections a process keeps. The
/// defaults suit one `crosswise serve` among a few behind a load balancer.
public struct DatabaseLimits: Sendable {
    /// PostgreSQL connections per event loop (so per core). More than one keeps a loop serving
    /// while one of its connections is busy with a long import.
    public var connectionsPerEventLoop = 4
    /// How long a request waits for a free pooled connection before failing.
    public var connectionPoolTimeout: TimeAmount = .seconds(5)
    /// How long opening a PostgreSQL connection may take.
    public var connectTimeout: TimeAmount = .seconds(3)
    /// PostgreSQL cancels any statement running longer (`statement_timeout`).
    public var statementTimeout: Duration = .seconds(30)
    /// A statement still unanswered after this long closes its connection: a frozen or
    /// unreachable server cancels nothing. Longer than `statementTimeout`, so it is the backstop.
    public var unansweredStatementTimeout: Duration = .seconds(35)
    /// PostgreSQL ends a session left idle inside a transaction this long
    /// (`idle_in_transaction_session_timeout`), releasing its locks.
    public var idleInTransactionTimeout: Duration = .seconds(60)
    /// `/healthz` gives up on the database after this long and answers 503.
    public var healthTimeout: Duration = .seconds(1)
    /// Below this much free space on the SQLite file's disk, `/healthz` answers 503.
    public var minimumFreeBytes: UInt64 = 32 * 1024 * 1024
    /// Closing the connections on shutdown waits at most this long.
    public var shutdownTimeout: Duration = .seconds(5)

    public init() {}
}

/// Owns Fluent's `Databases` for the life of the process: opens them, applies the numbered
/// migrations, and closes them on shutdown. It runs as a ServiceLifecycle service beside the HTTP
/// server so that SIGTERM closes connections after the last request finishes.
///
/// Queries are logged through a logger of the database's own whose level never goes below
/// `.info`: FluentKit and SQLKit log every query with its bound values at debug and trace, and
/// those values are e-mail addresses, names and password hashes.
public final class CrosswiseDatabase: Service, Sendable {
    public let location: DatabaseLocation
    public let databases: Databases
    public let limits: DatabaseLimits
    let logger: Logger
    private let threadPool: NIOThreadPool
    /// One handle per event loop, made once. Asking `Databases` for a handle after shutdown
    /// returns nil; a request that arrives during shutdown must get an error, not a crash.
    private let handles: [any Database]
    private let health: HealthProbe

    /// `schema` puts every PostgreSQL table in that schema instead of `public`; tests use it to
    /// give each test a clean database on one server.
    /// `queryCounter` counts every statement (tests of a page's number of queries).
    public init(_ location: DatabaseLocation, logger: Logger, schema: String? = nil, limits: DatabaseLimits = DatabaseLimits(),
                queryCounter: QueryCounter? = nil) throws {
        self.location = location
        self.limits = limits
        var logger = logger
        logger.logLevel = max(logger.logLevel, .info)
        self.logger = logger
        switch location {
        case .sqlite(let path):
            // SQLite would report a missing folder only as "unable to open database file".
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty && !FileManager.default.fileExists(atPath: directory) {
                throw DatabaseSetupError.missingDirectory(path: path, directory: directory)
            }
        case .postgres: break
        }
        threadPool = NIOThreadPool(numberOfThreads: 2)
        threadPool.start()
        databases = Databases(threadPool: threadPool, on: MultiThreadedEventLoopGroup.singleton)
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
        case .postgres(let url):
            do {
                var config = try SQLPostgresConfiguration(url: url)
                config.searchPath = [schema ?? "public"]
                config.coreConfiguration.options.connectTimeout = limits.connectTimeout
                // Set on every connection when it opens, so no statement and no forgotten
                // transaction can hold a connection (and its locks) for ever.
                config.coreConfiguration.options.additionalStartupParameters += [
                    ("statement_timeout", "\(limits.statementTimeout.milliseconds)"),
                    ("idle_in_transaction_session_timeout", "\(limits.idleInTransactionTimeout.milliseconds)"),
                ]
                databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: limits.connectionsPerEventLoop,
                                        connectionPoolTimeout: limits.connectionPoolTimeout,
                                        pruneInterval: .seconds(60), maxIdleTimeBeforePruning: .seconds(120),
                                        sqlLogLevel: .debug), as: .psql)
            } catch {
                throw DatabaseSetupError.badPostgresURL(String(describing: error))
            }
        }
        var handles: [any Database] = []
        for loop in MultiThreadedEventLoopGroup.singleton.makeIterator() {
            guard let handle = databases.database(logger: logger, on: loop) else { continue }
            let backstop = TimeAmount.milliseconds(limits.unansweredStatementTimeout.milliseconds)
            let guarded: any Database = location.isPostgres ? ConnectionGuard(base: handle, deadline: backstop) : handle
            handles.append(queryCounter.map { CountingDatabase(base: guarded, counter: $0) } ?? guarded)
        }
        self.handles = handles
        health = HealthProbe()
    }

    /// The database handle for a unit of work, on one of the event loops; Fluent pools the
    /// connections of each loop.
    public var db: any Database {
        handles.randomElement()!
    }

    public var isSQLite: Bool { if case .sqlite = location { true } else { false } }

    /// Applies pending migrations. SQLite also switches to write-ahead logging, which lets
    /// readers (and `crosswise backup`) work while a request writes; foreign keys are on for
    /// every connection and SQLiteNIO retries on a busy database instead of failing.
    public func migrate() async throws {
        if isSQLite, let sql = db as? any SQLDatabase {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
        let migrations = Migrations()
        migrations.add(CrosswiseMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// Migrates, then proves the database can be written, so that a read-only file, a missing
    /// folder or an unreachable server stops the start with one sentence saying which.
    public func prepare() async throws(DatabaseSetupError) {
        do {
            try await migrate()
            if case .sqlite(let path) = location, let problem = SQLiteFile.writeProblem(path: path) {
                throw problem
            }
        } catch {
            throw DatabaseSetupError.explaining(error, at: location)
        }
    }

    /// Names of migrations that have not run yet.
    public func pendingMigrations() async throws -> [String] {
        let migrations = Migrations()
        migrations.add(CrosswiseMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.setupIfNeeded().get()
        return try await migrator.previewPrepareBatch().get().map { $0.0.name }
    }

    /// Whether the database can serve requests; `/healthz` reports this. It answers within
    /// `limits.healthTimeout` (a hung server is unhealthy, not a hung probe), and probes at most
    /// once a second however often it is asked, since `/healthz` needs no sign-in.
    public func isHealthy() async -> Bool {
        await health.check { [self] in await probe() }
    }

    /// One probe: a trivial query; for SQLite also that the file can still be written and its
    /// disk has room (a full disk still answers SELECT 1).
    func probe() async -> Bool {
        let answered = await Deadline.run(within: limits.healthTimeout) { [self] in
            guard let sql = db as? any SQLDatabase else { return false }
            try await sql.raw("SELECT 1").run()
            return true
        }
        guard case .success(true) = answered else { return false }
        if case .sqlite(let path) = location {
            if SQLiteFile.writeProblem(path: path) != nil { return false }
            if let free = SQLiteFile.freeBytes(path: path), free < limits.minimumFreeBytes { return false }
        }
        return true
    }

    /// A consistent copy of the SQLite file while the server keeps running (`VACUUM INTO` reads
    /// one snapshot of the database, unlike copying the file and its WAL).
    public func backup(to path: String) async throws {
        guard isSQLite, let sql = db as? any SQLDatabase else { throw DatabaseSetupError.notSQLite }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }

    public func run() async throws {
        // Wait for graceful shutdown (after the HTTP server has drained), then close.
        try? await gracefulShutdown()
        await shutdown()
    }

    /// Closes every connection. A connection stuck on a server that went away must not keep
    /// the process alive, so this waits at most `limits.shutdownTimeout`.
    public func shutdown() async {
        let closed = await Deadline.run(within: limits.shutdownTimeout) { [databases, threadPool] in
            await databases.shutdownAsync()
            try? await threadPool.shutdownGracefully()
        }
        if case .failure(let error) = closed {
            logger.warning("database connections did not close in time; leaving them to the exit", metadata: DatabaseErrorKind.metadata(for: error).mapValues { .string($0) })
        }
    }
}

extension Duration {
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
