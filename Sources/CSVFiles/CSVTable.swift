/// A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
/// CRLF, LF or CR line ends, a UTF-8 byte-order mark. It keeps each row's line number so an
/// import can say exactly where a mistake is.
///
/// It scans UTF-8 bytes rather than Characters: every byte that matters (quote, comma, CR, LF)
/// is ASCII, and skipping grapheme breaking made it several times faster (docs/PERFORMANCE.md).
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
        var text = text
        let result = text.withUTF8 { bytes in Result { () throws(ReadError) in try CSVTable.records(bytes) } }
        let records = try result.get()
        guard let first = records.first else { throw .empty }
        header = first.1.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        rows = records.dropFirst().map { (line: $0.0, fields: $0.1) }
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    private static func records(_ bytes: UnsafeBufferPointer<UInt8>) throws(ReadError) -> [(Int, [String])] {
        var records: [(Int, [String])] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var fieldStart = index
        // Unquoted fields are sliced straight from the input; quoted ones are copied byte by
        // byte into `field` because doubled quotes shrink them.
        var quoted = false

        func endField(at end: Int) {
            fields.append(quoted ? String(decoding: field, as: UTF8.self)
                                 : String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            quoted = false
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == lf || (byte == cr && (index + 1 == bytes.count || bytes[index + 1] != lf)) { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where index == fieldStart && !quoted:
                inQuotes = true
                quoted = true
            case comma:
                endField(at: index)
                fieldStart = index + 1
            case cr, lf:
                endField(at: index)
                if byte == cr && index + 1 < bytes.count && bytes[index + 1] == lf { index += 1 }
                if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
                fields.removeAll()
                line += 1
                recordLine = line
                fieldStart = index + 1
            default:
                if quoted { field.append(byte) }  // text after a closing quote, kept as written
            }
            index += 1
        }
        if inQuotes { throw .unclosedQuote(line: recordLine) }
        if fieldStart < bytes.count || !fields.isEmpty {
            endField(at: bytes.count)
            // The last line follows the same rule as the others, so `""` with or without a
            // final line break reads the same (a blank record, left out).
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
        }
        return records
    }
}

import Foundation
