@testable import CrosswiseStore
import FluentKit
import Foundation
import Synchronization
import Testing

/// Forgotten-password links on both databases: one use, one hour, only a hash stored, every
/// session ended, and the same outcome for a caller whether or not the address has an account.
@Suite struct PasswordResetTests {
    let passwords = Passwords(cost: 4)
    let email = "angelica.santos@meridianshore.example.com"
    let newPassword = "mango tide lantern ferry"

    /// A clock the test moves forward.
    final class TestClock: Sendable {
        let current = Mutex(Date(timeIntervalSince1970: 1_795_000_000))
        var now: @Sendable () -> Date { { [self] in current.withLock { $0 } } }
        func advance(_ seconds: TimeInterval) { current.withLock { $0 += seconds } }
    }

    func demo(_ kind: String) async throws -> (CrosswiseDatabase, Accounts, TestClock, Person) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let clock = TestClock()
        let person = try #require(try await Person.query(on: db.db).filter(\.$email == email).first())
        return (db, Accounts(db: db.db, passwords: passwords, now: clock.now), clock, person)
    }

    @Test(arguments: TestDatabases.kinds)
    func aLinkSetsThePasswordOnceEndsEverySessionAndClearsTheLock(kind: String) async throws {
        let (db, accounts, _, person) = try await demo(kind)
        let sessions = [try await accounts.startSession(for: person), try await accounts.startSession(for: person)]
        person.lockedUntil = Date.distantFuture
        person.failedSignIns = 3
        person.passwordExpiresAt = Date.distantFuture
        try await person.save(on: db.db)

        let token = try #require(try await accounts.requestReset(email: " Angelica.Santos@meridianshore.example.com "))
        let stored = try await PasswordReset.query(on: db.db).all()
        #expect(stored.map(\.tokenHash) == [SecretToken.digest(token)], "only the hash of the link's token is kept")

        guard case .changed = try await accounts.resetPassword(token: token, newPassword: newPassword) else {
            Issue.record("a fresh link did not work"); await db.shutdown(); return
        }
        for session in sessions { #expect(try await accounts.person(forSession: session) == nil) }
        let after = try #require(try await Person.find(person.id, on: db.db))
        #expect(after.lockedUntil == nil && after.failedSignIns == 0 && after.passwordExpiresAt == nil)
        guard case .signedIn = try await accounts.signIn(email: email, password: newPassword) else {
            Issue.record("the new password does not sign in"); await db.shutdown(); return
        }
        guard case .invalidLink = try await accounts.resetPassword(token: token, newPassword: "another long passphrase") else {
            Issue.record("a used link worked again"); await db.shutdown(); return
        }
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anUnknownAddressGetsNoLinkAndStoresNothing(kind: String) async throws {
        let (db, accounts, _, _) = try await demo(kind)
        #expect(try await accounts.requestReset(email: "nobody@meridianshore.example.com") == nil)
        #expect(try await PasswordReset.query(on: db.db).count() == 0)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aLinkExpiresAfterAnHourAndANewerRequestReplacesTheOlder(kind: String) async throws {
        let (db, accounts, clock, _) = try await demo(kind)
        let first = try #require(try await accounts.requestReset(email: email))
        let second = try #require(try await accounts.requestReset(email: email))
        #expect(try await accounts.resetLinkWorks(first) == false)
        #expect(try await accounts.resetLinkWorks(second))
        clock.advance(Accounts.resetLifetime + 1)
        guard case .invalidLink = try await accounts.resetPassword(token: second, newPassword: newPassword) else {
            Issue.record("a link older than an hour worked"); await db.shutdown(); return
        }
        try await accounts.removeExpiredResets()
        #expect(try await PasswordReset.query(on: db.db).count() == 0)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aWeakPasswordIsRefusedAndTheLinkKeepsWorking(kind: String) async throws {
        let (db, accounts, _, _) = try await demo(kind)
        let token = try #require(try await accounts.requestReset(email: email))
        await #expect(throws: ValidationFailure.self) { try await accounts.resetPassword(token: token, newPassword: "password123") }
        await #expect(throws: ValidationFailure.self) { try await accounts.resetPassword(token: token, newPassword: "short") }
        #expect(try await accounts.resetLinkWorks(token))
        guard case .changed = try await accounts.resetPassword(token: token, newPassword: newPassword) else {
            Issue.record("the link stopped working after a refused password"); await db.shutdown(); return
        }
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anAddressAskingTooOftenInAnHourGetsNoMoreLinks(kind: String) async throws {
        let (db, accounts, clock, _) = try await demo(kind)
        for _ in 0..<Accounts.maxResetRequestsPerAddress { #expect(try await accounts.requestReset(email: email) != nil) }
        #expect(try await accounts.requestReset(email: email) == nil)
        // Another address is not affected, and the hour passes.
        #expect(try await accounts.requestReset(email: "priya.nair@meridianshore.example.com") != nil)
        clock.advance(Accounts.resetLifetime + 1)
        #expect(try await accounts.requestReset(email: email) != nil)
        await db.shutdown()
    }

    /// Found by an outside review: a throttled request still deleted the person's links, so a
    /// stranger who knew the address could cancel the link the person was about to use.
    @Test(arguments: TestDatabases.kinds)
    func aThrottledRequestLeavesThePersonsLatestLinkWorking(kind: String) async throws {
        let (db, accounts, _, _) = try await demo(kind)
        var latest: String?
        for _ in 0..<Accounts.maxResetRequestsPerAddress { latest = try await accounts.requestReset(email: email) }
        #expect(try await accounts.requestReset(email: email) == nil)
        #expect(try await accounts.resetLinkWorks(try #require(latest)))
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aDeactivatedPersonGetsNoLinkAndTheirOpenLinkStopsWorking(kind: String) async throws {
        let (db, accounts, _, person) = try await demo(kind)
        let token = try #require(try await accounts.requestReset(email: email))
        try await Directory(db: db.db, organizationID: person.$organization.id).setActive(person: person.requireID(), false)
        #expect(try await accounts.requestReset(email: email) == nil)
        guard case .invalidLink = try await accounts.resetPassword(token: token, newPassword: newPassword) else {
            Issue.record("a deactivated person's link worked"); await db.shutdown(); return
        }
        await db.shutdown()
    }
}
