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
        #expect(byLine[4]?.first?.errors.map(\.field) == ["working_hours"])
        #expect(Set(byLine[5]?.first?.errors.map(\.field) ?? []) == ["site", "teams", "role", "time_zone", "subdivision"])
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
