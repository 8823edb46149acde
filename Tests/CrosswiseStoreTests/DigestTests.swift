@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// The daily digest at 09:00 on each person's own clock, and the plan check-in reminder.
@Suite struct DigestTests {
    /// 2027-01-15 00:00 UTC.
    let midnight = Date(timeIntervalSince1970: 1_799_971_200)

    func at(_ hours: Double, day: Int = 0) -> Date { midnight.addingTimeInterval(Double(day) * 86400 + hours * 3600) }

    @Test(arguments: TestDatabases.kinds)
    func eachPersonGetsOneDigestAtNineOnTheirOwnClock(kind: String) async throws {
        let fixture = try await NoticeFixture.make(kind, zones: ["Asia/Manila", "America/New_York", "Asia/Kolkata"])
        let (manila, newYork, kolkata) = (fixture.people[0], fixture.people[1], fixture.people[2])
        let clock = TestClock(at(-4))
        let notices = fixture.notices(clock)
        try await notices.setPreference(.inbox, for: .leadComment, of: kolkata.id!)
        for person in [manila, newYork, kolkata] {
            try await notices.post(NewNotice(to: person.id!, kind: .leadComment, title: "Comment on your plan", body: "Nice work"), on: fixture.db.db)
        }
        let digest = DailyDigest(db: fixture.db.db)
        func mailed() async throws -> [UUID?] { try await fixture.outbox().map(\.$person.id) }

        #expect(try await digest.run(at: at(0.5)) == 0)  // 08:30 in Manila
        #expect(try await digest.run(at: at(1.1)) == 1)  // 09:06 in Manila, 20:06 the day before in New York
        #expect(try await mailed() == [manila.id])
        #expect(try await digest.run(at: at(1.2)) == 0)  // one a day
        // Arrived after Manila's 09:00: it waits for tomorrow's.
        clock.advance(6 * 3600)
        for person in [manila, newYork] {
            try await notices.post(NewNotice(to: person.id!, kind: .leadRating, title: "Your lead rated you", body: ""), on: fixture.db.db)
        }
        #expect(try await digest.run(at: at(13.9)) == 0) // 08:54 in New York
        #expect(try await digest.run(at: at(14.1)) == 1) // 09:06 in New York
        #expect(try await mailed() == [manila.id, newYork.id])
        let newYorkMail = try await fixture.outbox().last!
        #expect(newYorkMail.subject == "Your Crosswise digest: 2 notices")
        #expect(newYorkMail.text.contains("Comment on your plan") && newYorkMail.text.contains("Your lead rated you"))
        #expect(try await digest.run(at: at(1.1, day: 1)) == 1)
        #expect(try await fixture.outbox().last!.subject == "Your Crosswise digest: 1 notice")
        // Nothing left: no e-mail on the following days.
        #expect(try await digest.run(at: at(14.1, day: 1)) == 0)
        #expect(try await digest.run(at: at(1.1, day: 2)) == 0)
        #expect(try await fixture.outbox().count == 3)
        await fixture.db.shutdown()
    }
}
