/// Clarity for a reader whose first language may not be English: jargon, idioms, acronyms not
/// spelled out, passive voice, double negatives, long sentences, walls of text, and the
/// readability of the whole message. One pass over the bytes.
public struct ClarityCheck: Sendable {
    public var limits = ClarityLimits()
    /// Extra phrases from the organization's glossary and rules, matched in the same pass.
    var extra: PhraseBook?

    public init(limits: ClarityLimits = ClarityLimits()) {
        self.limits = limits
    }

    static let book: PhraseBook = {
        var entries: [PhraseBook.Entry] = []
        // Each listed phrase in every form a message may write it in ("dropped the ball",
        // "pull their weight"); a form already listed keeps its first meaning.
        var seen: Set<String> = []
        func add(_ lines: [WordList.Line], check: String, because: String) {
            for line in lines {
                for form in Inflection.forms(of: line.phrase) where seen.insert(form.lowercased()).inserted {
                    entries.append(entry(WordList.Line(phrase: form, replacements: line.replacements), check: check, because: because))
                }
            }
        }
        // Regional phrases and idioms first: a phrase on two lists is reported as an idiom,
        // which stays on in internal chat, where jargon is off.
        add(WordList.regional, check: "clarity.idiom", because: "is regional office English that a reader at another site or abroad may not know")
        add(WordList.idioms, check: "clarity.idiom", because: "is an idiom that does not translate well")
        add(WordList.jargon, check: "clarity.jargon", because: "is business jargon that a reader abroad may not know")
        // Spelled-out acronyms join the book too: seeing "service level agreement" anywhere in
        // the message means "SLA" needs no explaining.
        for (index, acronym) in acronyms.enumerated() {
            for expansion in acronym.expansions {
                entries.append(PhraseBook.Entry(phrase: expansion, check: "", category: .clarity, severity: .suggestion,
                                                message: "", replacements: [], definesAcronym: index))
            }
        }
        return PhraseBook(entries)
    }()

    /// Whether the word before `start` names a time ("Friday", "tomorrow", "March", "10:00").
    static func afterAWhen(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        var i = start - 1
        while i >= 0 && (p[i] == ASCII.space || p[i] == ASCII.comma) { i -= 1 }
        guard i >= 0 else { return false }
        if isDigit(p[i]) || lower(p[i]) == 109 && i > 0 && (p[i - 1] == ASCII.dot || lower(p[i - 1]) == 97 || lower(p[i - 1]) == 112) { return true }  // 10:00, 3pm
        let end = i + 1
        while i >= 0 && isLetter(p[i]) { i -= 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<end]), as: UTF8.self).lowercased()
        return timeWords.contains(word) || TimeCheck.monthNames.contains { $0.lowercased() == word }
    }

    static let timeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                                         "tomorrow", "tonight", "week", "month", "year", "quarter", "noon", "midnight", "morning",
                                         "afternoon", "evening", "weekend", "hours", "days", "weeks", "months", "eod", "cob"]

    static func entry(_ line: WordList.Line, check: String, because: String) -> PhraseBook.Entry {
        let advice = line.replacements.isEmpty
            ? "leave it out"
            : "say " + line.replacements.map { "“\($0)”" }.joined(separator: " or ")
        return PhraseBook.Entry(phrase: line.phrase, check: check, category: .clarity, severity: .suggestion,
                                message: "“\(line.phrase)” \(because); \(advice).", replacements: line.replacements)
    }

    func analyse(_ text: MessageText) -> (findings: [Finding], readability: Readability) {
        var pass = ClarityPass(text: text, limits: limits, extra: extra)
        text.bytes.withUnsafeBufferPointer { pass.run($0) }
        return (pass.findings, Readability(words: pass.words, sentences: pass.sentences, syllables: pass.syllables))
    }
}
