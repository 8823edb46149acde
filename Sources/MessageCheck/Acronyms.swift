/// Acronyms a reader outside the trade may not know (Resources/acronyms.txt), found by their
/// exact capitals so "IT" the department and "it" the word never meet.
extension ClarityCheck {
    struct Acronym: Sendable {
        var letters: String
        var expansions: [String]
    }

    /// The trade list less the acronyms everyone knows: a reader needs "ETA" spelled out no more
    /// than "PDF", whatever trade it comes from.
    static let acronyms: [Acronym] = WordList.acronyms.filter { !WordList.knownAcronyms.contains($0.phrase) }
        .map { Acronym(letters: $0.phrase, expansions: $0.replacements) }

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

    /// Capitals that look like an acronym no list knows: three to five capital letters standing
    /// alone (not "INC-4411", "FILE_ID", "v2.PDF"), not an English word in capitals ("NOT",
    /// "DONE"), not an acronym everyone knows, not a zone, and not inside a run of capitals
    /// (that is shouting, judged by the tone check).
    static func isUnknownAcronym(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Bool {
        let length = end - start
        guard length >= 3, length <= 5 else { return false }
        // Digits, dashes, underscores, slashes and apostrophes make it part of an id or a name.
        func joins(_ b: UInt8) -> Bool { isDigit(b) || b == ASCII.minus || b == ASCII.underscore || b == ASCII.slash || b == 39 }
        if start > 0, joins(p[start - 1]) || p[start - 1] == ASCII.dot || p[start - 1] == 35 || p[start - 1] == ASCII.at { return false }
        if end < p.count, joins(p[end]) || (p[end] == ASCII.dot && end + 1 < p.count && isAlnum(p[end + 1])) { return false }
        guard !commonWords.contains(hash), !knownExact.contains(exactHash(p, start, end)) else { return false }
        return !capitalsAround(p, start, end)
    }

    /// Whether the word before or after is in capitals too: "PLEASE CALL ASAP" is shouting.
    static func capitalsAround(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        func capitalWord(_ from: Int, _ to: Int) -> Bool { to - from >= 2 && (from..<to).allSatisfy { isUpper(p[$0]) } }
        var i = start - 1
        while i >= 0 && (p[i] == ASCII.space || p[i] == ASCII.comma) { i -= 1 }
        var j = i
        while j >= 0 && isLetter(p[j]) { j -= 1 }
        if i > j, capitalWord(j + 1, i + 1) { return true }
        var k = end
        while k < p.count && (p[k] == ASCII.space || p[k] == ASCII.comma) { k += 1 }
        var l = k
        while l < p.count && isLetter(p[l]) { l += 1 }
        return capitalWord(k, l)
    }

    /// Lower-case English words of two to six letters (Resources/common-words.txt), by the
    /// same hash as `PhraseBook.word`.
    static let commonWords: Set<UInt64> = Set(WordList.commonWords.compactMap { PhraseBook.wordHashes($0).first })

    /// Everything that is not someone's private acronym: the known list, zone abbreviations.
    static let knownExact: Set<UInt64> = {
        var all = WordList.knownAcronyms
        all.formUnion(TimeScanner.abbreviations)
        // Deadlines the time check explains ("EOD: whose day?").
        all.formUnion(["EOD", "EOB", "COB", "EOW", "EOM"])
        for acronym in WordList.acronyms { all.insert(acronym.phrase) }
        return Set(all.map { Array($0.utf8).withUnsafeBufferPointer { exactHash($0, 0, $0.count) } })
    }()

    static func unknownAcronymFinding(_ text: MessageText, _ span: Span) -> Finding {
        let letters = String(decoding: text.bytes[span.start..<span.end], as: UTF8.self)
        return Finding(check: "clarity.acronym", category: .clarity, severity: .suggestion, span: text.locate(span),
                       message: "“\(letters)” may be new to the reader; spell it out the first time, as in “full words (\(letters))”.")
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
