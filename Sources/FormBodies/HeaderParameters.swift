/// The `key=value` parameters of a header such as `form-data; name="file"; filename="a;b.csv"`
/// or `multipart/form-data; boundary=x`, read in one pass with quoted strings (RFC 9110 §5.6.6)
/// so a `;` inside quotes does not end a value. Keys are lower-cased; the first of a key wins.
struct HeaderParameters {
    private var values: [String: String] = [:]

    init(_ header: String) {
        enum State { case key, value, quoted, escaped, afterQuote }
        var state = State.key
        var key = "", value = ""
        func finish() {
            let name = key.trimmingCharacters(in: .whitespaces).lowercased()
            if !name.isEmpty, values[name] == nil { values[name] = value }
            key = ""; value = ""; state = .key
        }
        for scalar in header.unicodeScalars {
            switch state {
            case .key:
                if scalar == ";" { key = "" } else if scalar == "=" { state = .value } else { key.unicodeScalars.append(scalar) }
            case .value:
                if scalar == ";" { value = value.trimmingCharacters(in: .whitespaces); finish() }
                else if scalar == "\"", value.allSatisfy(\.isWhitespace) { value = ""; state = .quoted }
                else { value.unicodeScalars.append(scalar) }
            case .quoted:
                if scalar == "\\" { state = .escaped } else if scalar == "\"" { state = .afterQuote } else { value.unicodeScalars.append(scalar) }
            case .escaped:
                value.unicodeScalars.append(scalar); state = .quoted
            case .afterQuote:
                if scalar == ";" { finish() }
            }
        }
        switch state {
        case .value: value = value.trimmingCharacters(in: .whitespaces); finish()
        case .afterQuote: finish()
        case .key, .quoted, .escaped: break
        }
    }

    subscript(_ key: String) -> String? { values[key] }
}
