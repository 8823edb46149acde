/// A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF line ends, a UTF-8 byte-order mark. It keeps each row's line number so an import
/// can say exactly where a mistake is.
public struct CSVTable: Sendable {
    public let header: [String]
    /// Each data row with the line it starts on (the header is line 1).
    public let rows: [(line: Int, fields: [String])]

    public enum ReadError: Error, Equatable, CustomStringConvertible {
        case empty
        case unclosedQuote(line: Int)

        public var description: String {
            switch self {
            case .empty: "the file is empty; the first line must name the columns"
            case .unclosedQuote(let line): "line \(line): a quoted field is never closed"
            }
        }
    }

    public init(text: String) throws(ReadError) {
        var records: [(Int, [String])] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var chars = text.hasPrefix("\u{FEFF}") ? Substring(text.dropFirst()) : Substring(text)
        // Swift treats "\r\n" as one Character, which keeps line ends simple here.
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                fields.append(field); field = ""
                if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
                fields = []
                line += 1
                recordLine = line
            default: field.append(c)
            }
        }
        if inQuotes { throw .unclosedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        guard let first = records.first else { throw .empty }
        header = first.1.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        rows = records.dropFirst().map { (line: $0.0, fields: $0.1) }
    }
}

import Foundation
