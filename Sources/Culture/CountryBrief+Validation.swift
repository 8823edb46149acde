extension CountryBrief {
    /// Longest section, scale sentence or phrase field: a brief is short by design, and a
    /// runaway paste shows up here rather than on a page.
    static let maxSectionCharacters = 900
    static let maxFieldCharacters = 300

    /// Every rule a brief keeps, each problem naming the field. Empty means usable.
    func problems(knownSources: Set<String>) -> [String] {
        var problems: [String] = []
        func require(_ ok: Bool, _ problem: @autoclosure () -> String) { if !ok { problems.append(problem()) } }

        require(ISOCountries.codes.contains(code), "code “\(code)” is not an ISO 3166-1 alpha-2 country code")
        require(!name.isBlank, "name is empty")
        require(!languages.isEmpty && languages.allSatisfy { !$0.isBlank }, "languages must list at least one language")
        require(firstMessage != nil, "firstMessage is missing (names: formal or first-names; greeting: expected or optional)")

        for section in BriefSection.allCases {
            let text = sections[section.rawValue] ?? ""
            require(!text.isBlank, "sections.\(section.rawValue) is missing or empty")
            require(text.count <= Self.maxSectionCharacters, "sections.\(section.rawValue) is longer than \(Self.maxSectionCharacters) characters")
        }
        for key in sections.keys.sorted() where BriefSection(rawValue: key) == nil {
            problems.append("sections.\(key) is not a section (use \(BriefSection.allCases.map(\.rawValue).joined(separator: ", ")))")
        }

        require((5...10).contains(phrases.count), "phrases: give 5 to 10, not \(phrases.count)")
        for use in [PhraseUse.hello, .thanks] where phrase(use) == nil { problems.append("phrases: none is used for “\(use.rawValue)”") }
        for (i, p) in phrases.enumerated() {
            let field = "phrases[\(i)]"
            require(!p.text.isBlank, "\(field).text is empty")
            require(!p.language.isBlank, "\(field).language is empty")
            require(!p.pronunciation.isBlank, "\(field).pronunciation is empty")
            require(!p.meaning.isBlank, "\(field).meaning is empty")
            if Script.isNonLatin(p.text) {
                require(!(p.transliteration ?? "").isBlank, "\(field).transliteration is needed: “\(p.text)” is not in Latin script")
                require(!Script.isNonLatin(p.transliteration ?? ""), "\(field).transliteration must be in Latin letters")
            }
            for value in [p.text, p.transliteration ?? "", p.pronunciation, p.meaning] where value.count > Self.maxFieldCharacters {
                problems.append("\(field) has a field longer than \(Self.maxFieldCharacters) characters")
            }
        }

        for scale in CultureScale.allCases {
            let field = "scales.\(scale.rawValue)"
            guard let placement = scales[scale.rawValue] else { problems.append("\(field) is missing"); continue }
            require(CultureScale.positions.contains(placement.position), "\(field).position \(placement.position) is outside 1 to 9")
            require(!placement.says.isBlank, "\(field).says is empty")
            require(placement.says.count <= Self.maxFieldCharacters, "\(field).says is longer than \(Self.maxFieldCharacters) characters")
            require(!placement.sources.isEmpty, "\(field).sources is empty")
            for id in placement.sources where !knownSources.contains(id) { problems.append("\(field).sources: “\(id)” is not in sources.yaml") }
            require(Self.isDate(placement.reviewed), "\(field).reviewed “\(placement.reviewed)” is not a date (yyyy-mm-dd)")
        }
        for key in scales.keys.sorted() where CultureScale(rawValue: key) == nil {
            problems.append("scales.\(key) is not a scale (use \(CultureScale.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return problems
    }

    /// yyyy-mm-dd with a real month and day (no calendar needed: 29 February is allowed in
    /// any year, which a review date never depends on).
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (2000...2100).contains(y) && (1...12).contains(m) && (1...days[m - 1]).contains(d)
    }
}

extension String {
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}

/// Which writing system a phrase is in, as far as validation needs: Latin letters (with the
/// accents of Vietnamese, Polish or Afrikaans) or not.
enum Script {
    static func isNonLatin(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            guard scalar.properties.isAlphabetic else { return false }
            switch scalar.value {
            case 0x0000...0x024F,   // Basic Latin to Latin Extended-B
                 0x0250...0x02FF,   // IPA and spacing modifiers (ʻokina, ʼ)
                 0x0300...0x036F,   // combining accents
                 0x1E00...0x1EFF,   // Latin Extended Additional (Vietnamese)
                 0x2C60...0x2C7F, 0xA720...0xA7FF: return false
            default: return true
            }
        }
    }
}
