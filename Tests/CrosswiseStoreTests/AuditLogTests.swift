@testable import CrosswiseStore
import FluentKit
import Foundation
import Skills
import Testing

/// The audit log on both databases: who changed what, field by field, written with the change
/// and shown newest first.
@Suite struct AuditLogTests {
    let passwords = Passwords(cost: 4)

    struct Demo {
        let db: CrosswiseDatabase
        let organizationID: UUID
        let admin: Person
        var actor: AuditActor { .person(admin.id!, role: .admin) }
        var directory: Directory { Directory(db: db.db, organizationID: organizationID, actor: actor) }
        var log: AuditLog { AuditLog(db: db.db, organizationID: organizationID) }
    }

    func demo(_ kind: String) async throws -> Demo {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let admin = try #require(try await Person.query(on: db.db).filter(\.$email == DemoOrganization.signIns[0].email).first())
        return Demo(db: db, organizationID: admin.$organization.id, admin: admin)
    }

    @Test(arguments: TestDatabases.kinds)
    func anEditOfAPersonRecordsWhoAndOnlyTheFieldsThatChanged(kind: String) async throws {
        let demo = try await demo(kind)
        let person = try #require(try await demo.directory.people().first { $0.role == .member })
        var form = PersonForm(person: person, teamIDs: try await demo.directory.memberships(of: person.id!).compactMap { $0.team.id })
        form.timeZone = "Asia/Tokyo"
        try await demo.directory.savePerson(form, id: person.id)
        let accounts = Accounts(db: demo.db.db, passwords: passwords)
        try await accounts.setPassword(of: person, to: "a fresh long passphrase", temporary: true, by: demo.actor)

        let lines = try await demo.log.entries(entity: (.person, person.id!.uuidString)).lines
        #expect(lines.count == 2)
        let edit = try #require(lines.last)
        #expect(edit.actor == "Isabel Reyes" && edit.actorRole == .admin && edit.action == .updated && edit.entityLabel == person.name)
        #expect(edit.changes == [AuditChange(field: "time zone", before: person.timeZone, after: "Asia/Tokyo")])
        #expect(lines.first?.changes == [AuditChange(field: "temporary password", before: nil, after: "changed")])
        let stored = try await AuditEntry.query(on: demo.db.db).all().map(\.changes).joined()
        let hash = try #require(try await Person.find(person.id, on: demo.db.db)?.passwordHash)
        #expect(!stored.contains(hash) && !stored.contains("a fresh long passphrase"))
        await demo.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aTeamsMembersAndADeactivationAreLoggedAndAnUnchangedSaveIsNot(kind: String) async throws {
        let demo = try await demo(kind)
        let people = try await demo.directory.people().prefix(3)
        var form = TeamForm()
        form.name = "Night escalations"
        form.leadIDs = [people[people.startIndex].id!]
        form.memberIDs = people.dropFirst().map { $0.id! }
        let team = try await demo.directory.saveTeam(form)
        try await demo.directory.saveTeam(form, id: team.id)
        try await demo.directory.setActive(team: team.id!, false)

        let lines = try await demo.log.entries(entity: (.team, team.id!.uuidString)).lines
        #expect(lines.map(\.action) == [.deactivated, .created])
        let created = try #require(lines.last)
        let names = people.dropFirst().map(\.name).sorted().joined(separator: ", ")
        #expect(created.changes.contains(AuditChange(field: "members", before: nil, after: names)))
        #expect(created.changes.contains(AuditChange(field: "leads", before: nil, after: people[people.startIndex].name)))
        await demo.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aRefusedSaveAndAChangeWithoutAnActorWriteNoEntry(kind: String) async throws {
        let demo = try await demo(kind)
        var form = SiteForm()
        form.name = "Cebu – IT Park"
        form.city = "Cebu"
        form.country = "PH"
        form.timeZone = "Not/AZone"
        await #expect(throws: ValidationFailure.self) { try await demo.directory.saveSite(form) }
        form.timeZone = "Asia/Manila"
        try await Directory(db: demo.db.db, organizationID: demo.organizationID).saveSite(form)
        #expect(try await demo.log.entries().lines.isEmpty)
        await demo.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func frameworkEditsAPIKeysAndCalendarsAreLoggedWithoutTheKey(kind: String) async throws {
        let demo = try await demo(kind)
        let book = SkillsBook(db: demo.db.db, organizationID: demo.organizationID, actor: .commandLine)
        let before = try await book.currentFramework().version
        try await book.changeFramework(note: "Edited Teamwork", authorID: nil) { $0.competencies[0].name += " (edited)" }
        let issued = try await demo.directory.issueAPIToken(name: "Zendesk")
        try await demo.directory.revokeAPIToken(issued.token.id!)
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271225\r\nDTEND;VALUE=DATE:20271226\r\n"
            + "SUMMARY:Company day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try await demo.directory.importHolidayCalendar(name: "Company days", siteID: nil, fileName: "days.ics", text: ics)

        let lines = try await demo.log.entries().lines
        #expect(lines.map(\.subject) == [.holidayCalendar, .apiKey, .apiKey, .framework])
        #expect(lines.map(\.action) == [.imported, .deleted, .created, .updated])
        let framework = try #require(lines.last)
        #expect(framework.actor == "command line" && framework.actorID == nil)
        #expect(framework.changes.first == AuditChange(field: "version", before: "\(before)", after: "\(before + 1)"))
        let stored = try await AuditEntry.query(on: demo.db.db).all().map(\.changes).joined()
        #expect(!stored.contains(issued.key))
        await demo.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func theLogIsPagedNewestFirst(kind: String) async throws {
        let demo = try await demo(kind)
        for n in 1...(AuditLog.pageSize + 3) {
            var form = SiteForm()
            form.name = "Site \(n)"
            form.city = "Manila"
            form.country = "PH"
            form.timeZone = "Asia/Manila"
            try await demo.directory.saveSite(form)
        }
        let first = try await demo.log.entries(page: 1)
        let second = try await demo.log.entries(page: 2)
        #expect(first.lines.count == AuditLog.pageSize && first.hasMore)
        #expect(second.lines.count == 3 && !second.hasMore)
        #expect(first.lines.first?.entityLabel == "Site \(AuditLog.pageSize + 3)" && second.lines.last?.entityLabel == "Site 1")
        await demo.db.shutdown()
    }
}
