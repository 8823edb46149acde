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

    /// One pass: phrases, runs of capitals and repeated marks.
    func findings(in text: MessageText) -> [Finding] {
        var findings: [Finding] = []
        let book = ToneCheck.book  // once, not through the global accessor for every word
        text.bytes.withUnsafeBufferPointer { p in
            var i = 0
            // The current run of words in capitals: where it starts, its words and letters.
            var runStart = -1, runEnd = -1, runWords = 0, runLetters = 0
            func closeRun() {
                if runWords >= 3 && runLetters >= 10 { findings.append(shouting(text, Span(start: runStart, end: runEnd))) }
                runStart = -1; runWords = 0; runLetters = 0
            }
            while i < p.count {
                let b = p[i]
                if b == 33 || b == 63 {
                    var j = i, bangs = 0
                    while j < p.count && (p[j] == 33 || p[j] == 63) { if p[j] == 33 { bangs += 1 }; j += 1 }
                    if j - i >= 2 && bangs >= 1 { findings.append(exclamations(text, Span(start: i, end: j))) }
                    i = j
                    continue
                }
                guard isLetter(b), i == 0 || !isAlnum(p[i - 1]) else { i += 1; continue }
                let word = PhraseBook.word(p, i)
                if word.capitals && word.end - i >= 2 {
                    if runStart < 0 || i - runEnd > 2 { closeRun(); runStart = i }
                    runEnd = word.end; runWords += 1; runLetters += word.end - i
                } else if word.capitals && runStart >= 0 && i - runEnd <= 2 {
                    // "A" and "I" inside a shouted run belong to it ("WITHOUT A NOTE").
                    runEnd = word.end
                } else if runStart >= 0 {
                    closeRun()
                }
                if let match = book.match(p, at: i, wordEnd: word.end, first: word.hash) {
                    let e = match.entry
                    findings.append(Finding(check: e.check, category: .tone, severity: e.severity,
                                            span: text.locate(Span(start: i, end: match.end)), message: e.message, replacements: e.replacements))
                    i = match.end
                } else {
                    i = word.end
                }
            }
            closeRun()
        }
        return findings
    }

    /// Three or more words in a row written in capitals (with at least ten letters): shouting.
    /// Acronyms alone ("SLA", "CSAT") are short and rarely come three in a row.
    func shouting(_ text: MessageText, _ span: Span) -> Finding {
        let original = String(decoding: text.bytes[span.start..<span.end], as: UTF8.self)
        return Finding(check: "tone.shouting", category: .tone, severity: .warning, span: text.locate(span),
                       message: "Capitals read as shouting; use bold or say why it matters.",
                       replacements: [original.prefix(1) + original.dropFirst().lowercased()])
    }

    /// "!!", "!!!", "?!": one mark is plenty in work writing.
    func exclamations(_ text: MessageText, _ span: Span) -> Finding {
        let marks = text.bytes[span.start..<span.end]
        return Finding(check: "tone.exclamations", category: .tone, severity: .suggestion, span: text.locate(span),
                       message: "Several marks in a row read as raised voice; one is enough.",
                       replacements: [marks.contains(63) ? "?" : "!"])
    }
}
