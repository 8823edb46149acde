@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// The e-mails behind forgotten and temporary passwords, on both databases: the link or the
/// password goes only to the person's address, never into the inbox, and nothing is queued for
/// an address without an account. Also the audit log's filter by kind of record.
@Suite struct ResetMailTests {
    let passwords = Passwords(cost: 4)
    let email = "angelica.santos@meridianshore.example.com"

    /// The demo organization with its inbox-only rule lifted, so its people get e-mail.
    func organization(_ kind: String) async throws -> (CrosswiseDatabase, Accounts, Person) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        try await Organization.query(on: db.db).set(\.$isDemo, to: false).update()
        let person = try #require(try await Person.query(on: db.db).filter(\.$email == email).first())
        return (db, Accounts(db: db.db, passwords: passwords), person)
    }

    @Test(arguments: TestDatabases.kinds)
    func aResetLinkIsEmailedToThePersonAndTheInboxLineDoesNotHoldIt(kind: String) async throws {
        let (db, accounts, person) = try await organization(kind)
        try await accounts.emailResetLink(email: "  Angelica.Santos@MeridianShore.example.com") { "https://cw.example.com/account/reset?token=\($0)" }

        let mail = try await OutboxMessage.query(on: db.db).all()
        #expect(mail.count == 1 && mail.first?.recipient == email && mail.first?.hasSecret == true)
        let text = mail.first?.text ?? ""
        let token = try #require(text.components(separatedBy: "token=").last?.prefix(64)).description
        #expect(try await accounts.resetLinkWorks(token), "the link in the e-mail is the one stored")
        let inbox = try await Notices(db: db.db, organizationID: person.$organization.id).inbox(of: person.id!)
            .filter { $0.kind == NoticeKind.passwordReset.rawValue }
        #expect(inbox.count == 1)
        #expect(!(inbox.first.map { $0.title + $0.body } ?? token).contains(token))
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anUnknownAddressQueuesNoMailAndStoresNoLink(kind: String) async throws {
        let (db, accounts, _) = try await organization(kind)
        try await accounts.emailResetLink(email: "nobody@meridianshore.example.com") { "https://cw.example.com/r?\($0)" }
        #expect(try await OutboxMessage.query(on: db.db).count() == 0)
        #expect(try await PasswordReset.query(on: db.db).count() == 0)
        #expect(try await InboxNotice.query(on: db.db).filter(\.$kind == NoticeKind.passwordReset.rawValue).count() == 0)
        await db.shutdown()
    }

    @Test func aPersonCannotChooseToGetResetLinksOutsideEmail() {
        #expect(NoticeKind.passwordReset.fixedDelivery == .email)
        #expect(!NoticeKind.choosable.contains(.passwordReset))
    }

    @Test(arguments: TestDatabases.kinds)
    func aTemporaryPasswordEmailNamesTheSignInAddress(kind: String) async throws {
        let (db, accounts, person) = try await organization(kind)
        try await accounts.setPassword(of: person, to: "kiln harbour sorrel wick", temporary: true, by: .commandLine,
                                       signInURL: "https://cw.example.com/signin")
        let text = try #require(try await OutboxMessage.query(on: db.db).first()).text
        #expect(text.contains("Sign in at https://cw.example.com/signin with your e-mail address"))
        #expect(text.contains("kiln harbour sorrel wick"))
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func theAuditLogFilteredByKindShowsOnlyThatKind(kind: String) async throws {
        let (db, _, person) = try await organization(kind)
        let organizationID = person.$organization.id
        let directory = Directory(db: db.db, organizationID: organizationID, actor: .commandLine)
        let team = try await directory.saveTeam(TeamForm(name: "Audit filter team"))
        try await directory.setActive(person: person.id!, false)
        let log = AuditLog(db: db.db, organizationID: organizationID)
        let teams = try await log.entries(kind: .team).lines
        #expect(teams.map(\.entityID) == [team.id!.uuidString])
        let people = try await log.entries(kind: .person).lines
        #expect(people.map(\.entityLabel) == [person.name] && people.first?.action == .deactivated)
        #expect(try await log.entries().lines.count == 2)
        await db.shutdown()
    }
}
