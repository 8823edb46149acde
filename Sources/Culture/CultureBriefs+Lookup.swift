extension CultureBriefs {
    /// Codes a mistyped one most likely meant, best first: the usual nicknames (UK for GB,
    /// EN for GB), a country whose name starts with what was typed, then codes one letter away.
    public func closest(to typed: String, limit: Int = 5) -> [String] {
        let wanted = typed.trimmingCharacters(in: .whitespaces).uppercased()
        let nicknames = ["UK": "GB", "EN": "GB", "ENG": "GB", "USA": "US", "UAE": "AE", "KSA": "SA", "JA": "JP", "KO": "KR", "SP": "ES", "GE": "DE", "SW": "CH"]
        var result: [String] = []
        func add(_ code: String) { if !result.contains(code), country(code) != nil { result.append(code) } }
        if let code = nicknames[wanted] { add(code) }
        for c in countries where !wanted.isEmpty && c.name.uppercased().hasPrefix(wanted) { add(c.code) }
        for c in countries where wanted.count == 2 && zip(c.code, wanted).filter({ $0 == $1 }).count == 1 { add(c.code) }
        for c in countries where wanted.count == 2 && Set(c.code) == Set(wanted) { add(c.code) }
        if result.isEmpty, let first = wanted.first {
            for c in countries where c.code.first == first { add(c.code) }
        }
        return Array(result.prefix(limit))
    }

    /// What the command line says for a code without a brief: the code as typed (control and
    /// invisible characters dropped, at most 40 shown) and the closest codes with their names.
    public func unknownCodeMessage(_ typed: String) -> String {
        let shown = String(String.UnicodeScalarView(typed.unicodeScalars.filter { $0.value >= 32 && $0.value != 127 && !$0.properties.isDefaultIgnorableCodePoint }).prefix(40))
        let closest = closest(to: typed).compactMap { code in country(code).map { "\(code) (\($0.name))" } }
        let hint = closest.isEmpty ? "" : " Closest: \(closest.joined(separator: ", "))."
        return "no cultural brief for “\(shown)”.\(hint) See crosswise culture --list."
    }
}
