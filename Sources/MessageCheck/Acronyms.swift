/// Acronyms a reader outside the trade may not know (Resources/acronyms.txt), found by their
/// exact capitals so "IT" the department and "it" the word never meet.
extension ClarityCheck {
    struct Acronym: Sendable {
        var letters: String
        var expansions: [String]
    }

    static let acronyms: [Acronym] = WordList.acronyms.map { Acronym(letters: $0.phrase, expansions: $0.replacements) }

    /// Exact-case hash of the letters → index in `acronyms`.
    static let acronymIndex: WordTable<Int> = {
        var index = WordTable<Int>(capacity: acronyms.count)
        for (i, acronym) in acronyms.enumerated() {
            index[Array(acronym.letters.utf8).withUnsafeBufferPointer { exactHash($0, 0, $0.count) }] = i
        }
        return index
    }()

    @inline(__always)
    static func exactHash(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { h = (h ^ UInt64(p[k])) &* 0x100_0000_01b3 }
        return h
    }

    /// The acronym written at `start..<end`, if it is one we know: two to six letters, the
    /// first a capital and at least two capitals ("SLA", "YoY", "SaaS").
    static func acronym(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let length = end - start
        guard length >= 2, length <= 6, isUpper(p[start]), isUpper(p[start + 1]) || isUpper(p[end - 1]) else { return nil }
        guard let index = acronymIndex[exactHash(p, start, end)], acronyms[index].letters.utf8.elementsEqual(UnsafeBufferPointer(rebasing: p[start..<end])) else { return nil }
        return index
    }

    static func acronymFinding(_ text: MessageText, _ index: Int, _ span: Span) -> Finding {
        let acronym = acronyms[index]
        let spelled = acronym.expansions.map { "\($0) (\(acronym.letters))" }
        let meaning = acronym.expansions.count > 1
            ? "it could mean " + acronym.expansions.map { "“\($0)”" }.joined(separator: " or ")
            : "spell it out the first time: “\(spelled[0])”"
        return Finding(check: "clarity.acronym", category: .clarity, severity: .suggestion, span: text.locate(span),
                       message: "“\(acronym.letters)” may be new to the reader; \(meaning).", replacements: spelled)
    }
}
