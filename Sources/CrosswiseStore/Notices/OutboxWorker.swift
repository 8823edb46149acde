import FluentKit
import Foundation
import Logging
import ServiceLifecycle

/// Sends the outbox: leases a batch, hands each message to `deliver`, records the outcome.
/// A temporary failure is tried again later (doubling delays up to a cap, then given up as
/// failed, which an admin sees); a permanent one stops at once. A worker that dies mid-send
/// leaves its lease, and when the lease runs out another worker sends the message: it goes once,
/// unless the server had taken it just before the death, in which case the stable Message-ID
/// lets the receiving side drop the copy. Leases must outlast the sender's own timeout.
///
/// Without a sender (no SMTP settings) e-mail is off: pending messages are marked skipped and
/// their secrets blanked; the inbox works regardless.
public struct OutboxWorker: Service {
    public typealias Deliver = @Sendable (OutgoingMail) async throws -> Void

    public struct Settings: Sendable {
        public var pollInterval: Duration = .seconds(5)
        /// Renewed before each message, so it must outlast one send: the SMTP client's own limits
        /// (connect, each reply, the reply after the body) add up to about six minutes at worst.
        public var lease: Duration = .seconds(600)
        public var batchSize = 20
        /// Attempts in all, the first included.
        public var maxAttempts = 8
        public var firstRetry: Duration = .seconds(60)
        public var longestRetry: Duration = .seconds(6 * 3600)

        public init() {}
    }

    let db: any Database
    let deliver: Deliver?
    let settings: Settings
    let now: @Sendable () -> Date
    let logger: Logger
    /// Names this worker's leases; unique per process.
    let name: String

    public init(db: any Database, deliver: Deliver?, settings: Settings = Settings(), logger: Logger,
                now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.deliver = deliver
        self.settings = settings
        self.logger = logger
        self.now = now
        self.name = "outbox-\(UUID().uuidString.prefix(8).lowercased())"
    }

    public func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            var handled = 0
            do {
                handled = try await runOnce()
            } catch {
                logger.warning("outbox round failed", metadata: DatabaseErrorKind.metadata(for: error).mapValues { .string($0) })
            }
            if handled == 0 {
                // Only the wait is cut short by shutdown: a message being sent is finished first.
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: settings.pollInterval) }
            }
        }
    }

    /// One round: leases a batch and works through it. Returns how many messages it handled.
    @discardableResult
    public func runOnce() async throws -> Int {
        let outbox = Outbox(db: db)
        guard let deliver else {
            let skipped = try await outbox.skipPending()
            if skipped > 0 { logger.info("e-mail is off; outbox messages skipped", metadata: ["count": "\(skipped)"]) }
            return skipped
        }
        let start = now()
        let token = "\(name):\(UUID().uuidString.lowercased())"
        let batch = try await outbox.claim(token: token, limit: settings.batchSize, now: start,
                                           until: start.addingTimeInterval(settings.lease.seconds))
        for message in batch {
            let sendStart = now()
            guard try await outbox.renew(message, token: token, now: sendStart, until: sendStart.addingTimeInterval(settings.lease.seconds)) else {
                continue
            }
            let calendar = message.calendar.map { OutgoingMail.CalendarPart(text: $0, method: message.calendarMethod ?? "REQUEST") }
            let mail = OutgoingMail(to: message.recipient, subject: message.subject, text: message.text, calendar: calendar,
                                    messageID: message.messageID)
            do {
                try await deliver(mail)
            } catch is CancellationError {
                // Stopped mid-send: whether the server took it is unknown, so the lease stays
                // and runs out, and the message is tried again then.
                throw CancellationError()
            } catch {
                try await failed(message, error, token: token, outbox: outbox)
                continue
            }
            try await outbox.markSent(message, token: token, at: now())
        }
        return batch.count
    }

    private func failed(_ message: OutboxMessage, _ error: any Error, token: String, outbox: Outbox) async throws {
        let failure = error as? any DeliveryFailure
        let kind = failure?.kind ?? String(describing: type(of: error))
        if failure?.isPermanent == true || message.attempts >= settings.maxAttempts {
            try await outbox.fail(message, token: token, error: kind)
            logger.warning("outbox message given up", metadata: ["error": "\(kind)", "attempts": "\(message.attempts)"])
        } else {
            let delay = OutboxWorker.retryDelay(afterAttempt: message.attempts, settings: settings)
            try await outbox.retry(message, token: token, at: now().addingTimeInterval(delay), error: kind)
            logger.info("outbox message will be retried", metadata: ["error": "\(kind)", "attempts": "\(message.attempts)"])
        }
    }

    /// firstRetry, then twice as long after each further failure, never more than longestRetry.
    public static func retryDelay(afterAttempt attempt: Int, settings: Settings) -> TimeInterval {
        let doubled = settings.firstRetry.seconds * pow(2, Double(max(0, min(attempt - 1, 30))))
        return min(doubled, settings.longestRetry.seconds)
    }
}

extension Duration {
    var seconds: TimeInterval { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
