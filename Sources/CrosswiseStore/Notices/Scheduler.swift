import FluentKit
import Foundation
import Logging
import ServiceLifecycle
import SQLKit

/// Runs registered jobs when due, once per due run however many `crosswise serve` processes
/// share the database: a process claims a job's row (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite:
/// one process, a conditional UPDATE) and holds a lease while the job runs. The next run is set
/// when a run finishes, from that moment, so a job that missed runs while everything was
/// stopped runs once on start and is then scheduled from then on. A process that dies mid-run
/// leaves the lease, and the run is made again once the lease runs out.
public struct Scheduler: Service {
    public struct Settings: Sendable {
        public var pollInterval: Duration = .seconds(30)
        /// Longer than any job takes.
        public var lease: Duration = .seconds(600)

        public init() {}
    }

    let db: any Database
    let jobs: [ScheduledJob]
    let settings: Settings
    let logger: Logger
    let now: @Sendable () -> Date
    let name: String

    private struct NameRow: Decodable { let name: String }

    public init(db: any Database, jobs: [ScheduledJob], settings: Settings = Settings(), logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.jobs = jobs
        self.settings = settings
        self.logger = logger
        self.now = now
        self.name = "scheduler-\(UUID().uuidString.prefix(8).lowercased())"
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                _ = try await runOnce()
            } catch {
                logger.warning("scheduler round failed", metadata: DatabaseErrorKind.metadata(for: error).mapValues { .string($0) })
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.pollInterval) }
        }
    }

    /// Registers missing jobs, claims the due ones and runs them. Returns the names it ran.
    @discardableResult
    public func runOnce() async throws -> [String] {
        guard let sql = db as? any SQLDatabase, !jobs.isEmpty else { return [] }
        let start = now()
        for job in jobs {
            // A job seen for the first time runs at once (cleanups) or at its daily time.
            let first = job.timing.isDaily ? job.nextRun(after: start) : start
            try await sql.insert(into: ScheduledJobRecord.schema).columns("name", "next_run_at").values(SQLBind(job.name), SQLBind(first))
                .ignoringConflicts(with: ["name"]).run()
        }
        let token = "\(name):\(UUID().uuidString.lowercased())"
        let claimed = try await claim(names: jobs.map(\.name), token: token, now: start, until: start.addingTimeInterval(settings.lease.seconds))
        var ran: [String] = []
        for job in jobs where claimed.contains(job.name) {
            var outcome = "ok"
            do {
                try await job.work(start)
            } catch {
                outcome = DatabaseErrorKind(error)?.description ?? String(describing: type(of: error))
                logger.warning("scheduled job failed", metadata: ["job": "\(job.name)", "error": "\(outcome)"])
            }
            let finished = now()
            try await ScheduledJobRecord.query(on: db).filter(\.$id == job.name).filter(\.$leaseOwner == token)
                .set(\.$lastFinishedAt, to: finished).set(\.$lastOutcome, to: outcome).set(\.$nextRunAt, to: job.nextRun(after: finished))
                .set(\.$leaseOwner, to: nil).set(\.$leaseUntil, to: nil).update()
            ran.append(job.name)
        }
        return ran
    }

    private func claim(names: [String], token: String, now: Date, until: Date) async throws -> Set<String> {
        guard let sql = db as? any SQLDatabase else { return [] }
        if sql.dialect.name == "postgresql" {
            try await db.transaction { tx in
                let sql = tx as! any SQLDatabase
                let due = try await sql.raw("""
                    SELECT name FROM scheduled_jobs WHERE name IN (\(binds: names)) AND next_run_at <= \(bind: now) \
                    AND (lease_until IS NULL OR lease_until < \(bind: now)) FOR UPDATE SKIP LOCKED
                    """).all(decoding: NameRow.self).map(\.name)
                guard !due.isEmpty else { return }
                try await sql.raw("""
                    UPDATE scheduled_jobs SET lease_owner = \(bind: token), lease_until = \(bind: until), last_started_at = \(bind: now) \
                    WHERE name IN (\(binds: due))
                    """).run()
            }
        } else {
            try await sql.raw("""
                UPDATE scheduled_jobs SET lease_owner = \(bind: token), lease_until = \(bind: until), last_started_at = \(bind: now) \
                WHERE name IN (\(binds: names)) AND next_run_at <= \(bind: now) AND (lease_until IS NULL OR lease_until < \(bind: now))
                """).run()
        }
        return Set(try await ScheduledJobRecord.query(on: db).filter(\.$leaseOwner == token).all().compactMap(\.id))
    }

    /// Every job that has ever been registered, by name, for the admin page.
    public static func jobs(on db: any Database, now: Date = Date()) async throws -> [JobStatus] {
        try await ScheduledJobRecord.query(on: db).sort(\.$id).all().map {
            JobStatus(name: $0.id ?? "", lastStarted: $0.lastStartedAt, lastFinished: $0.lastFinishedAt, lastOutcome: $0.lastOutcome,
                      nextRun: $0.nextRunAt, running: ($0.leaseUntil ?? .distantPast) > now)
        }
    }
}

extension ScheduledJob.Timing {
    var isDaily: Bool { if case .dailyUTC = self { true } else { false } }
}
