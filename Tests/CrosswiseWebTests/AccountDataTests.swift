import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing

/// Forgot password, "Download my data", erasing a person, the audit log and the mail page over
/// HTTP: the same answer for any address, one use per link, every session ended, admin pages
/// closed to members and to other organizations' ids, and refused forms that write nothing.
@Suite struct AccountDataTests {
    static let signedOut = "cw_csrf=\(TestApp.csrf)"
    static let newPassword = "mango tide lantern ferry"

    /// A demo app whose organization gets e-mail (the demo is inbox-only) on a server with SMTP.
    static func withEmail<T>(_ body: (TestApp) async throws -> T) async throws -> T {
        try await TestApp.with { app in
            try await Organization.query(on: app.services.db).set(\.$isDemo, to: false).update()
            var configuration = app.services.configuration
            configuration.emailOn = true
            configuration.mailServer = "smtp.example.com:587 (starttls)"
            configuration.publicURL = PublicURL("https://cw.example.com")
            let services = try await AppServices(database: app.services.database, configuration: configuration, now: app.services.now)
            return try await body(TestApp(services: services, path: app.path, queries: app.queries, logger: app.logger))
        }
    }

    func mail(to address: String, in app: TestApp) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.services.db).filter(\.$recipient == address).all()
    }

    func token(in text: String) -> String { String(text.components(separatedBy: "token=").last?.prefix(64) ?? "") }

    @Test func forgotAnswersTheSameForAKnownAndAnUnknownAddressAndMailsOnlyTheKnownOne() async throws {
        try await Self.withEmail { app in
            try await app.run { client in
                let clock = ContinuousClock()
                var known: TestResponse!, unknown: TestResponse!
                let knownTime = try await clock.measure {
                    known = try await client.post(AccountRoute.submitForgot.path, cookie: Self.signedOut, [("email", TestApp.member)])
                }
                let unknownTime = try await clock.measure {
                    unknown = try await client.post(AccountRoute.submitForgot.path, cookie: Self.signedOut, [("email", "ghost@meridianshore.example.com")])
                }
                // Neither answer comes before the floor, so the work behind a real account does not show.
                #expect(knownTime >= PasswordResetController.answerFloor && unknownTime >= PasswordResetController.answerFloor)
                #expect(known.status == .ok && unknown.status == .ok)
                #expect(known.text.replacingOccurrences(of: TestApp.member, with: "X")
                        == unknown.text.replacingOccurrences(of: "ghost@meridianshore.example.com", with: "X"))
                #expect(known.text.contains("If an account uses"))
            }
            let sent = try await mail(to: TestApp.member, in: app)
            #expect(sent.count == 1 && sent.first?.text.contains("https://cw.example.com/account/reset?token=") == true)
            #expect(try await OutboxMessage.query(on: app.services.db).count() == 1)
        }
    }

    @Test func withoutEmailTheForgotPageSaysToAskAnAdminAndSendsNothing() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let page = try await client.get(AccountRoute.forgot.path, cookie: Self.signedOut)
                #expect(page.status == .ok && page.text.contains("Ask an admin") && !page.text.contains("Send the link"))
                let posted = try await client.post(AccountRoute.submitForgot.path, cookie: Self.signedOut, [("email", TestApp.member)])
                #expect(posted.text.contains("Ask an admin"))
                #expect(try await client.get(AccountRoute.signIn.path, cookie: Self.signedOut).text.contains(AccountRoute.forgot.path))
            }
            #expect(try await PasswordResetCount.of(app) == 0)
        }
    }

    @Test func aBadAddressOrAMissingFormTokenIsRefusedAndWritesNothing() async throws {
        try await Self.withEmail { app in
            try await app.run { client in
                for bad in ["", String(repeating: "a", count: 10_000) + "@x.example", "no-at-sign", "a\u{0}b@x.example"] {
                    let response = try await client.post(AccountRoute.submitForgot.path, cookie: Self.signedOut, [("email", bad)])
                    #expect(response.status == .unprocessableContent && response.text.contains("No link was sent"), "\(bad.prefix(20))")
                }
                let forged = try await client.post(AccountRoute.submitForgot.path, cookie: Self.signedOut, [("email", TestApp.member)], csrf: nil)
                #expect(forged.status == .forbidden)
            }
            #expect(try await OutboxMessage.query(on: app.services.db).count() == 0)
            #expect(try await PasswordResetCount.of(app) == 0)
        }
    }

    @Test func aResetLinkSetsThePasswordOnceEndsEverySessionAndIsRefusedAfterwards() async throws {
        try await Self.withEmail { app in
            try await app.run { client in
                let session = try await client.signIn(TestApp.member)
                _ = try await client.post(AccountRoute.submitForgot.path, cookie: Self.signedOut, [("email", TestApp.member)])
                let token = token(in: try await mail(to: TestApp.member, in: app).first?.text ?? "")
                let link = AccountRoute.reset.path(query: [("token", token)])
                let page = try await client.get(link, cookie: Self.signedOut)
                #expect(page.status == .ok && page.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                #expect(page.text.contains("Set the new password"))

                let mismatch = try await client.post(AccountRoute.submitReset.path, cookie: Self.signedOut,
                                                     [("token", token), ("new", Self.newPassword), ("confirm", "something else entirely")])
                #expect(mismatch.status == .unprocessableContent && mismatch.text.contains("not the same"))
                let weak = try await client.post(AccountRoute.submitReset.path, cookie: Self.signedOut,
                                                 [("token", token), ("new", "password1"), ("confirm", "password1")])
                #expect(weak.status == .unprocessableContent)

                let done = try await client.post(AccountRoute.submitReset.path, cookie: Self.signedOut,
                                                 [("token", token), ("new", Self.newPassword), ("confirm", Self.newPassword)])
                #expect(done.status == .seeOther && done.headers[.location]?.hasPrefix(AccountRoute.signIn.path) == true)
                #expect(done.headers[.setCookie]?.contains("cw_session=") != true, "nobody is signed in by the link")
                let old = try await client.get(InboxRoute.inbox.path, cookie: session)
                #expect(old.status == .seeOther, "the session from before the reset has ended")
                #expect(try await client.signIn(TestApp.member, password: Self.newPassword).contains("cw_session="))

                let again = try await client.post(AccountRoute.submitReset.path, cookie: Self.signedOut,
                                                  [("token", token), ("new", "another long passphrase"), ("confirm", "another long passphrase")])
                #expect(again.status == .gone && again.text.contains("does not work") && again.text.contains(AccountRoute.forgot.path))
                let garbage = try await client.get(AccountRoute.reset.path(query: [("token", "<script>")]), cookie: Self.signedOut)
                #expect(garbage.status == .gone && !garbage.text.contains("<script>"))
            }
        }
    }

    @Test func myDataDownloadsAsAnUncachedJSONFileHoldingMyAddress() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                #expect(try await client.get(AccountRoute.password.path, cookie: cookie).text.contains(AccountRoute.myData.path))
                let file = try await client.get(AccountRoute.myData.path, cookie: cookie)
                #expect(file.status == .ok && file.headers[.cacheControl] == "no-store")
                let disposition = file.headers[.contentDisposition] ?? ""
                #expect(disposition.range(of: #"^attachment; filename="crosswise-data-\d{4}-\d{2}-\d{2}\.json"$"#, options: .regularExpression) != nil)
                let document = try ExportDocument.decode(Data(file.text.utf8))
                let me = try await app.person(TestApp.member)
                #expect(document.personID == me.id && file.text.contains(TestApp.member))
                #expect(try await client.get(AccountRoute.myData.path, cookie: Self.signedOut).status == .seeOther)
            }
        }
    }

    @Test func membersCannotReachTheNewAdminPagesAndAnotherOrganizationsPersonIsNotFound() async throws {
        try await TestApp.with { app in
            let other = try await app.otherOrganization().person
            let angelica = try await app.person(TestApp.member)
            try await app.run { client in
                let member = try await client.signIn(TestApp.member), lead = try await client.signIn(TestApp.lead)
                let admin = try await client.signIn(TestApp.admin)
                for route in [AdminRoute.audit, .mail, .personData(angelica.id!), .erasePerson(angelica.id!)] {
                    #expect(try await client.get(route.path, cookie: member).status == .forbidden, "\(route.path)")
                    #expect(try await client.get(route.path, cookie: lead).status == .forbidden, "\(route.path)")
                }
                #expect(try await client.post(AdminRoute.submitErase(angelica.id!).path, cookie: member, [("confirm_email", TestApp.member)]).status == .forbidden)
                for route in [AdminRoute.personData(other.id!), .erasePerson(other.id!)] {
                    #expect(try await client.get(route.path, cookie: admin).status == .notFound)
                }
                #expect(try await client.post(AdminRoute.submitErase(other.id!).path, cookie: admin, [("confirm_email", other.email)]).status == .notFound)
            }
            #expect(try await Person.find(other.id, on: app.services.db)?.erasedAt == nil)
            #expect(try await Person.find(angelica.id, on: app.services.db)?.erasedAt == nil)
        }
    }

    @Test func erasingNeedsTheirAddressTypedAndAnAdminCannotEraseThemselves() async throws {
        try await TestApp.with { app in
            let angelica = try await app.person(TestApp.member), isabel = try await app.person(TestApp.admin)
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let edit = try await client.get(AdminRoute.people(.edit(angelica.id!)).path, cookie: admin)
                #expect(edit.text.contains(AdminRoute.erasePerson(angelica.id!).path) && edit.text.contains(AdminRoute.personData(angelica.id!).path))
                let confirm = try await client.get(AdminRoute.erasePerson(angelica.id!).path, cookie: admin)
                #expect(confirm.status == .ok && confirm.text.contains("cannot be undone") && confirm.text.contains("a former colleague"))
                for typed in ["", "someone.else@meridianshore.example.com", String(repeating: "x", count: 10_000)] {
                    let refused = try await client.post(AdminRoute.submitErase(angelica.id!).path, cookie: admin, [("confirm_email", typed)])
                    #expect(refused.status == .unprocessableContent && refused.text.contains("Nothing was erased"))
                }
                #expect(try await client.post(AdminRoute.submitErase(angelica.id!).path, cookie: admin, [("confirm_email", TestApp.member)],
                                              csrf: nil).status == .forbidden)
                #expect(try await Person.find(angelica.id, on: app.services.db)?.erasedAt == nil, "a refused confirmation erases nothing")
                #expect(try await client.get(AdminRoute.erasePerson(isabel.id!).path, cookie: admin).status == .forbidden)
                #expect(try await client.post(AdminRoute.submitErase(isabel.id!).path, cookie: admin, [("confirm_email", TestApp.admin)]).status == .forbidden)

                let erased = try await client.post(AdminRoute.submitErase(angelica.id!).path, cookie: admin, [("confirm_email", " Angelica.Santos@meridianshore.example.com ")])
                #expect(erased.status == .seeOther)
                let audit = try await client.get(AdminRoute.audit.path(query: [("kind", "person")]), cookie: admin)
                #expect(audit.text.contains("Erased person"))
            }
            let after = try #require(try await Person.find(angelica.id, on: app.services.db))
            #expect(after.erasedAt != nil && after.email != TestApp.member)
            #expect(try await Person.find(isabel.id, on: app.services.db)?.erasedAt == nil)
        }
    }

    @Test func theAuditLogShowsAnEditWithWhoAndTheFieldBeforeAndAfter() async throws {
        try await TestApp.with { app in
            let angelica = try await app.person(TestApp.member)
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                #expect(try await client.get(AdminRoute.overview.path, cookie: admin).text.contains(AdminRoute.audit.path))
                let form = PersonForm(person: angelica, teamIDs: [])
                let saved = try await client.post(AdminRoute.people(.update(angelica.id!)).path, cookie: admin, [
                    ("name", form.name), ("email", form.email), ("role", form.role), ("time_zone", "Asia/Tokyo"), ("country", form.country),
                    ("working_hours", form.workingHours), ("weekend", form.weekend), ("languages", form.languages),
                ])
                #expect(saved.status == .seeOther)
                let page = try await client.get(AdminRoute.audit.path, cookie: admin)
                #expect(page.status == .ok && page.text.contains("Changed person \(angelica.name)"))
                #expect(page.text.contains("Isabel Reyes (admin)") && page.text.contains("\(angelica.timeZone) → Asia/Tokyo"))
                let teamsOnly = try await client.get(AdminRoute.audit.path(query: [("kind", "team")]), cookie: admin)
                #expect(!teamsOnly.text.contains("Changed person"))
                let nonsense = try await client.get(AdminRoute.audit.path(query: [("kind", "<b>"), ("page", "-4")]), cookie: admin)
                #expect(nonsense.status == .ok && nonsense.text.contains("Changed person"))
            }
        }
    }

    @Test func theMailPageShowsTheServerCountsMaskedFailuresAndJobs() async throws {
        try await Self.withEmail { app in
            let angelica = try await app.person(TestApp.member)
            let failed = OutboxMessage()
            failed.$organization.id = angelica.$organization.id
            failed.recipient = TestApp.member
            failed.subject = "Private meeting title"
            failed.text = "Private body"
            failed.messageID = "<x@cw>"
            failed.hasSecret = false
            failed.state = OutboxState.failed.rawValue
            failed.attempts = 5
            failed.nextAttemptAt = Date()
            failed.createdAt = Date()
            failed.lastError = "rejected"
            try await failed.create(on: app.services.db)
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let page = try await client.get(AdminRoute.mail.path, cookie: admin)
                #expect(page.status == .ok && page.text.contains("smtp.example.com:587 (starttls)"))
                #expect(page.text.contains("a•••@meridianshore.example.com") && page.text.contains("rejected"))
                #expect(!page.text.contains(TestApp.member) && !page.text.contains("Private meeting title") && !page.text.contains("Private body"))
            }
        }
    }

    @Test func anIssuedTemporaryPasswordIsEmailedWithTheSignInAddress() async throws {
        try await Self.withEmail { app in
            let angelica = try await app.person(TestApp.member)
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                #expect(try await client.post(AdminRoute.issuePassword(angelica.id!).path, cookie: admin, []).status == .ok)
            }
            let sent = try await mail(to: TestApp.member, in: app)
            #expect(sent.count == 1 && sent.first?.text.contains("Sign in at https://cw.example.com/signin") == true)
        }
    }
}

/// Reset links stored, read through the store's own count of the table.
enum PasswordResetCount {
    static func of(_ app: TestApp) async throws -> Int {
        try await (app.services.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM password_resets").first()?.decode(column: "n", as: Int.self) ?? -1
    }
}
