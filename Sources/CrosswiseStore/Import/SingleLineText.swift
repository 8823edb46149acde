/// Text that must stay on one line: a person's, a team's or a site's name as it arrives in a
/// file. A control character there would break a page's layout, a CSV export or a log line.
public enum SingleLineText {
    /// The first character that has no place in one line of text, as "U+000A": C0 controls
    /// (tab and line breaks included), DEL, C1 controls (NEL among them) and the Unicode line
    /// and paragraph separators. Nil when the text is clean.
    public static func firstControlCharacter(in text: String) -> String? {
        for scalar in text.unicodeScalars where isControl(scalar) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return nil
    }

    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}
