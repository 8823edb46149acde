import CrosswiseStore
import FluentKit
import Foundation
import Testing
import Worldtime

/// The lockout counts in the database, so parallel guesses and several app servers see one
/// count, on SQLite and on PostgreSQL.
@Suite struct AccountsHardeningTests {
    let passwords = Passwords(cost: 4)

    @Test(arguments: TestDatabases.kinds)
    func parallelWrongPasswordsGetAtMostFiveGuessesAndLock(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let accounts = Accounts(db: db.db, passwords: passwords)
        let email = "priya.nair@meridianshore.example.com"
        // Two "servers" share the database: two Accounts values, 100 guesses between them.
        let other = Accounts(db: db.db, passwords: passwords)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<100 {
                group.addTask { _ = try await (n % 2 == 0 ? accounts : other).signIn(email: email, password: "wrong-\(n)", client: "10.0.0.\(n)") }
            }
            try await group.waitForAll()
        }
        let person = try #require(try await Person.query(on: db.db).filter(\.$email == email).first())
        #expect(person.lockedUntil.map { $0 > Date() } == true)
        guard case .wrongCredentials = try await accounts.signIn(email: email, password: DemoOrganization.password, client: "10.0.0.200") else {
            Issue.record("the right password worked on a locked account"); await db.shutdown(); return
        }
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aRightPasswordResetsTheCountAndAnAddressIsThrottled(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let accounts = Accounts(db: db.db, passwords: passwords)
        let email = "angelica.santos@meridianshore.example.com"
        for n in 0..<4 { _ = try await accounts.signIn(email: email, password: "wrong-\(n)", client: "a") }
        guard case .signedIn = try await accounts.signIn(email: email, password: DemoOrganization.password, client: "a") else {
            Issue.record("four misses locked the account"); await db.shutdown(); return
        }
        #expect(try await Person.query(on: db.db).filter(\.$email == email).first()?.failedSignIns == 0)
        for n in 0..<(Accounts.maxFailuresPerClient - 4) { _ = try await accounts.signIn(email: "x\(n)@example.com", password: "wrong", client: "a") }
        guard case .throttled = try await accounts.signIn(email: email, password: DemoOrganization.password, client: "a") else {
            Issue.record("the address was not throttled"); await db.shutdown(); return
        }
        // Another address is not affected.
        guard case .signedIn = try await accounts.signIn(email: email, password: DemoOrganization.password, client: "b") else {
            Issue.record("another address was throttled"); await db.shutdown(); return
        }
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anEmptyLastDayIsNotAnErrorWhenTheFirstDayIsBad(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let person = try #require(try await Person.query(on: db.db).first())
        let directory = Directory(db: db.db, organizationID: person.$organization.id)
        do {
            try await directory.addDayOff(personID: person.id!, first: "2027-02-30", last: "", today: CivilDate(year: 2026, month: 12, day: 1))
            Issue.record("a bad first day was accepted")
        } catch let failure as ValidationFailure {
            #expect(failure.errors.map(\.field.key) == ["first"])
        }
        await db.shutdown()
    }
}
