import CSVFiles
import Testing

@Suite struct CSVTableReadingTests {
    /// Found by FuzzCSV: `""` as the last line was a row (or the header) without a final line
    /// break and a blank line with one, so the same file imported differently after an editor
    /// added the line break.
    @Test func aQuotedEmptyLastLineReadsTheSameWithOrWithoutAFinalLineBreak() throws {
        #expect(throws: CSVTable.ReadError.empty) { try CSVTable(text: "\"\"") }
        #expect(throws: CSVTable.ReadError.empty) { try CSVTable(text: "\"\"\n") }
        let without = try CSVTable(text: "name,zone\nBo,Asia/Manila\n\"\"")
        let with = try CSVTable(text: "name,zone\nBo,Asia/Manila\n\"\"\n")
        #expect(without.rows.map(\.fields) == [["Bo", "Asia/Manila"]])
        #expect(with.rows.map(\.fields) == without.rows.map(\.fields))
    }

    @Test func aLastLineWithAnEmptyQuotedFieldAmongOthersIsStillARow() throws {
        let table = try CSVTable(text: "a,b\n\"\",x")
        #expect(table.rows.map(\.fields) == [["", "x"]])
        #expect(table.rows.map(\.line) == [2])
    }
}
