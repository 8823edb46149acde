import CrosswiseStore
import FluentKit
import Foundation
import Logging
import SQLKit

/// The databases storage tests run on: SQLite always, PostgreSQL when
/// CROSSWISE_TEST_POSTGRES_URL is set (CI sets it). Each test gets a fresh, migrated database:
/// a new SQLite file, or a new PostgreSQL schema.
enum TestDatabases {
    static let kinds: [String] = ProcessInfo.processInfo.environment["CROSSWISE_TEST_POSTGRES_URL"].map { $0.isEmpty ? ["sqlite"] : ["sqlite", "postgres"] } ?? ["sqlite"]

    static func fresh(_ kind: String) async throws -> CrosswiseDatabase {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        if kind == "postgres", let url = ProcessInfo.processInfo.environment["CROSSWISE_TEST_POSTGRES_URL"] {
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            let admin = try CrosswiseDatabase(.postgres(url: url), logger: logger)
            try await (admin.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: String(schema))").run()
            await admin.shutdown()
            let db = try CrosswiseDatabase(.postgres(url: url), logger: logger, schema: String(schema))
            try await db.migrate()
            return db
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("crosswise-test-\(UUID().uuidString).sqlite").path
        let db = try CrosswiseDatabase(.sqlite(path: path), logger: logger)
        try await db.migrate()
        return db
    }

    /// A second handle on the same database, as another `crosswise serve` process would have:
    /// for PostgreSQL its own connections to the same schema; for SQLite (one process) the same.
    static func secondProcess(of db: CrosswiseDatabase) async throws -> CrosswiseDatabase? {
        guard case .postgres(let url) = db.location else { return nil }
        struct Row: Decodable { let schema: String }
        let schema = try await (db.db as! any SQLDatabase).raw("SELECT current_schema() AS schema").first(decoding: Row.self)!.schema
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return try CrosswiseDatabase(.postgres(url: url), logger: logger, schema: schema)
    }
}
