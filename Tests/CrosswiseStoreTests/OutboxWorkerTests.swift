@testable import CrosswiseStore
import FluentKit
import Foundation
import Logging
import Testing

/// Delivery from the outbox: exactly once across workers and crashes, retries with backoff,
/// giving up. On PostgreSQL the second worker has its own connections, like another process.
@Suite struct OutboxWorkerTests {
    let logger = Logger(label: "test")

    func settings(lease: Duration = .seconds(60), maxAttempts: Int = 4) -> OutboxWorker.Settings {
        var settings = OutboxWorker.Settings()
        settings.pollInterval = .milliseconds(10)
        settings.lease = lease
        settings.batchSize = 7
        settings.maxAttempts = maxAttempts
        settings.firstRetry = .seconds(30)
        settings.longestRetry = .seconds(100)
        return settings
    }

    @Test(arguments: TestDatabases.kinds)
    func twoWorkersOverTheSameHundredMessagesDeliverEachExactlyOnce(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        try await fixture.queueMails(100, at: Date(timeIntervalSince1970: 0))
        let other = try await TestDatabases.secondProcess(of: fixture.db)
        let deliveries = Deliveries()
        let deliver: OutboxWorker.Deliver = { mail in
            try await Task.sleep(for: .milliseconds(2))
            await deliveries.record(mail)
        }
        let first = OutboxWorker(db: fixture.db.db, deliver: deliver, settings: settings(), logger: logger)
        let second = OutboxWorker(db: (other ?? fixture.db).db, deliver: deliver, settings: settings(), logger: logger)
        let handled = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in [first, second] {
                group.addTask {
                    var total = 0
                    while true {
                        let n = try await worker.runOnce()
                        if n == 0 { return total }
                        total += n
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        let counts = await deliveries.counts
        #expect(counts.count == 100)
        #expect(counts.values.allSatisfy { $0 == 1 })
        #expect(handled.reduce(0, +) == 100)
        if other != nil { #expect(handled.allSatisfy { $0 > 0 }, "both workers took part: \(handled)") }
        #expect(try await fixture.outbox().allSatisfy { $0.state == OutboxState.sent.rawValue && $0.sentAt != nil })
        await other?.shutdown()
        await fixture.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aMessageWhoseWorkerDiedMidSendGoesOnceAfterTheLeaseRunsOut(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await fixture.queueMails(1, at: clock.now())
        let entered = Deliveries()
        let stuck = OutboxWorker(db: fixture.db.db, deliver: { mail in
            await entered.record(mail)
            try await Task.sleep(for: .seconds(3600))
        }, settings: settings(lease: .seconds(60)), logger: logger, now: { clock.now() })
        let task = Task { try await stuck.runOnce() }
        while await entered.counts.isEmpty { try await Task.sleep(for: .milliseconds(5)) }
        task.cancel()
        _ = await task.result

        let other = try await TestDatabases.secondProcess(of: fixture.db)
        let deliveries = Deliveries()
        let next = OutboxWorker(db: (other ?? fixture.db).db, deliver: { await deliveries.record($0) },
                                settings: settings(lease: .seconds(60)), logger: logger, now: { clock.now() })
        // Still leased to the dead worker: nobody sends it yet.
        #expect(try await next.runOnce() == 0)
        clock.advance(61)
        #expect(try await next.runOnce() == 1)
        #expect(try await next.runOnce() == 0)
        #expect(await deliveries.counts.values.sorted() == [1])
        let row = try #require(try await fixture.outbox().first)
        #expect(row.state == OutboxState.sent.rawValue && row.attempts == 2)
        await other?.shutdown()
        await fixture.db.shutdown()
    }

    /// Found by an outside review: a batch is leased at once, and a slow server made the batch
    /// outlast its lease, so a second worker claimed the tail and both sent it.
    @Test(arguments: TestDatabases.kinds)
    func aBatchThatOutlastsItsLeaseIsNotSentTwiceWhenAnotherWorkerTakesItsTail(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await fixture.queueMails(3, at: clock.now())
        let other = try await TestDatabases.secondProcess(of: fixture.db)
        let deliveries = Deliveries()
        let second = OutboxWorker(db: (other ?? fixture.db).db, deliver: { await deliveries.record($0) },
                                  settings: settings(lease: .seconds(60)), logger: logger, now: { clock.now() })
        let secondHandled = Deliveries()
        // Each message takes 40 s of the 60 s lease; during the second one the third
        // message's lease (taken with the batch) runs out and the other worker claims it.
        let slow = OutboxWorker(db: fixture.db.db, deliver: { mail in
            await deliveries.record(mail)
            clock.advance(40)
            if await deliveries.counts.count == 2, try await second.runOnce() > 0 { await secondHandled.record(mail) }
        }, settings: settings(lease: .seconds(60)), logger: logger, now: { clock.now() })
        _ = try await slow.runOnce()
        #expect(await !secondHandled.counts.isEmpty, "the other worker took part")
        let counts = await deliveries.counts
        #expect(counts.count == 3 && counts.values.allSatisfy { $0 == 1 }, "deliveries per message: \(counts.values.sorted())")
        #expect(try await fixture.outbox().allSatisfy { $0.state == OutboxState.sent.rawValue })
        await other?.shutdown()
        await fixture.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aTemporaryFailureIsRetriedWithGrowingDelaysThenGivenUp(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await fixture.queueMails(1, at: clock.now())
        let attempts = Deliveries()
        let worker = OutboxWorker(db: fixture.db.db, deliver: { mail in
            await attempts.record(mail)
            throw MailRefused(permanent: false, kind: "timeout")
        }, settings: settings(maxAttempts: 4), logger: logger, now: { clock.now() })
        var delays: [TimeInterval] = []
        for _ in 0..<4 {
            #expect(try await worker.runOnce() == 1)
            let row = try #require(try await fixture.outbox().first)
            delays.append(row.nextAttemptAt.timeIntervalSince(clock.now()))
            // Not due again before its time.
            #expect(try await worker.runOnce() == 0)
            clock.advance(max(delays.last!, 0) + 1)
        }
        // 30 s, 60 s, then capped at 100 s; the fourth failure gives up (its next time unchanged).
        #expect(delays.prefix(3).map { $0.rounded() } == [30, 60, 100])
        let row = try #require(try await fixture.outbox().first)
        #expect(row.state == OutboxState.failed.rawValue && row.attempts == 4 && row.lastError == "timeout")
        #expect(await attempts.counts.values.sorted() == [4])
        let report = try await OutboxReport.read(organizationID: fixture.organizationID, on: fixture.db.db)
        #expect(report.counts[.failed] == 1 && report.failed.first?.lastError == "timeout")
        await fixture.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aPermanentFailureIsNotRetried(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        try await fixture.queueMails(1, at: clock.now())
        let attempts = Deliveries()
        let worker = OutboxWorker(db: fixture.db.db, deliver: { mail in
            await attempts.record(mail)
            throw MailRefused(permanent: true, kind: "mailbox-unavailable")
        }, settings: settings(), logger: logger, now: { clock.now() })
        #expect(try await worker.runOnce() == 1)
        clock.advance(86400)
        #expect(try await worker.runOnce() == 0)
        let row = try #require(try await fixture.outbox().first)
        #expect(row.state == OutboxState.failed.rawValue && row.attempts == 1 && row.lastError == "mailbox-unavailable")
        await fixture.db.shutdown()
    }
}
