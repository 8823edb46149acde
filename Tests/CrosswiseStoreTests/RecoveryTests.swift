import CrosswiseStore
import FluentKit
import Foundation
import Logging
import SQLKit
import Synchronization
import Testing

/// What happens when PostgreSQL crashes under the app and comes back. Needs a server of its own
/// that the test may stop: CROSSWISE_TEST_PG_CTL is its pg_ctl command (data directory included,
/// as `scripts/start-postgres.sh` prints it) and CROSSWISE_TEST_PG_CTL_URL its URL. .ci/run
/// starts one beside the main test server, so the other PostgreSQL tests keep theirs.
@Suite(.serialized) struct RecoveryTests {
    static let environment = ProcessInfo.processInfo.environment
    static let pgCtl = environment["CROSSWISE_TEST_PG_CTL"] ?? ""
    static let url = environment["CROSSWISE_TEST_PG_CTL_URL"] ?? ""
    static let enabled = !(environment["CROSSWISE_TEST_POSTGRES_URL"] ?? "").isEmpty && !pgCtl.isEmpty && !url.isEmpty

    /// Runs `$CROSSWISE_TEST_PG_CTL arguments` through the shell and waits for it. posix_spawn
    /// and waitpid rather than Foundation's Process, whose wait can miss the child's exit here.
    static func pgCtl(_ arguments: String) throws {
        let command = "\(pgCtl) \(arguments) >/dev/null 2>&1"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ["/bin/sh", "-c", command].map { (text: String) in strdup(text) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { throw CommandError(text: "cannot run pg_ctl") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw CommandError(text: "pg_ctl \(arguments) failed (\(status))") }
    }

    struct CommandError: Error { let text: String }

    /// Waits for `body` at most `seconds`; nil when it did not finish in time. The body runs in
    /// a task of its own, so a body that never returns cannot hold the test up.
    static func within<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () async throws -> T) async -> Result<T, any Error>? {
        let once = Mutex<CheckedContinuation<Result<T, any Error>?, Never>?>(nil)
        return await withCheckedContinuation { continuation in
            once.withLock { $0 = continuation }
            let finish: @Sendable (Result<T, any Error>?) -> Void = { result in
                once.withLock { pending in pending?.resume(returning: result); pending = nil }
            }
            Task { do { finish(.success(try await body())) } catch { finish(.failure(error)) } }
            Task { try? await Task.sleep(for: .seconds(seconds)); finish(nil) }
        }
    }

    @Test(.enabled(if: RecoveryTests.enabled))
    func queriesSucceedWithinSecondsAfterPostgreSQLCrashesMidTransactionAndRestarts() async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let db = try CrosswiseDatabase(.postgres(url: Self.url), logger: logger)
        let sql = db.db as! any SQLDatabase
        try await sql.raw("SELECT 1").run()

        // A write transaction that is still running when the server goes down: many small
        // statements one after another, as an import of a few thousand people writes them.
        let long = Task {
            try await db.db.transaction { tx in
                let sql = tx as! any SQLDatabase
                try await sql.raw("CREATE TEMPORARY TABLE crash_probe (n int)").run()
                for n in 0..<1_000_000 { try await sql.raw("INSERT INTO crash_probe VALUES (\(bind: n))").run() }
            }
        }
        try await Task.sleep(for: .seconds(1))
        try Self.pgCtl("stop -m immediate")
        try await Task.sleep(for: .seconds(2))
        try Self.pgCtl("start")
        let restarted = ContinuousClock.now

        // The interrupted transaction ends with an error instead of waiting forever.
        let ended = await Self.within(10) { try await long.value }
        #expect(ended != nil, "the transaction cut off by the crash never returned")
        if case .success = ended { Issue.record("the transaction cut off by the crash claimed success") }

        // Every event loop's pool answers again: twenty queries at once, each on a random loop.
        let answered = await Self.within(10) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        var lastError: (any Error)?
                        for _ in 0..<20 {
                            do { try await (db.db as! any SQLDatabase).raw("SELECT 1").run(); return } catch { lastError = error }
                            try await Task.sleep(for: .milliseconds(250))
                        }
                        throw lastError!
                    }
                }
                try await group.waitForAll()
            }
        }
        let recovery = ContinuousClock.now - restarted
        #expect(answered != nil, "queries after the restart did not finish within 10 s")
        if case .failure(let error) = answered { Issue.record("queries after the restart failed: \(String(reflecting: error))") }
        #expect(recovery < .seconds(5), "recovery took \(recovery)")
        print("PostgreSQL recovery after restart: \(recovery)")

        // And the database still closes promptly.
        let closed = await Self.within(10) { await db.shutdown() }
        #expect(closed != nil, "closing the database hung")
    }

    @Test(.enabled(if: RecoveryTests.enabled))
    func aStatementToAFrozenServerFailsAfterTheBackstopInsteadOfWaitingForEver() async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        var limits = DatabaseLimits()
        limits.unansweredStatementTimeout = .seconds(2)
        let db = try CrosswiseDatabase(.postgres(url: Self.url), logger: logger, limits: limits)
        let start = ContinuousClock.now
        let frozen = await Self.within(20) {
            try await db.db.transaction { tx in
                let sql = tx as! any SQLDatabase
                let backend = try await sql.raw("SELECT pg_backend_pid() AS pid").first(decodingColumn: "pid", as: Int32.self)!
                // Freeze the server process behind this connection: it keeps the socket open
                // and answers nothing, as a server cut off by the network would.
                guard kill(backend, SIGSTOP) == 0 else { throw CommandError(text: "cannot stop the backend") }
                defer { kill(backend, SIGCONT) }
                try await sql.raw("SELECT 1").run()
            }
        }
        let waited = ContinuousClock.now - start
        switch frozen {
        case nil: Issue.record("the transaction on the frozen server never ended")
        case .success?: Issue.record("the transaction on the frozen server claimed success")
        case .failure(let error)?:
            #expect(DatabaseErrorKind(error)?.category == .connectionClosed, "\(String(reflecting: error))")
            #expect(waited > .seconds(1) && waited < .seconds(6), "waited \(waited)")
        }
        // The next unit of work gets a working connection.
        let again = await Self.within(10) { try await (db.db as! any SQLDatabase).raw("SELECT 1").run() }
        if case .success = again {} else { Issue.record("no query succeeded after the frozen connection was closed: \(String(describing: again))") }
        _ = await Self.within(10) { await db.shutdown() }
    }
}
