@testable import CrosswiseWeb
@testable import CrosswiseStore
import Foundation
import Testing
import Worldtime

/// The account and admin pages this area added, drawn from fixed models without a database.
@Suite struct AccountPagesSnapshotTests {
    static let at = Date(timeIntervalSince1970: 1_795_000_000)
    static let dates = DateWords(try! TimeZoneName("Asia/Manila"))

    @Test func theForgotPageAsksForTheAddressAndTheResetPageForTheNewPassword() async throws {
        let forgot = PasswordResetController.ForgotView()
        Snapshot.check(try await Snapshot.render("forgot", title: "Forgot your password?", signedIn: false, page: forgot), named: "forgot")
        let reset = PasswordResetController.ResetView(token: String(repeating: "ab", count: 32))
        Snapshot.check(try await Snapshot.render("reset", title: "Choose a new password", signedIn: false, page: reset), named: "reset")
    }

    @Test func theAuditLogShowsWhoWhatWhenAndEachFieldBeforeAndAfter() async throws {
        let line = AuditLog.Line(id: sampleID, at: Self.at, actor: "Isabel Reyes", actorID: sampleID, actorRole: .admin, action: .updated,
                                 subject: .person, entityID: sampleID.uuidString, entityLabel: "Angelica Santos",
                                 changes: [AuditChange(field: "time zone", before: "Asia/Manila", after: "Asia/Tokyo"),
                                           AuditChange(field: "password", before: nil, after: "changed")])
        let page = AuditPage(AuditLog.Page(lines: [line], page: 2, hasMore: true), kind: .person, dates: Self.dates)
        #expect(page.lines.first?.when == "\(Self.dates.short(Self.at)), \(AuditPage.clock(Self.at, Self.dates.zone))")
        Snapshot.check(try await Snapshot.render("admin-audit", title: "Audit log", section: .admin, page: page), named: "admin-audit")
    }

    @Test func theMailPageMasksAddressesAndListsJobs() async throws {
        let report = OutboxReport(counts: [.pending: 2, .sent: 40, .failed: 1],
                                  failed: [(recipient: "angelica@example.com", subject: "Private", attempts: 8, lastError: "rejected", createdAt: Self.at)])
        let jobs = [JobStatus(name: "notices.digest", lastStarted: Self.at, lastFinished: Self.at, lastOutcome: "ok", nextRun: Self.at.addingTimeInterval(300),
                              running: false)]
        let page = MailPage(emailOn: true, server: "smtp.example.com:587 (starttls)", report: report, jobs: jobs, dates: Self.dates)
        #expect(page.failures.first?.recipient == "a•••@example.com")
        Snapshot.check(try await Snapshot.render("admin-mail", title: "Mail and jobs", section: .admin, page: page), named: "admin-mail")
    }

    @Test func theEraseAndDeactivatePagesSayWhatHappens() async throws {
        let erase = EraseAdmin.Page(name: "Angelica Santos", email: "angelica@example.com", action: AdminRoute.submitErase(sampleID).path,
                                    back: AdminRoute.people(.edit(sampleID)).path, download: AdminRoute.personData(sampleID).path)
        Snapshot.check(try await Snapshot.render("admin-erase", title: "Erase Angelica Santos", section: .admin, page: erase), named: "admin-erase")
        let lead = Person(organizationID: sampleID, name: "Priya Nair", email: "priya@example.com", role: .lead)
        let deactivate = DeactivatePage(TeamsResource.self, id: sampleID, name: "Night Desk", affected: [lead])
        Snapshot.check(try await Snapshot.render("admin-deactivate", title: deactivate.heading, section: .admin, page: deactivate),
                       named: "admin-deactivate")
    }
}
