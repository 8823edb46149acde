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

    public var description: String {
        switch self {
        case .badPostgresURL(let reason): "the PostgreSQL URL could not be read (\(reason)); expected postgres://user:password@host:5432/database"
        case .notSQLite: "this command works on a SQLite database only"
        }
    }
}

/// Owns Fluent's `Databases` for the life of the process: opens them, applies the numbered
/// migrations, and closes them on shutdown. It runs as a ServiceLifecycle service beside the HTTP
/// server so that SIGTERM closes connections after the last request finishes.
public final class CrosswiseDatabase: Service, Sendable {
    public let location: DatabaseLocation
    public let databases: Databases
    let logger: Logger
    private let threadPool: NIOThreadPool
    /// One handle per event loop, made once. Asking `Databases` for a handle after shutdown
    /// returns nil; a request that arrives during shutdown must get an error, not a crash.
    private let handles: [any Database]

    /// `schema` puts every PostgreSQL table in that schema instead of `public`; tests use it to
    /// give each test a clean database on one server.
    public init(_ location: DatabaseLocation, logger: Logger, schema: String? = nil) throws {
        self.location = location
        self.logger = logger
        threadPool = NIOThreadPool(numberOfThreads: 2)
        threadPool.start()
        databases = Databases(threadPool: threadPool, on: MultiThreadedEventLoopGroup.singleton)
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            do {
                var config = try SQLPostgresConfiguration(url: url)
                config.searchPath = [schema ?? "public"]
                databases.use(.postgres(configuration: config, sqlLogLevel: .trace), as: .psql)
            } catch {
                throw DatabaseSetupError.badPostgresURL(String(describing: error))
            }
        }
        var handles: [any Database] = []
        for loop in MultiThreadedEventLoopGroup.singleton.makeIterator() {
            if let handle = databases.database(logger: logger, on: loop) { handles.append(handle) }
        }
        self.handles = handles
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

    /// Names of migrations that have not run yet.
    public func pendingMigrations() async throws -> [String] {
        let migrations = Migrations()
        migrations.add(CrosswiseMigrations.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
        try await migrator.setupIfNeeded().get()
        return try await migrator.previewPrepareBatch().get().map { $0.0.name }
    }

    /// Whether the database answers a trivial query; `/healthz` reports this.
    public func isHealthy() async -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        do {
            try await sql.raw("SELECT 1").run()
            return true
        } catch {
            return false
        }
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

    public func shutdown() async {
        await databases.shutdownAsync()
        try? await threadPool.shutdownGracefully()
    }
}
