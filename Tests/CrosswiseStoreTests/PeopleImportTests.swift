import CSVFiles
import CrosswiseStore
import FluentKit
import Foundation
import Testing

@Suite struct PeopleImportTests {
    func setUp(_ kind: String) async throws -> (CrosswiseDatabase, Directory) {
        let db = try await TestDatabases.fresh(kind)
        let org = Organization(name: "Acme")
        try await org.create(on: db.db)
        let directory = Directory(db: db.db, organizationID: try org.requireID())
        try await directory.saveSite(SiteForm(name: "Manila", city: "Pasig", country: "PH", timeZone: "Asia/Manila"))
        try await directory.saveTeam(TeamForm(name: "Night Desk"))
        return (db, directory)
    }

    let good = """
    name,email,role,site,teams,time_zone,country,subdivision,working_hours,weekend,languages
    Joy Bautista,joy@example.com,member,Manila,Night Desk,Asia/Manila,PH,PH-00,Mon-Fri 21:00-06:00,Sat;Sun,en;fil
    "Reyes, Ana",ana@example.com,lead,Manila,Night Desk,Asia/Manila,PH,,"Mon-Thu 09:00-13:00,14:00-18:00; Fri 09:00-13:00",,en
    """

    @Test(arguments: TestDatabases.kinds)
    func cleanFileImportsEveryRowIntoTeams(kind: String) async throws {
        let (db, directory) = try await setUp(kind)
        let importer = PeopleImport(directory: directory)
        let dry = try await importer.dryRun(good)
        #expect(dry.isClean && dry.creates == 2)
        #expect(try await directory.personCount() == 0, "a dry run writes nothing")
        let report = try await importer.run(good)
        #expect(report.isClean)
        let team = try await directory.teams().first!
        #expect(try await directory.teamDetail(team.requireID())!.everyone.map(\.name).sorted() == ["Joy Bautista", "Reyes, Ana"])
        // Importing the same file again updates instead of duplicating.
        let again = try await importer.run(good)
        #expect(again.updates == 2 && again.creates == 0)
        #expect(try await directory.personCount() == 2)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func oneBadRowMeansNothingIsWrittenAndEachErrorNamesLineAndColumn(kind: String) async throws {
        let (db, directory) = try await setUp(kind)
        let text = good + """

        Bad Hours,bad@example.com,member,Manila,Night Desk,Asia/Manila,PH,,Mon-Fri 25:00-06:00,,en
        Wrong Zone,zone@example.com,boss,Nowhere,Day Desk,Mars/Base,PH,US-NY,Mon-Fri 09:00-17:00,,en
        Joy Again,JOY@example.com,member,,,Asia/Manila,PH,,Mon-Fri 09:00-17:00,,en
        """
        let report = try await PeopleImport(directory: directory).run(text)
        #expect(!report.isClean)
        #expect(try await directory.personCount() == 0)
        let byLine = Dictionary(grouping: report.rows, by: \.line)
        #expect(byLine[4]?.first?.errors.map(\.field.key) == ["working_hours"])
        #expect(Set(byLine[5]?.first?.errors.map(\.field.key) ?? []) == ["site", "teams", "role", "time_zone", "subdivision"])
        #expect(byLine[6]?.first?.errors.first?.message.contains("line 2") == true)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func missingOrUnknownColumnsAreFileErrors(kind: String) async throws {
        let (db, directory) = try await setUp(kind)
        let report = try await PeopleImport(directory: directory).dryRun("name,mail\nJoy,joy@example.com\n")
        #expect(report.fileErrors.contains { $0.contains("“email”") })
        #expect(report.fileErrors.contains { $0.contains("“mail”") })
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func reimportWithFewerColumnsKeepsHoursLanguagesAndTeams(kind: String) async throws {
        let (db, directory) = try await setUp(kind)
        let importer = PeopleImport(directory: directory)
        #expect(try await importer.run(good).isClean)
        let report = try await importer.run("""
        name,email,time_zone,country
        Joy B. Bautista,joy@example.com,Asia/Manila,PH
        """)
        #expect(report.isClean && report.updates == 1)
        let joy = try await Person.query(on: db.db).filter(\.$email == "joy@example.com").first()!
        #expect(joy.name == "Joy B. Bautista")
        #expect(joy.workingHours == "Mon-Fri 21:00-06:00")
        #expect(joy.languages == "en, fil")
        #expect(joy.subdivision == "PH-00")
        #expect(joy.$site.id != nil)
        let team = try await directory.teams().first!
        #expect(try await directory.teamDetail(team.requireID())!.everyone.map(\.email).contains("joy@example.com"))
        // A present column with empty cells leaves the stored values as they are too.
        let empty = try await importer.run("name,email,role,teams,working_hours,languages\nReyes Ana,ana@example.com,,,,\n")
        #expect(empty.isClean)
        let ana = try await Person.query(on: db.db).filter(\.$email == "ana@example.com").first()!
        #expect(ana.role == .lead && ana.languages == "en" && ana.workingHours.hasPrefix("Mon-Thu 09:00-13:00"))
        #expect(try await directory.teamDetail(team.requireID())!.leads.map(\.email) == ["ana@example.com"])
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aSiteGivesANewPersonTheirZoneAndCountry(kind: String) async throws {
        let (db, directory) = try await setUp(kind)
        let report = try await PeopleImport(directory: directory).run("name,email,site\nLea Cruz,lea@example.com,manila\n")
        #expect(report.isClean, "\(report.rows.flatMap(\.errors))")
        let lea = try await Person.query(on: db.db).filter(\.$email == "lea@example.com").first()!
        #expect(lea.timeZone == "Asia/Manila" && lea.country == "PH" && lea.weekend == "Sat, Sun")
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aNewPersonWithoutZoneOrSiteIsRefusedNamingTheColumns(kind: String) async throws {
        let (db, directory) = try await setUp(kind)
        let report = try await PeopleImport(directory: directory).run("name,email\nLea Cruz,lea@example.com\n")
        #expect(!report.isClean)
        let errors = report.rows.first?.errors ?? []
        #expect(report.rows.first?.line == 2)
        #expect(Set(errors.map(\.field.key)) == ["time_zone", "country"])
        #expect(errors.allSatisfy { $0.message.contains("site") })
        #expect(try await directory.personCount() == 0)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func controlCharactersInNamesRefuseTheRowAndNothingIsWritten(kind: String) async throws {
        let (db, directory) = try await setUp(kind)
        let text = "name,email,site,teams\n\"Joy\nBautista\",joy@example.com,Manila,\nAna\u{2028}Reyes,ana@example.com,Manila,\nBo,bo@example.com,Man\u{7F}ila,Night\tDesk\nCy,cy@example.com,Manila,Night Desk\n"
        let report = try await PeopleImport(directory: directory).run(text)
        #expect(!report.isClean)
        let byLine = Dictionary(grouping: report.rows, by: \.line)
        #expect(byLine[2]?.first?.errors.map(\.field.key) == ["name"])
        #expect(byLine[2]?.first?.errors.first?.message.contains("U+000A") == true)
        #expect(byLine[4]?.first?.errors.map(\.field.key) == ["name"])
        #expect(byLine[4]?.first?.errors.first?.message.contains("U+2028") == true)
        #expect(Set(byLine[5]?.first?.errors.map(\.field.key) ?? []) == ["site", "teams"])
        #expect(byLine[6]?.first?.errors.isEmpty == true)
        #expect(try await directory.personCount() == 0, "a refused file writes nothing")
        await db.shutdown()
    }
}

@Suite struct CSVTableTests {
    @Test func quotedFieldsWithCommasQuotesAndLineBreaksKeepTheirLineNumbers() throws {
        let table = try CSVTable(text: "\u{FEFF}Name,Note\r\n\"Cruz, Maria\",\"said \"\"hi\"\"\nthen left\"\r\nBo,x\r\n")
        #expect(table.header == ["name", "note"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0].fields == ["Cruz, Maria", "said \"hi\"\nthen left"])
        #expect(table.rows[1].line == 4)
    }

    @Test func anUnclosedQuoteIsReportedWithItsLine() {
        #expect(throws: CSVTable.ReadError.unclosedQuote(line: 2)) { try CSVTable(text: "a,b\n\"oops,1\n") }
        #expect(throws: CSVTable.ReadError.empty) { try CSVTable(text: "") }
    }
}
