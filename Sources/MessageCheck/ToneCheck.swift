/// Tone: wording that reads as blame, sweeping absolutes, dismissiveness, sarcasm or a bare
/// command, and shouting (a run of capitals, "!!!"). Each finding offers a softer wording.
public struct ToneCheck: Sendable {
    public init() {}

    static let book = PhraseBook(ToneCheck.phrases.map { phrase, kind, softer in
        PhraseBook.Entry(phrase: phrase, check: "tone.\(kind.rawValue)", category: .tone, severity: kind.severity,
                         message: kind.message(phrase), replacements: softer.isEmpty ? [] : [softer])
    })

    enum Kind: String {
        case blame, absolute, dismissive, sarcasm, demand

        var severity: Finding.Severity { self == .blame || self == .sarcasm ? .warning : .suggestion }

        func message(_ phrase: String) -> String {
            switch self {
            case .blame: "“\(phrase)” points at the reader; describe what happened and what happens next instead."
            case .absolute: "“\(phrase)” is a sweeping claim that the reader can easily disprove; say what happened this time."
            case .dismissive: "“\(phrase)” suggests the reader should have known; leave it out or explain the step."
            case .sarcasm: "“\(phrase)” can read as sarcasm, which rarely survives translation or a bad day; say it plainly."
            case .demand: "“\(phrase)” reads as an order to a client or colleague; ask, and say why it matters."
            }
        }
    }

    /// Phrase, kind, and a softer wording (empty when simply leaving it out is best).
    static let phrases: [(String, Kind, String)] = [
        ("you failed to", .blame, "we have not yet received"),
        ("you forgot to", .blame, "could you also"),
        ("you should have", .blame, "next time it helps to"),
        ("your fault", .blame, "what went wrong"),
        ("as i already said", .blame, "to recap"),
        ("as i said before", .blame, "to recap"),
        ("as i mentioned before", .blame, "to recap"),
        ("as previously stated", .blame, "to recap"),
        ("per my last email", .blame, "as a quick reminder"),
        ("as per my last email", .blame, "as a quick reminder"),
        ("as per my previous email", .blame, "as a quick reminder"),
        ("for the last time", .blame, ""),
        ("how many times", .blame, ""),
        ("you need to understand", .blame, "it may help to know"),
        ("you always", .absolute, "this has happened several times"),
        ("you never", .absolute, "this has not happened yet"),
        ("nobody ever", .absolute, ""),
        ("everyone knows", .dismissive, ""),
        ("obviously", .dismissive, ""),
        ("clearly you", .dismissive, ""),
        ("simply", .dismissive, ""),
        ("just do", .dismissive, "please do"),
        ("it's not rocket science", .dismissive, ""),
        ("any idiot", .dismissive, ""),
        ("thanks for nothing", .sarcasm, ""),
        ("yeah right", .sarcasm, ""),
        ("sure whatever", .sarcasm, ""),
        ("with all due respect", .sarcasm, ""),
        ("good luck with that", .sarcasm, ""),
        ("nice try", .sarcasm, ""),
        ("do it now", .demand, "could you do this today"),
        ("send me", .demand, "could you send me"),
        ("fix this", .demand, "could you look into this"),
        ("you must", .demand, "please"),
        ("i demand", .demand, "I would like to ask"),
        ("i expect you to", .demand, "could you"),
    ]

    func findings(in text: MessageText, words: [PhraseBook.Word]) -> [Finding] {
        var findings = ToneCheck.book.matches(words, in: text.bytes).map { match in
            Finding(check: match.entry.check, category: .tone, severity: match.entry.severity,
                    span: text.locate(Span(start: match.start, end: match.end)), message: match.entry.message, replacements: match.entry.replacements)
        }
        findings += shouting(text, words)
        findings += exclamations(text)
        return findings
    }

    /// Three or more words in a row written in capitals (with at least ten letters): shouting.
    /// Acronyms alone ("SLA", "CSAT") are short and rarely come three in a row.
    func shouting(_ text: MessageText, _ words: [PhraseBook.Word]) -> [Finding] {
        var result: [Finding] = []
        var i = 0
        while i < words.count {
            var j = i, letters = 0
            while j < words.count, isCapitals(text.bytes[words[j].start..<words[j].end]), j == i || words[j].start - words[j - 1].end <= 2 {
                letters += words[j].end - words[j].start
                j += 1
            }
            if j - i >= 3 && letters >= 10 {
                let span = Span(start: words[i].start, end: words[j - 1].end)
                let original = String(decoding: text.bytes[span.start..<span.end], as: UTF8.self)
                result.append(Finding(check: "tone.shouting", category: .tone, severity: .warning, span: text.locate(span),
                                      message: "Capitals read as shouting; use bold or say why it matters.",
                                      replacements: [original.prefix(1) + original.dropFirst().lowercased()]))
            }
            i = max(j, i + 1)
        }
        return result
    }

    func isCapitals(_ word: ArraySlice<UInt8>) -> Bool {
        word.count >= 2 && word.allSatisfy { isUpper($0) || $0 == 39 }
    }

    /// "!!", "!!!", "?!": one exclamation mark is plenty in work writing.
    func exclamations(_ text: MessageText) -> [Finding] {
        var result: [Finding] = []
        let b = text.bytes
        var i = 0
        while i < b.count {
            guard b[i] == 33 || b[i] == 63 else { i += 1; continue }
            var j = i, bangs = 0
            while j < b.count && (b[j] == 33 || b[j] == 63) { if b[j] == 33 { bangs += 1 }; j += 1 }
            if j - i >= 2 && bangs >= 1 {
                result.append(Finding(check: "tone.exclamations", category: .tone, severity: .suggestion, span: text.locate(Span(start: i, end: j)),
                                      message: "Several marks in a row read as raised voice; one is enough.",
                                      replacements: [b[i] == 63 || b[i..<j].contains(63) ? "?" : "!"]))
            }
            i = j
        }
        return result
    }
}
