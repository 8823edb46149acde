import FluentKit
import Foundation
import SQLKit

/// The outbox table's operations: queueing (inside the caller's transaction), leasing a batch
/// to one worker, and recording what became of each message.
struct Outbox {
    let db: any Database

    private struct IDRow: Decodable { let id: UUID }

    static func enqueue(to address: String, personID: UUID?, organizationID: UUID?, subject: String, text: String,
                        calendar: OutgoingMail.CalendarPart?, hasSecret: Bool, at: Date, on db: any Database) async throws {
        try await message(to: address, personID: personID, organizationID: organizationID, subject: subject, text: text,
                          calendar: calendar, hasSecret: hasSecret, at: at).create(on: db)
    }

    static func message(to address: String, personID: UUID?, organizationID: UUID?, subject: String, text: String,
                        calendar: OutgoingMail.CalendarPart?, hasSecret: Bool, at: Date) -> OutboxMessage {
        let row = OutboxMessage()
        let id = UUID()
        row.id = id
        row.$person.id = personID
        row.$organization.id = organizationID
        row.recipient = address
        row.subject = subject
        row.text = text
        row.calendar = calendar?.text
        row.calendarMethod = calendar?.method
        row.messageID = "\(id.uuidString.lowercased())@crosswise"
        row.hasSecret = hasSecret
        row.state = OutboxState.pending.rawValue
        row.attempts = 0
        row.nextAttemptAt = at
        row.createdAt = at
        return row
    }

    /// Leases up to `limit` due messages to `token` until `until` and counts the attempt.
    /// PostgreSQL: the rows are locked with SKIP LOCKED, so concurrent workers take disjoint
    /// batches without waiting on each other. SQLite (one process, writes serialized): one
    /// conditional UPDATE whose condition is re-checked as it writes.
    func claim(token: String, limit: Int, now: Date, until: Date) async throws -> [OutboxMessage] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let pending = OutboxState.pending.rawValue
        if sql.dialect.name == "postgresql" {
            try await db.transaction { tx in
                let sql = tx as! any SQLDatabase
                let ids = try await sql.raw("""
                    SELECT id FROM outbox WHERE state = \(bind: pending) AND next_attempt_at <= \(bind: now) \
                    AND (lease_until IS NULL OR lease_until < \(bind: now)) \
                    ORDER BY next_attempt_at LIMIT \(literal: limit) FOR UPDATE SKIP LOCKED
                    """).all(decoding: IDRow.self).map(\.id)
                guard !ids.isEmpty else { return }
                try await sql.raw("""
                    UPDATE outbox SET lease_owner = \(bind: token), lease_until = \(bind: until), attempts = attempts + 1 \
                    WHERE id IN (\(binds: ids))
                    """).run()
            }
        } else {
            try await sql.raw("""
                UPDATE outbox SET lease_owner = \(bind: token), lease_until = \(bind: until), attempts = attempts + 1 \
                WHERE id IN (SELECT id FROM outbox WHERE state = \(bind: pending) AND next_attempt_at <= \(bind: now) \
                AND (lease_until IS NULL OR lease_until < \(bind: now)) ORDER BY next_attempt_at LIMIT \(literal: limit)) \
                AND state = \(bind: pending) AND (lease_until IS NULL OR lease_until < \(bind: now))
                """).run()
        }
        return try await OutboxMessage.query(on: db).filter(\.$leaseOwner == token).filter(\.$state == pending).all()
    }

    /// Extends this worker's lease on one message just before it is sent, and says whether the
    /// worker still holds it. A batch is leased at once, but sending it can outlast that lease;
    /// without this, another worker could claim the batch's tail while this one was still
    /// working through it, and both would send those messages.
    func renew(_ message: OutboxMessage, token: String, now: Date, until: Date) async throws -> Bool {
        try await OutboxMessage.query(on: db).filter(\.$id == message.id!).filter(\.$leaseOwner == token)
            .filter(\.$leaseUntil > now).set(\.$leaseUntil, to: until).update()
        let row = try await OutboxMessage.query(on: db).filter(\.$id == message.id!).first()
        return row?.leaseOwner == token && row?.state == OutboxState.pending.rawValue && (row?.leaseUntil ?? now) > now
    }

    /// Only the lease holder may record the outcome: a worker whose lease ran out must not
    /// overwrite what the next worker did.
    private func finish(_ message: OutboxMessage, token: String) -> QueryBuilder<OutboxMessage> {
        OutboxMessage.query(on: db).filter(\.$id == message.id!).filter(\.$leaseOwner == token)
            .set(\.$leaseOwner, to: nil).set(\.$leaseUntil, to: nil)
    }

    func markSent(_ message: OutboxMessage, token: String, at: Date) async throws {
        let query = finish(message, token: token).set(\.$state, to: OutboxState.sent.rawValue).set(\.$sentAt, to: at)
        if message.hasSecret { query.set(\.$text, to: "") }
        try await query.update()
    }

    func retry(_ message: OutboxMessage, token: String, at next: Date, error kind: String) async throws {
        try await finish(message, token: token).set(\.$nextAttemptAt, to: next).set(\.$lastError, to: kind).update()
    }

    func fail(_ message: OutboxMessage, token: String, error kind: String) async throws {
        let query = finish(message, token: token).set(\.$state, to: OutboxState.failed.rawValue).set(\.$lastError, to: kind)
        if message.hasSecret { query.set(\.$text, to: "") }
        try await query.update()
    }

    /// E-mail is off: everything pending is skipped, and no secret stays behind.
    func skipPending() async throws -> Int {
        let pending = try await OutboxMessage.query(on: db).filter(\.$state == OutboxState.pending.rawValue).count()
        guard pending > 0 else { return 0 }
        try await OutboxMessage.query(on: db).filter(\.$state == OutboxState.pending.rawValue).filter(\.$hasSecret == true)
            .set(\.$text, to: "").update()
        try await OutboxMessage.query(on: db).filter(\.$state == OutboxState.pending.rawValue)
            .set(\.$state, to: OutboxState.skipped.rawValue).set(\.$lastError, to: "email-off").update()
        return pending
    }
}

/// What an admin page shows of the outbox: how many messages are in each state, and the ones
/// given up on (address, subject, attempts, last error kind; never the text).
public struct OutboxReport: Sendable {
    public var counts: [OutboxState: Int]
    public var failed: [(recipient: String, subject: String, attempts: Int, lastError: String?, createdAt: Date)]

    public static func read(organizationID: UUID, on db: any Database, failedLimit: Int = 50) async throws -> OutboxReport {
        var counts: [OutboxState: Int] = [:]
        for state in OutboxState.allCases {
            counts[state] = try await OutboxMessage.query(on: db).filter(\.$organization.$id == organizationID)
                .filter(\.$state == state.rawValue).count()
        }
        let failed = try await OutboxMessage.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$state == OutboxState.failed.rawValue)
            .sort(\.$createdAt, .descending).limit(failedLimit).all()
        return OutboxReport(counts: counts, failed: failed.map { ($0.recipient, $0.subject, $0.attempts, $0.lastError, $0.createdAt) })
    }
}
