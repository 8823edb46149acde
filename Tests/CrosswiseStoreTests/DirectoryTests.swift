@testable import CrosswiseStore
import FluentKit
import Foundation
import Skills
import Testing

@Suite struct DirectoryTests {
    let passwords = Passwords(cost: 4)

    @Test(arguments: TestDatabases.kinds)
    func demoLoadsOnceWithItsTeamsAndClients(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        let demo = DemoOrganization(db: db.db, passwords: passwords)
        #expect(try await demo.loadIfMissing())
        #expect(try await demo.loadIfMissing() == false)
        #expect(try await Organization.query(on: db.db).count() == 1)
        let org = try await Organization.query(on: db.db).first()!
        let directory = Directory(db: db.db, organizationID: try org.requireID())
        #expect(try await directory.personCount() == 39)
        #expect(try await directory.teams().count == 4)
        #expect(try await directory.clients().count == 6)
        #expect(Set(try await directory.sites().map(\.timeZone)) == ["Asia/Manila", "Asia/Kolkata", "Europe/Warsaw"])
        // Migrating again changes nothing.
        try await db.migrate()
        #expect(try await db.pendingMigrations().isEmpty)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func scaledDemoHasTheRequestedNumberOfPeopleWithUniqueEmails(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing(people: 300)
        let people = try await Person.query(on: db.db).all()
        #expect(people.count == 300)
        #expect(Set(people.map(\.email)).count == 300)
        // Past the first twelve, skills history is written in batches (DemoSkills.loadInBatches);
        // those people must have the same records as the ones written through SkillsBook.
        let assessments = try await Assessment.query(on: db.db).all()
        let byPerson = Dictionary(grouping: assessments, by: { $0.$person.id })
        #expect(byPerson.count > DemoSkills.detailed)
        #expect(byPerson.values.allSatisfy { $0.count == 2 && $0.allSatisfy { $0.status == "complete" && $0.completedAt != nil } })
        let evidence = try await EvidenceRecord.query(on: db.db).all()
        let selfRows = Dictionary(grouping: evidence.filter { $0.source == Evidence.Source.selfAssessment.rawValue }, by: { $0.$person.id })
        #expect(Set(selfRows.values.map(\.count)).count == 1 && selfRows.count == byPerson.count)
        let batches = Set(assessments.compactMap(\.id))
        #expect(evidence.filter { $0.source == Evidence.Source.selfAssessment.rawValue }.allSatisfy { batches.contains($0.batch) })
        let rated = Set(evidence.filter { $0.source == Evidence.Source.lead.rawValue }.map(\.$person.id))
        #expect(rated.count > DemoSkills.detailed && rated.isSubset(of: Set(byPerson.keys)))
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anotherOrganizationsRecordsAreNotFound(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let demo = try await Organization.query(on: db.db).first()!
        let other = Organization(name: "Other Co")
        try await other.create(on: db.db)
        let mine = Directory(db: db.db, organizationID: try demo.requireID())
        let theirs = Directory(db: db.db, organizationID: try other.requireID())
        let person = try await mine.people().first!
        let team = try await mine.teams().first!
        let client = try await mine.clients().first!
        #expect(try await theirs.person(person.requireID()) == nil)
        #expect(try await theirs.teamDetail(team.requireID()) == nil)
        #expect(try await theirs.client(client.requireID()) == nil)
        #expect(try await theirs.people().isEmpty)
        await #expect(throws: DirectoryError.notFound) { try await theirs.setActive(person: person.requireID(), false) }
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func invalidSiteIsRejectedFieldByFieldAndNothingIsSaved(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        let org = Organization(name: "Acme")
        try await org.create(on: db.db)
        let directory = Directory(db: db.db, organizationID: try org.requireID())
        do {
            try await directory.saveSite(SiteForm(name: " ", city: "Pasig", country: "XX", timeZone: "Asia/Nowhere"))
            Issue.record("an invalid site was saved")
        } catch let failure as ValidationFailure {
            #expect(failure.message(for: .name) == "Name is required")
            #expect(failure.message(for: .country)?.contains("XX") == true)
            #expect(failure.message(for: .timeZone)?.contains("Asia/Nowhere") == true)
        }
        #expect(try await directory.sites().isEmpty)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func personWithImpossibleHoursIsRejectedAndDuplicateEmailIsAFieldError(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        let org = Organization(name: "Acme")
        try await org.create(on: db.db)
        let directory = Directory(db: db.db, organizationID: try org.requireID())
        var form = PersonForm()
        form.name = "Priya Nair"
        form.email = "Priya@Example.com"
        form.timeZone = "Asia/Kolkata"
        form.country = "IN"
        form.subdivision = "IN-KA"
        form.workingHours = "Mon-Fri 25:00-06:00"
        await #expect(throws: ValidationFailure.self) { try await directory.savePerson(form) }
        #expect(try await directory.personCount() == 0)

        form.workingHours = "Mon-Fri 21:00-06:00"
        let saved = try await directory.savePerson(form)
        #expect(saved.email == "priya@example.com")
        #expect(saved.weekend == "Sun", "India's usual weekend applies when none is given")
        var again = form
        again.name = "Someone Else"
        do {
            try await directory.savePerson(again)
            Issue.record("a duplicate e-mail was saved")
        } catch let failure as ValidationFailure {
            #expect(failure.message(for: .email)?.contains("already used") == true)
        }
        await db.shutdown()
    }

    @Test func backupWritesAConsistentCopyThatOpens() async throws {
        let db = try await TestDatabases.fresh("sqlite")
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString).sqlite").path
        try await db.backup(to: path)
        await db.shutdown()
        let copy = try CrosswiseDatabase(.sqlite(path: path), logger: .init(label: "test"))
        #expect(try await Person.query(on: copy.db).count() == 39)
        #expect(try await copy.pendingMigrations().isEmpty)
        await copy.shutdown()
    }
}

@Suite struct RosterCacheTests {
    @Test(arguments: TestDatabases.kinds)
    func aCachedRosterIsNeverServedAfterAnyWriteEvenFromAnotherProcess(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: Passwords(cost: 4)).loadIfMissing()
        let orgID = try await Organization.query(on: db.db).first()!.requireID()
        let cache = RosterCache()
        let web = Directory(db: db.db, organizationID: orgID, rosters: cache)
        // The CLI writes through a directory of its own, with no cache.
        let cli = Directory(db: db.db, organizationID: orgID)
        let team = try await web.teams().first { $0.name == "Night Desk – Customer Care" }!
        let before = try await web.roster(of: team.requireID())
        #expect(before.contains { $0.name == "Joy Bautista" && $0.workingHours == "Tue-Sat 21:00-06:00" })

        let joy = try await cli.people().first { $0.name == "Joy Bautista" }!
        var form = PersonForm()
        form.name = joy.name
        form.email = joy.email
        form.timeZone = joy.timeZone
        form.country = joy.country
        form.workingHours = "Mon-Fri 22:00-07:00"
        form.teamIDs = [try team.requireID()]
        try await cli.savePerson(form, id: joy.requireID())
        let after = try await web.roster(of: team.requireID())
        #expect(after.contains { $0.name == "Joy Bautista" && $0.workingHours == "Mon-Fri 22:00-07:00" })

        try await cli.setActive(person: joy.requireID(), false)
        #expect(try await web.roster(of: team.requireID()).contains { $0.name == "Joy Bautista" } == false)
        await db.shutdown()
    }
}
