@testable import CrosswiseStore
import FluentKit
import Foundation
import Logging
import Testing

/// Scheduled jobs: one run per due time across processes, catch-up after a stop, what an
/// admin sees.
@Suite struct SchedulerTests {
    let logger = Logger(label: "test")

    /// Counts runs of one job per run time.
    actor Runs {
        private(set) var times: [Date] = []
        func record(_ time: Date) { times.append(time) }
    }

    func job(_ runs: Runs, timing: ScheduledJob.Timing = .every(.seconds(600))) -> ScheduledJob {
        ScheduledJob(name: "test.count", timing: timing) { now in
            try await Task.sleep(for: .milliseconds(20))
            await runs.record(now)
        }
    }

    @Test(arguments: TestDatabases.kinds)
    func twoSchedulersOnOneDatabaseRunEachDueRunOnce(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        let other = try await TestDatabases.secondProcess(of: db)
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let runs = Runs()
        let schedulers = [db, other ?? db].map { Scheduler(db: $0.db, jobs: [job(runs)], logger: logger, now: { clock.now() }) }
        for _ in 0..<3 {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for scheduler in schedulers + schedulers {
                    group.addTask { _ = try await scheduler.runOnce() }
                }
                try await group.waitForAll()
            }
            clock.advance(601)
        }
        let times = await runs.times
        #expect(times.count == 3)
        #expect(Set(times).count == 3)
        await other?.shutdown()
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aJobThatMissedRunsWhileStoppedRunsOnceAndThenFromNow(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let runs = Runs()
        let before = Scheduler(db: db.db, jobs: [job(runs)], logger: logger, now: { clock.now() })
        #expect(try await before.runOnce() == ["test.count"])
        #expect(try await before.runOnce().isEmpty)
        // Stopped for three days: 432 runs missed.
        clock.advance(3 * 86400)
        let after = Scheduler(db: db.db, jobs: [job(runs)], logger: logger, now: { clock.now() })
        #expect(try await after.runOnce() == ["test.count"])
        #expect(try await after.runOnce().isEmpty)
        #expect(await runs.times.count == 2)
        let status = try #require(try await Scheduler.jobs(on: db.db, now: clock.now()).first)
        #expect(status.name == "test.count" && status.lastOutcome == "ok" && !status.running)
        #expect(abs(status.nextRun.timeIntervalSince(clock.now()) - 600) < 1)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aDailyJobWaitsForItsTimeAndAFailureIsShownToTheAdmin(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        // 2027-01-15 01:00 UTC; the job is due at 03:17 UTC.
        let clock = TestClock(Date(timeIntervalSince1970: 1_799_971_200 + 3600))
        struct Broken: Error {}
        let failing = ScheduledJob(name: "test.daily", timing: .dailyUTC(minute: 3 * 60 + 17)) { _ in throw Broken() }
        let scheduler = Scheduler(db: db.db, jobs: [failing], logger: logger, now: { clock.now() })
        #expect(try await scheduler.runOnce().isEmpty)
        clock.advance(2 * 3600 + 17 * 60)
        #expect(try await scheduler.runOnce() == ["test.daily"])
        let status = try #require(try await Scheduler.jobs(on: db.db).first)
        #expect(status.lastOutcome == "Broken")
        #expect(status.nextRun.timeIntervalSince(clock.now()).rounded() == 86400)
        await db.shutdown()
    }
}
