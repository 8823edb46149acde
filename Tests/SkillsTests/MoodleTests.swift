import CSVFiles
import Testing
@testable import Skills

@Suite struct MoodleTests {
    let framework = Framework.builtIn

    /// The file as rows of fields, the header as written (CSVTable lower-cases its copy).
    func parse(_ csv: String) throws -> [[String]] {
        let header = csv.prefix { $0 != "\r\n" && $0 != "\n" }.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return [header] + (try CSVTable(text: csv)).rows.map(\.fields)
    }

    @Test func exportThenMergeGivesTheSameFramework() throws {
        let csv = framework.moodleCSV()
        let rows = try parse(csv)
        #expect(rows[0] == Framework.moodleHeader)
        #expect(rows[1][12] == "1" && rows[1][5] == "Starting,Developing,Proficient,Advanced,Role model")
        // Framework row, one per area, one per competency and five per competency's levels.
        let areas = Set(framework.active.map(\.area)).count
        #expect(rows.count == 2 + areas + framework.active.count * 6)
        #expect(try framework.merging(moodleCSV: csv, source: "moodle.csv") == framework)
    }

    @Test func renamesApplyAndNewCompetenciesArriveRetiredWithTheirLevels() throws {
        var rows = try parse(framework.moodleCSV())
        let teamwork = try #require(rows.firstIndex { $0[1] == "teamwork" })
        rows[teamwork][2] = "Working across shifts"
        rows[teamwork][3] = "<p>Helping the next shift &amp; the last one.</p>"
        rows.append(["area-growth", "mentoring", "Mentoring", "Guiding newer colleagues.", "2", "", "", "", "", "", "", "", "", ""])
        for level in 1...5 { rows.append(["mentoring", "mentoring.level-\(level)", "\(level)", "Does level \(level) things.\nAnd more.", "2", "", "", "", "", "", "", "", "", ""]) }
        let csv = rows.map { $0.map(Framework.csvField).joined(separator: ",") }.joined(separator: "\n")
        let merged = try framework.merging(moodleCSV: csv, source: "moodle.csv")
        #expect(merged.competency("teamwork")?.name == "Working across shifts")
        #expect(merged.competency("teamwork")?.summary == "Helping the next shift & the last one.")
        let mentoring = try #require(merged.competency("mentoring"))
        #expect(mentoring.retired && mentoring.area == "Growth" && mentoring.levels.count == 5)
        #expect(mentoring.behaviours(at: 3) == ["Does level 3 things.", "And more."])
        #expect(merged.active.count == framework.active.count)
    }

    @Test func aBrokenFileIsRefusedWithEveryBadRowListed() throws {
        var rows = try parse(framework.moodleCSV())
        rows.append(["area-growth", "Bad Id", "", "", "2", "", "", "", "", "", "", "", "", ""])
        for level in 1...3 { rows.append(["Bad Id", "bad.\(level)", "\(level)", "x", "2", "", "", "", "", "", "", "", "", ""]) }
        rows.append(["nowhere", "orphan", "Orphan", "", "2", "", "", "", "", "", "", "", "", ""])
        rows.append(rows[3])
        let csv = rows.map { $0.map(Framework.csvField).joined(separator: ",") }.joined(separator: "\n")
        #expect(throws: FrameworkProblems.self) { try framework.merging(moodleCSV: csv, source: "m.csv") }
        do {
            _ = try framework.merging(moodleCSV: csv, source: "m.csv")
        } catch let error as FrameworkProblems {
            let all = error.problems.joined(separator: "\n")
            #expect(all.contains("“Short name” is empty"))
            #expect(all.contains("has 3 level rows under it"))
            #expect(all.contains("parent “nowhere” is not in the file"))
            #expect(all.contains("appears twice"))
            #expect(all.contains("must use lower-case letters"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: FrameworkProblems.self) { try framework.merging(moodleCSV: "Name,Thing\nx,y\n", source: "m.csv") }
    }
}

@Suite struct MoodleFormulaTests {
    let framework = Framework.builtIn

    @Test func cellsASpreadsheetWouldRunAsFormulasAreExportedAsText() throws {
        var hostile = framework
        hostile.competencies[0].name = "=HYPERLINK(\"http://evil\",\"x\")"
        hostile.competencies[0].summary = "+1 555 0100 is the desk line"
        hostile.competencies[1].name = "@SUM(A1:A9)"
        hostile.competencies[1].summary = "-2 hours before handover"
        hostile.competencies[2].name = "'=already quoted"
        hostile.competencies[2].summary = "\tTabbed\r\nsecond line"
        hostile.competencies[3].name = "It's fine: = in the middle"
        let rows = try CSVTable(text: hostile.moodleCSV()).rows.map(\.fields)
        func row(_ id: String) throws -> [String] { try #require(rows.first { $0[1] == id }) }
        let first = try row(hostile.competencies[0].id), second = try row(hostile.competencies[1].id)
        let third = try row(hostile.competencies[2].id), fourth = try row(hostile.competencies[3].id)
        #expect(first[2] == "'=HYPERLINK(\"http://evil\",\"x\")" && first[3] == "'+1 555 0100 is the desk line")
        #expect(second[2] == "'@SUM(A1:A9)" && second[3] == "'-2 hours before handover")
        #expect(third[2] == "''=already quoted" && third[3].hasPrefix("'\t"))
        #expect(fourth[2] == "It's fine: = in the middle")
        // No cell of the export starts with a formula character.
        for fields in rows { for cell in fields { #expect(!(cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false), "\(cell)") } }

        // Our own export reads back to the same names and descriptions.
        let merged = try framework.merging(moodleCSV: hostile.moodleCSV(), source: "moodle.csv")
        for i in 0..<4 { #expect(merged.competencies[i].name == hostile.competencies[i].name) }
        #expect(merged.competencies[0].summary == hostile.competencies[0].summary)
        #expect(merged.competencies[1].summary == hostile.competencies[1].summary)
        #expect(merged.competencies[2].summary == "Tabbed\nsecond line")
    }
}
