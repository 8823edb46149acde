// libFuzzer target for `CSVTable`, the RFC 4180 reader behind the people import and the
// Moodle framework import. Built and run by scripts/fuzz.sh (docs/FUZZING.md).
import CSVFiles
import Foundation
import FuzzSupport

/// Invariants for any input:
/// - a table has a header; rows' line numbers rise, come after the header and stay within the
///   file's lines; an unclosed quote names a line of the file;
/// - a quote-free file reads exactly as splitting lines on CR/LF and fields on commas;
/// - a line break added at the end of a file changes nothing;
/// - writing the rows back with every field quoted and reading them again gives the same rows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    let lines = lineCount(text)
    let table: CSVTable
    do {
        table = try CSVTable(text: text)
    } catch {
        if case .unclosedQuote(let line) = error {
            check(text.utf8.contains(UInt8(ascii: "\"")), "unclosed quote reported without a quote")
            check(line >= 1 && line <= lines, "unclosed quote on line \(line) of \(lines)")
        }
        return 0
    }
    check(!table.header.isEmpty, "a table without a header")
    var previous = 0
    for row in table.rows {
        check(row.line > previous && row.line >= 2 && row.line <= lines, "row on line \(row.line) after \(previous), the file has \(lines) lines")
        check(!row.fields.isEmpty, "a row without fields")
        previous = row.line
    }
    if !text.utf8.contains(UInt8(ascii: "\"")) {
        let expected = plainRecords(text)
        check(expected.first.map { $0.map(normalisedHeader) } == table.header, "header differs from a plain split")
        check(Array(expected.dropFirst()) == table.rows.map(\.fields), "rows differ from a plain split: \(expected.count - 1) vs \(table.rows.count)")
    }
    if let last = text.utf8.last, last != 10, last != 13 {
        let ended = try? CSVTable(text: text + "\n")
        check(ended?.header == table.header, "a final line break changes the header")
        check(ended?.rows.map(\.fields) == table.rows.map(\.fields), "a final line break changes the rows: \(table.rows.count) vs \(ended?.rows.count ?? -1)")
    }
    // Round trip: a neutral header (the read one is trimmed and lower-cased), every field quoted.
    let header = table.header.indices.map { "c\($0)" }
    let written = ([header] + table.rows.map(\.fields)).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n")
    let again = try? CSVTable(text: written)
    check(again?.header == header, "a written header does not read back")
    check(again?.rows.map(\.fields) == table.rows.map(\.fields), "rows change on a round trip: \(table.rows.count) vs \(again?.rows.count ?? -1)")
    return 0
}

/// A field in quotes, its quotes doubled. Byte by byte: as Characters, a quote followed by a
/// combining mark is one grapheme that is not `"`, and would be left undoubled.
func quoted(_ field: String) -> String {
    "\"" + String(decoding: field.utf8.flatMap { $0 == UInt8(ascii: "\"") ? [$0, $0] : [$0] }, as: UTF8.self) + "\""
}

/// Lines as the reader counts them: CRLF, LF or CR each end one.
func lineCount(_ text: String) -> Int {
    var count = 1
    var previousCR = false
    for byte in text.utf8 {
        if byte == 10 { if !previousCR { count += 1 } } else if byte == 13 { count += 1 }
        previousCR = byte == 13
    }
    return count
}

/// A quote-free file's records: lines split on commas, empty lines left out.
func plainRecords(_ text: String) -> [[String]] {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var records: [[String]] = []
    var line: [UInt8] = []
    func flush() {
        if !line.isEmpty {
            records.append(line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) })
        }
        line.removeAll()
    }
    for byte in bytes {
        if byte == 10 || byte == 13 { flush() } else { line.append(byte) }
    }
    flush()
    return records
}

func normalisedHeader(_ field: String) -> String {
    field.trimmingCharacters(in: .whitespaces).lowercased()
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
