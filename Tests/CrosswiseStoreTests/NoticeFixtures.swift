@testable import CrosswiseStore
import FluentKit
import Foundation
import Synchronization

/// A clock the test moves by hand.
final class TestClock: Sendable {
    private let instant: Mutex<Date>

    init(_ start: Date) { instant = Mutex(start) }

    func now() -> Date { instant.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { instant.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// What a fake sender received, per message id, counted only when a delivery returned.
actor Deliveries {
    private(set) var counts: [String: Int] = [:]
    private(set) var mails: [OutgoingMail] = []

    func record(_ mail: OutgoingMail) {
        counts[mail.messageID, default: 0] += 1
        mails.append(mail)
    }
}

/// An organization with people in chosen zones, no demo data.
struct NoticeFixture {
    let db: CrosswiseDatabase
    let organizationID: UUID
    let people: [Person]

    static func make(_ kind: String, zones: [String] = ["Asia/Manila", "America/New_York", "Asia/Kolkata"]) async throws -> NoticeFixture {
        let db = try await TestDatabases.fresh(kind)
        let org = Organization(name: "Northwind Support")
        try await org.create(on: db.db)
        var people: [Person] = []
        for (index, zone) in zones.enumerated() {
            let email = "person\(index)-\(UUID().uuidString.prefix(6).lowercased())@example.com"
            let person = Person(organizationID: org.id!, name: "Person\(index) Example", email: email, role: index == 0 ? .lead : .member)
            person.timeZone = zone
            try await person.create(on: db.db)
            people.append(person)
        }
        return NoticeFixture(db: db, organizationID: org.id!, people: people)
    }

    func notices(_ clock: TestClock? = nil) -> Notices {
        guard let clock else { return Notices(db: db.db, organizationID: organizationID) }
        return Notices(db: db.db, organizationID: organizationID, now: { clock.now() })
    }

    func outbox() async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: db.db).sort(\.$createdAt).all()
    }

    /// Queues `count` plain e-mails to the first person.
    func queueMails(_ count: Int, at: Date) async throws {
        let notices = notices()
        let batch = (0..<count).map { NewNotice(to: people[0].id!, kind: .meetingBooked, title: "Notice \($0)", body: "Body \($0)") }
        try await db.db.transaction { db in try await notices.post(batch, on: db) }
        try await OutboxMessage.query(on: db.db).set(\.$nextAttemptAt, to: at).update()
    }
}
