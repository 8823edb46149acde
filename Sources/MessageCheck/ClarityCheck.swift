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
