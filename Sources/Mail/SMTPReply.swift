/// One reply of a mail server: a three-digit code and one or more lines of text (RFC 5321
/// section 4.2). A multi-line reply arrives as `250-first`, `250-second`, `250 last`.
public struct SMTPReply: Sendable, Equatable {
    public let code: Int
    /// The text of each line, without the code and separator.
    public let lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// 2xx: done. 3xx: go on (354 after DATA, 334 in AUTH).
    var isPositive: Bool { code >= 200 && code < 400 }

    /// The lines joined for a person to read, control characters removed and long replies cut,
    /// so a hostile server cannot paint the admin's terminal.
    public var text: String {
        let joined = lines.joined(separator: " / ")
        let clean = String(String.UnicodeScalarView(joined.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
        return clean.count > 300 ? String(clean.prefix(300)) + "..." : clean
    }

    /// The RFC 3463 status code at the start of the first line, such as "5.1.1", if any.
    var enhancedCode: String? {
        guard let first = lines.first?.split(separator: " ", maxSplits: 1).first else { return nil }
        let parts = first.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, ["2", "4", "5"].contains(parts[0]),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return String(first)
    }
}

/// Reads replies out of the lines a server sends, keeping a partial multi-line reply between
/// reads. Pure, so the reading of `250-` continuations is tested without a socket.
struct SMTPReplyParser: Sendable {
    private var pendingCode: Int?
    private var pendingLines: [String] = []

    enum Failure: Error, Equatable {
        case notSMTP
    }

    /// Feeds one line (without its CRLF); returns a reply when the line completes one.
    mutating func consume(line: String) throws(Failure) -> SMTPReply? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let code = Int(String(decoding: bytes[0...2], as: UTF8.self)) else { throw .notSMTP }
        let separator: UInt8? = bytes.count > 3 ? bytes[3] : nil
        guard separator == nil || separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else { throw .notSMTP }
        if let pendingCode, pendingCode != code { throw .notSMTP }
        let text = bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : ""
        pendingLines.append(text)
        if separator == UInt8(ascii: "-") {
            pendingCode = code
            return nil
        }
        let reply = SMTPReply(code: code, lines: pendingLines)
        pendingCode = nil
        pendingLines = []
        return reply
    }
}
