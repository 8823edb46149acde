import FluentKit
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// Counts the statements sent to the database, for tests that hold a page to a number of
/// queries ("GET /skills makes at most 5"). Off unless a counter is given to
/// `CrosswiseDatabase`; it counts, and never sees or keeps, what a statement says.
public final class QueryCounter: Sendable {
    private let count = NIOLockedValueBox(0)
    private let tables = NIOLockedValueBox<[String: Int]>([:])

    public init() {}

    public var value: Int { count.withLockedValue { $0 } }

    /// Fluent queries by the table they start from ("people": 1); SQL statements are not named.
    public var byTable: [String: Int] { tables.withLockedValue { $0 } }

    public func reset() {
        count.withLockedValue { $0 = 0 }
        tables.withLockedValue { $0 = [:] }
    }

    /// The statements `body` sends.
    public func counting<T>(_ body: () async throws -> T) async rethrows -> (result: T, queries: Int) {
        reset()
        let result = try await body()
        return (result, value)
    }

    func tick(table: String? = nil) {
        count.withLockedValue { $0 += 1 }
        if let table { tables.withLockedValue { $0[table, default: 0] += 1 } }
    }
}

/// A database handle that counts each statement, Fluent's and SQLKit's alike, then passes it on.
struct CountingDatabase: Database, SQLDatabase {
    let base: any Database
    let counter: QueryCounter

    private var sql: any SQLDatabase { base as! any SQLDatabase }

    var context: DatabaseContext { base.context }
    var inTransaction: Bool { base.inTransaction }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        counter.tick(table: query.schema)
        return base.execute(query: query, onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }
    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        let counter = counter
        return base.transaction { closure(CountingDatabase(base: $0, counter: counter)) }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        let counter = counter
        return base.withConnection { closure(CountingDatabase(base: $0, counter: counter)) }
    }

    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { sql.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        counter.tick()
        return sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        counter.tick()
        try await sql.execute(sql: query, onRow)
    }

    func withSession<R: Sendable>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        // Nothing in Crosswise opens SQL sessions; their statements would go uncounted.
        try await sql.withSession(closure)
    }
}
