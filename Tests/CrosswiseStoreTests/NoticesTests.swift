@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// The inbox, preferences and the outbox rows a notice writes, on both databases.
@Suite struct NoticesTests {
    struct Refused: Error {}

    @Test(arguments: TestDatabases.kinds)
    func aRolledBackChangeLeavesNoNoticeAndNoEmail(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let notices = fixture.notices()
        let person = fixture.people[1]
        await #expect(throws: Refused.self) {
            try await fixture.db.db.transaction { db in
                try await notices.post(NewNotice(to: person.id!, kind: .meetingBooked, title: "Booked", body: "Soon"), on: db)
                throw Refused()
            }
        }
        #expect(try await notices.unreadCount(of: person.id!) == 0)
        #expect(try await fixture.outbox().isEmpty)
        try await fixture.db.db.transaction { db in
            try await notices.post(NewNotice(to: person.id!, kind: .meetingBooked, title: "Booked", body: "Soon"), on: db)
        }
        #expect(try await notices.unreadCount(of: person.id!) == 1)
        #expect(try await fixture.outbox().map(\.recipient) == [person.email])
        await fixture.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func eachPersonsChoicePerKindDecidesWhetherAnEmailIsQueued(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let notices = fixture.notices()
        let (inboxOnly, digest, byDefault) = (fixture.people[0].id!, fixture.people[1].id!, fixture.people[2].id!)
        try await notices.setPreference(.inbox, for: .meetingBooked, of: inboxOnly)
        try await notices.setPreference(.digest, for: .meetingBooked, of: digest)
        // Account notices cannot be turned away from e-mail.
        try await notices.setPreference(.inbox, for: .temporaryPassword, of: inboxOnly)
        #expect(try await notices.preferences(of: inboxOnly)[.meetingBooked] == .inbox)
        #expect(try await notices.preferences(of: inboxOnly)[.temporaryPassword] == .email)
        #expect(try await notices.preferences(of: byDefault)[.meetingBooked] == .email)

        let batch = [inboxOnly, digest, byDefault].map { NewNotice(to: $0, kind: .meetingBooked, title: "Booked", body: "Soon") }
            + [NewNotice(to: inboxOnly, kind: .temporaryPassword, title: "Password", body: "Issued")]
        try await notices.post(batch, on: fixture.db.db)
        let queued = try await fixture.outbox().map(\.$person.id)
        #expect(queued.count == 2 && queued.contains(byDefault) && queued.contains(inboxOnly))
        #expect(try await fixture.outbox().first { $0.$person.id == inboxOnly }?.subject == "Password")
        // Everyone has it in the inbox; the digest person's waits for the digest.
        for id in [inboxOnly, digest, byDefault] {
            #expect(try await notices.inbox(of: id).contains { $0.kind == NoticeKind.meetingBooked.rawValue })
        }
        #expect(try await InboxNotice.query(on: fixture.db.db).filter(\.$digestPending == true).all().map(\.$person.id) == [digest])
        await fixture.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func peopleMarkOnlyTheirOwnNoticesRead(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let clock = TestClock(Date(timeIntervalSince1970: 1_800_000_000))
        let notices = fixture.notices(clock)
        let (mine, theirs) = (fixture.people[1].id!, fixture.people[2].id!)
        for index in 0..<3 {
            try await notices.post([NewNotice(to: mine, kind: .leadComment, title: "Mine \(index)", body: ""),
                                    NewNotice(to: theirs, kind: .leadComment, title: "Theirs \(index)", body: "")], on: fixture.db.db)
            clock.advance(60)
        }
        let inbox = try await notices.inbox(of: mine)
        #expect(inbox.map(\.title) == ["Mine 2", "Mine 1", "Mine 0"])
        #expect(try await notices.inbox(of: mine, page: 1, perPage: 2).map(\.title) == ["Mine 0"])
        try await notices.markRead(inbox[0].id!, by: mine)
        let other = try await notices.inbox(of: theirs)[0]
        try await notices.markRead(other.id!, by: mine)
        #expect(try await notices.unreadCount(of: mine) == 2)
        #expect(try await notices.unreadCount(of: theirs) == 3)
        try await notices.markAllRead(by: mine)
        #expect(try await notices.unreadCount(of: mine) == 0)
        #expect(try await notices.unreadCount(of: theirs) == 3)
        // Another organization's view finds nothing of this one's.
        let elsewhere = Notices(db: fixture.db.db, organizationID: UUID())
        #expect(try await elsewhere.unreadCount(of: theirs) == 0)
        await fixture.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aTemporaryPasswordIsEmailedAndBlankedOnceSent(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let person = fixture.people[2]
        try await Accounts(db: fixture.db.db, passwords: Passwords(cost: 4)).setPassword(of: person, to: "plum-harbor-42-kite", temporary: true)
        let queued = try #require(try await fixture.outbox().first)
        #expect(queued.recipient == person.email && queued.text.contains("plum-harbor-42-kite") && queued.hasSecret)
        let inbox = try await fixture.notices().inbox(of: person.id!)
        #expect(inbox.map(\.kind) == [NoticeKind.temporaryPassword.rawValue])
        #expect(!inbox[0].body.contains("plum-harbor-42-kite"))

        let deliveries = Deliveries()
        let worker = OutboxWorker(db: fixture.db.db, deliver: { await deliveries.record($0) }, logger: .init(label: "test"))
        #expect(try await worker.runOnce() == 1)
        #expect(await deliveries.mails.first?.text.contains("plum-harbor-42-kite") == true)
        let sent = try #require(try await fixture.outbox().first)
        #expect(sent.state == OutboxState.sent.rawValue && sent.text.isEmpty)
        // A password the person chose themselves sends nothing.
        try await Accounts(db: fixture.db.db, passwords: Passwords(cost: 4)).setPassword(of: person, to: "their-own-choice-99")
        #expect(try await fixture.outbox().count == 1)
        await fixture.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func withEmailOffTheWorkerSkipsMailAndBlanksSecrets(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind)
        let person = fixture.people[1]
        try await Accounts(db: fixture.db.db, passwords: Passwords(cost: 4)).setPassword(of: person, to: "plum-harbor-42-kite", temporary: true)
        let worker = OutboxWorker(db: fixture.db.db, deliver: nil, logger: .init(label: "test"))
        #expect(try await worker.runOnce() == 1)
        let row = try #require(try await fixture.outbox().first)
        #expect(row.state == OutboxState.skipped.rawValue && row.text.isEmpty)
        #expect(try await fixture.notices().unreadCount(of: person.id!) == 1)
        await fixture.db.shutdown()
    }
}
