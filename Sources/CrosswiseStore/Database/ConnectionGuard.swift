import FluentKit
import FluentPostgresDriver
import NIOCore
import SQLKit

/// A PostgreSQL handle that never writes a statement to a connection that has already closed.
///
/// PostgresNIO hands a query to the connection's channel and waits for the answer; once the
/// channel has closed (the server crashed, restarted, or was stopped) the query never reaches
/// the connection's handler and its answer never comes. Fluent's transaction meets exactly that:
/// the statement that failed with the crash is followed by a ROLLBACK on the dead connection,
/// which then waits for ever, holding its pool slot, so the event loop's other requests time out
/// and SIGTERM waits for a request that cannot end. This guard checks the connection on its own
/// event loop, in the same turn as the write, and fails at once with "connection closed"
/// instead; a transaction on a closed connection skips the ROLLBACK (the server has already
/// discarded it).
///
/// It also bounds every statement on the client: PostgreSQL's `statement_timeout` cancels a slow
/// statement, but a server that stopped answering (frozen, or cut off by the network) cancels
/// nothing, so a statement still unanswered after `deadline` closes its connection, which fails
/// the statement and frees the pool slot.
struct ConnectionGuard: Database, SQLDatabase {
    /// A pooled handle, or one bound to a leased connection (`inTransaction`).
    let base: any Database
    let deadline: TimeAmount

    init(base: any Database, deadline: TimeAmount) {
        self.base = base
        self.deadline = deadline
    }

    private var sql: any SQLDatabase { base as! any SQLDatabase }

    // MARK: Database

    var context: DatabaseContext { base.context }
    var inTransaction: Bool { base.inTransaction }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        guarded { $0.execute(query: query, onOutput: onOutput) }
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> {
        guarded { $0.execute(schema: schema) }
    }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> {
        guarded { $0.execute(enum: `enum`) }
    }

    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard !inTransaction else { return closure(self) }
        return base.withConnection { connection in
            let bound = ConnectionGuard(base: connection, deadline: deadline)
            return bound.raw("BEGIN").run().flatMap {
                closure(bound).flatMap { result in
                    bound.raw("COMMIT").run().map { result }
                }.flatMapError { error in
                    // A failed ROLLBACK (the connection is gone) reports the error that caused it.
                    bound.raw("ROLLBACK").run().flatMapErrorThrowing { _ in throw error }.flatMapThrowing { throw error }
                }
            }
        }
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        guard !inTransaction else { return closure(self) }
        return base.withConnection { closure(ConnectionGuard(base: $0, deadline: deadline)) }
    }

    // MARK: SQLDatabase

    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { sql.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        guarded { ($0 as! any SQLDatabase).execute(sql: query, onRow) }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await execute(sql: query, onRow).get()
    }

    func withSession<R: Sendable>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await withConnection { connection in
            connection.eventLoop.makeFutureWithTask { try await closure(connection as! any SQLDatabase) }
        }.get()
    }

    // MARK: The guard

    /// Runs `statement` on a connection that is open: the leased one when bound, otherwise one
    /// leased from the pool for this statement alone (as Fluent does for every statement).
    private func guarded(_ statement: @escaping @Sendable (any Database) -> EventLoopFuture<Void>) -> EventLoopFuture<Void> {
        let deadline = self.deadline
        guard inTransaction else {
            return base.withConnection { ConnectionGuard(base: $0, deadline: deadline).guarded(statement) }
        }
        guard let postgres = base as? any PostgresDatabase else { return statement(base) }
        let base = self.base
        return postgres.withConnection { connection in
            // The check and the write happen in one turn of the connection's event loop, where
            // the channel's close is processed too, so nothing can close it in between.
            connection.eventLoop.flatSubmit {
                guard !connection.isClosed else { return connection.eventLoop.makeFailedFuture(PostgresError.connectionClosed) }
                let answered = statement(base)
                let backstop = connection.eventLoop.scheduleTask(in: deadline) {
                    base.logger.warning("a PostgreSQL statement had no answer in time; closing its connection",
                                        metadata: ["timeout_s": "\(deadline.nanoseconds / 1_000_000_000)"])
                    let closing: EventLoopFuture<Void> = connection.close()
                    closing.whenComplete { _ in }
                }
                answered.whenComplete { _ in backstop.cancel() }
                return answered
            }
        }
    }
}
