/// Control characters never belong in what people type into a form. A CR LF in a meeting title
/// would start a new property in an iCalendar file; a NUL or an escape sequence would reach
/// logs, CSV exports and other people's screens. Cleaning happens once, where a field is read.
public enum TextCleaning {
    /// One line: every control character (C0, DEL, C1) and the Unicode line and paragraph
    /// separators removed; a tab becomes a space.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnwanted) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out.append(" ") } else if !isUnwanted(scalar) { out.append(scalar) }
        }
        return String(out)
    }

    /// Several lines: CR LF and lone CR become LF; tabs stay; other controls are removed.
    public static func multiline(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnwanted($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\r": out.append("\n")
            case "\n": if !previousCR { out.append("\n") }
            case "\t": out.append(scalar)
            case "\u{2028}", "\u{2029}": out.append("\n")
            default: if !isUnwanted(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
