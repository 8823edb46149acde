import CrosswiseStore
import FluentKit
import Foundation
import Logging
import SQLKit
import Testing

/// Server errors are logged by kind, so an operator can tell a full disk from a read-only file
/// from a refused connection, and never with the values that were being written.
@Suite struct DatabaseErrorKindTests {
    @Test func aWriteToAReadOnlySQLiteConnectionIsReportedAsSQLITE_READONLY() async throws {
        let db = try await TestDatabases.fresh("sqlite")
        let thrown = await #expect(throws: (any Error).self) {
            try await db.db.withConnection { conn in
                let sql = conn as! any SQLDatabase
                try await sql.raw("PRAGMA query_only = ON").run()
                defer { Task { try? await sql.raw("PRAGMA query_only = OFF").run() } }
                try await Organization(name: "Quiet Ltd").create(on: conn)
            }
        }
        let kind = try #require(thrown.flatMap { DatabaseErrorKind($0) })
        #expect(kind.category == .readOnly)
        #expect(kind.description == "SQLite SQLITE_READONLY (readOnly)")
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aDuplicateEmailIsAConstraintErrorWhoseKindDoesNotRepeatTheEmail(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        let org = Organization(name: "Acme")
        try await org.create(on: db.db)
        try await Person(organizationID: org.requireID(), name: "Ana Reyes", email: "ana.reyes@example.com", role: .member).create(on: db.db)
        let thrown = await #expect(throws: (any Error).self) {
            try await Person(organizationID: org.requireID(), name: "Ana Reyes", email: "ana.reyes@example.com", role: .member).create(on: db.db)
        }
        let found = try #require(thrown.flatMap { DatabaseErrorKind($0) })
        #expect(found.category == .constraint)
        #expect(found.description == (kind == "sqlite" ? "SQLite SQLITE_CONSTRAINT (constraintUniqueFailed)" : "PostgreSQL SQLSTATE 23505 unique_violation"))
        let metadata = DatabaseErrorKind.metadata(for: thrown!).values.joined(separator: " ")
        #expect(!metadata.contains("ana.reyes") && !metadata.contains("Ana"))
        await db.shutdown()
    }

    @Test func aRefusedPostgreSQLConnectionSaysSoAndWhereWithoutThePassword() async throws {
        let location = DatabaseLocation.postgres(url: "postgres://crosswise:s3cret-pw@127.0.0.1:1/crosswise?sslmode=disable")
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let db = try CrosswiseDatabase(location, logger: logger)
        let thrown = await #expect(throws: (any Error).self) { try await (db.db as! any SQLDatabase).raw("SELECT 1").run() }
        #expect(thrown.flatMap { DatabaseErrorKind($0) }?.category == .connectionRefused)
        let explained = DatabaseSetupError.explaining(thrown!, at: location).description
        #expect(explained == "cannot reach PostgreSQL at 127.0.0.1:1: connection refused")
        await db.shutdown()
    }

    @Test func aMissingFolderIsNamedBeforeSQLiteTriesToOpenIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString)/crosswise.sqlite").path
        #expect(throws: DatabaseSetupError.self) { try CrosswiseDatabase(.sqlite(path: path), logger: Logger(label: "test")) }
        do { _ = try CrosswiseDatabase(.sqlite(path: path), logger: Logger(label: "test")) } catch {
            #expect("\(error)".hasPrefix("cannot open the database \(path): the folder "))
        }
    }
}
