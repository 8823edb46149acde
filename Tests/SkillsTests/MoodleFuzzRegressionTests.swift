import CSVFiles
import Testing
@testable import Skills

/// Inputs the fuzz targets found in the Moodle export's quoting (docs/FUZZING.md).
@Suite struct MoodleFuzzRegressionTests {
    /// A quote followed by a combining mark, and a CRLF, are single Characters that are neither
    /// a quote nor a line break, so the export left them unquoted and the file read back wrong.
    @Test func exportedFieldsReadBackWhateverCharactersTheyHold() throws {
        let values = ["Says \"\u{308}hi\" at once", "two\r\nlines", "comma, \"quote\"", "plain"]
        for value in values {
            let table = try CSVTable(text: "a,b\n" + Framework.csvField(value) + "," + Framework.csvField(value) + "\n")
            #expect(table.rows.map(\.fields) == [[value, value]])
        }
    }

    @Test func aMergedNameWithAQuoteAndCombiningMarkSurvivesTheExport() throws {
        var framework = Framework.builtIn
        framework.competencies[0].name = "Spoken \"\u{301}communication\""
        let again = try framework.merging(moodleCSV: framework.moodleCSV(), source: "moodle.csv")
        #expect(again.competencies[0].name == framework.competencies[0].name)
        #expect(again == framework)
    }
}
