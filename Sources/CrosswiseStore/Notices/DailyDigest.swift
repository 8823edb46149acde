import FluentKit
import Foundation
import Worldtime

/// The daily digest: at 09:00 on each person's own clock (a night-shift agent in Manila gets
/// theirs before the shift, not at 09:00 server time), one e-mail listing the digest-kind
/// notices that arrived before that 09:00 and have not been in a digest. Nothing is sent on a
/// day with nothing to list. Runs as a frequent scheduled job; which person is due is decided
/// from their zone at each run, so a missed run catches up on the next.
public struct DailyDigest: Sendable {
    /// Minutes after local midnight.
    public static let localTime = 9 * 60

    let db: any Database

    public init(db: any Database) { self.db = db }

    /// Queues the digests due at `now`; returns how many.
    @discardableResult
    public func run(at now: Date) async throws -> Int {
        let pending = try await InboxNotice.query(on: db).filter(\.$digestPending == true).sort(\.$createdAt).all()
        guard !pending.isEmpty else { return 0 }
        let byPerson = Dictionary(grouping: pending, by: { $0.$person.id })
        let people = try await Person.query(on: db).filter(\.$id ~~ Array(byPerson.keys)).all()
        let sent = try await DigestDay.query(on: db).filter(\.$id ~~ Array(byPerson.keys)).all()
        let lastDay = Dictionary(sent.compactMap { row in row.id.map { ($0, row.day) } }, uniquingKeysWith: { a, _ in a })
        var queued = 0
        for person in people {
            guard let personID = person.id, let notices = byPerson[personID] else { continue }
            guard person.active, !person.email.isEmpty else {
                // Nobody to write to: these will never be in a digest.
                try await InboxNotice.query(on: db).filter(\.$id ~~ notices.compactMap(\.id)).set(\.$digestPending, to: false).update()
                continue
            }
            guard let zone = try? TimeZoneName(person.timeZone), let rules = zone.rules else { continue }
            let local = LocalTime(now, in: zone)
            guard local.minuteOfDay >= DailyDigest.localTime else { continue }
            let today = CivilDate(year: local.year, month: local.month, day: local.day)
            guard lastDay[personID] != today.description else { continue }
            let nine = rules.resolve(local: Int64(today.days) * 86400 + Int64(DailyDigest.localTime) * 60).instant
            let cutoff = Date(timeIntervalSince1970: TimeInterval(nine))
            let due = notices.filter { $0.createdAt < cutoff }
            guard !due.isEmpty else { continue }
            try await db.transaction { db in
                try await Outbox.enqueue(to: person.email, personID: personID, organizationID: person.$organization.id,
                                         subject: DailyDigest.subject(count: due.count), text: DailyDigest.text(due, for: person),
                                         calendar: nil, hasSecret: false, at: now, on: db)
                try await InboxNotice.query(on: db).filter(\.$id ~~ due.compactMap(\.id)).set(\.$digestPending, to: false).update()
                try await DigestDay.query(on: db).filter(\.$id == personID).delete()
                try await DigestDay(personID: personID, day: today.description).create(on: db)
            }
            queued += 1
        }
        return queued
    }

    static func subject(count: Int) -> String {
        count == 1 ? "Your Crosswise digest: 1 notice" : "Your Crosswise digest: \(count) notices"
    }

    static func text(_ notices: [InboxNotice], for person: Person) -> String {
        var text = "Hello \(person.firstName),\n\nHere is what reached your Crosswise inbox since your last digest:\n"
        for notice in notices {
            text += "\n- \(notice.title)"
            if !notice.body.isEmpty { text += "\n  \(notice.body)" }
        }
        return text + "\n" + NewNotice.footer
    }
}
