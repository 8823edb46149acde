/// The body encodings of RFC 2045: base64 for attachments and quoted-printable for text that is
/// not plain short ASCII. Both only ever emit CRLF line ends and lines under 77 characters.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: some Collection<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let first = iterator.next() {
            let second = iterator.next()
            let third = iterator.next()
            let value = UInt32(first) << 16 | UInt32(second ?? 0) << 8 | UInt32(third ?? 0)
            output.append(alphabet[Int(value >> 18 & 63)])
            output.append(alphabet[Int(value >> 12 & 63)])
            output.append(second == nil ? UInt8(ascii: "=") : alphabet[Int(value >> 6 & 63)])
            output.append(third == nil ? UInt8(ascii: "=") : alphabet[Int(value & 63)])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Base64 in lines of 76 characters, each ending with CRLF.
    static func lines(_ bytes: [UInt8]) -> String {
        let encoded = Array(encode(bytes).utf8)
        var result = ""
        var start = 0
        while start < encoded.count {
            let end = min(start + 76, encoded.count)
            result += String(decoding: encoded[start..<end], as: UTF8.self) + "\r\n"
            start = end
        }
        return result
    }
}

enum BodyText {
    /// The text's lines with every kind of line end (CRLF, LF, lone CR) made one.
    static func lines(_ text: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D || byte == 0x0A {
                lines.append([])
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                lines[lines.count - 1].append(byte)
            }
            index += 1
        }
        return lines
    }

    /// True when the lines can go as they are (7bit): printable ASCII, short, no trailing
    /// space, and no "=" so a boundary (which starts with "=_") can never occur in them.
    static func isPlainASCII(_ lines: [[UInt8]]) -> Bool {
        lines.allSatisfy { line in
            line.count <= 76 && line.last != 0x20 && line.last != 0x09
                && line.allSatisfy { ($0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "=")) || $0 == 0x09 }
        }
    }

    /// Quoted-printable (RFC 2045 section 6.7) with soft breaks before 76 characters.
    static func quotedPrintable(_ lines: [[UInt8]]) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for line in lines {
            var column = 0
            for (index, byte) in line.enumerated() {
                let isLast = index == line.count - 1
                let literal = (byte >= 0x21 && byte <= 0x7E && byte != UInt8(ascii: "="))
                    || ((byte == 0x20 || byte == 0x09) && !isLast)
                let token: [UInt8] = literal ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                // Leave room for the "=" of a soft break, unless this is the line's last token.
                if column + token.count > (isLast ? 76 : 75) {
                    output += [UInt8(ascii: "="), 0x0D, 0x0A]
                    column = 0
                }
                output += token
                column += token.count
            }
            output += [0x0D, 0x0A]
        }
        return String(decoding: output, as: UTF8.self)
    }
}
