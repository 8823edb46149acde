import Foundation

/// Header values per RFC 5322 and RFC 2047: one line, folded at 78 columns, non-ASCII text as
/// encoded words. Every header value passes through here, so no CR or LF from a subject, a name
/// or a file name can start a header of its own.
enum HeaderText {
    /// Replaces line breaks and other control characters with a space (U+2028 and U+0085 too,
    /// which some readers treat as line ends).
    static func singleLine(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar.value {
            case 0..<0x20, 0x7F, 0x80..<0xA0, 0x2028, 0x2029: " "
            default: scalar
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Unstructured text (Subject): plain words when printable ASCII, otherwise encoded words.
    static func unstructured(_ text: String) -> [String] {
        let line = singleLine(text)
        let words = line.split(separator: " ").map(String.init)
        if line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), words.allSatisfy({ $0.utf8.count <= 76 && !$0.contains("=?") }) {
            return words
        }
        return encodedWords(line)
    }

    /// A display name: as is when it is atoms, quoted when it has specials, encoded when not ASCII.
    static func phrase(_ name: String) -> [String] {
        let line = singleLine(name)
        if line.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let atext = Set("!#$%&'*+-/=?^_`{|}~ ".unicodeScalars)
            let isAtoms = line.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || atext.contains($0))
            }
            if isAtoms, !line.contains("=?") {
                return line.split(separator: " ").map(String.init)
            }
            if line.utf8.count <= 70 {
                let escaped = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                return ["\"\(escaped)\""]
            }
        }
        return encodedWords(line)
    }

    /// `Name <address>` or the bare address.
    static func mailbox(_ address: MailAddress) -> [String] {
        guard let name = address.name else { return ["<\(address.address)>"] }
        return phrase(name) + ["<\(address.address)>"]
    }

    /// RFC 2047 "B" encoded words of at most 75 characters, split only between characters so
    /// that no word ends in the middle of a UTF-8 sequence or a grapheme.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        // 45 bytes of UTF-8 make 60 base64 characters; with "=?UTF-8?B?" and "?=" that is 72.
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += bytes.prefix(45)
        }
        if !chunk.isEmpty || words.isEmpty { words.append(encodedWord(chunk)) }
        return words
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Base64.encode(bytes) + "?="
    }

    /// `Name: word word ...` folded before 78 columns, ending with CRLF.
    static func header(_ name: String, _ words: [String]) -> String {
        var result = name + ":"
        var column = result.utf8.count
        for word in words {
            if column + 1 + word.utf8.count > 78, column > name.utf8.count + 1 {
                result += "\r\n"
                column = 0
            }
            result += " " + word
            column += 1 + word.utf8.count
        }
        return result + "\r\n"
    }

    /// A list of mailboxes, comma separated, folded between addresses.
    static func addressList(_ name: String, _ addresses: [MailAddress]) -> String {
        var words: [String] = []
        for (index, address) in addresses.enumerated() {
            var mailbox = mailbox(address)
            if index < addresses.count - 1 { mailbox[mailbox.count - 1] += "," }
            words += mailbox
        }
        return header(name, words)
    }
}
