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

    /// Phrase, kind, and a softer wording (empty when simply leaving it out is best). "You
    /// always" and "you never" are judged by `ToneSentences`, which knows "you can always call
    /// us" is a promise.
    static let phrases: [(String, Kind, String)] = [
        ("you failed to", .blame, "we have not yet received"),
        ("you forgot to", .blame, "could you also"),
        ("you should have", .blame, "next time it helps to"),
        ("you could have", .blame, "next time it helps to"),
        ("you were supposed to", .blame, "we had planned that you would"),
        ("you were told", .blame, "as agreed"),
        ("you didn't bother", .blame, ""),
        ("you did not bother", .blame, ""),
        ("did you even", .blame, "could you check whether"),
        ("did you not read", .blame, "in case it was missed"),
        ("didn't you read", .blame, "in case it was missed"),
        ("if you had read", .blame, "the details are in"),
        ("if you had bothered", .blame, ""),
        ("your fault", .blame, "what went wrong"),
        ("your mistake", .blame, "the mistake"),
        ("your responsibility to", .blame, "the next step is to"),
        ("it's your job", .blame, "the next step is yours"),
        ("it is your job", .blame, "the next step is yours"),
        ("do your job", .blame, ""),
        ("as i already said", .blame, "to recap"),
        ("as i said before", .blame, "to recap"),
        ("as i said", .blame, "to recap"),
        ("like i said", .blame, "to recap"),
        ("as i told you", .blame, "to recap"),
        ("as i have told you", .blame, "to recap"),
        ("i already told you", .blame, "to recap"),
        ("i have already told you", .blame, "to recap"),
        ("i've already told you", .blame, "to recap"),
        ("as i mentioned before", .blame, "to recap"),
        ("as i already mentioned", .blame, "to recap"),
        ("as i have already mentioned", .blame, "to recap"),
        ("as already mentioned", .blame, "to recap"),
        ("as mentioned several times", .blame, "to recap"),
        ("as previously stated", .blame, "to recap"),
        ("as stated before", .blame, "to recap"),
        ("per my last email", .blame, "as a quick reminder"),
        ("as per my last email", .blame, "as a quick reminder"),
        ("as per my previous email", .blame, "as a quick reminder"),
        ("per my previous email", .blame, "as a quick reminder"),
        ("for the last time", .blame, ""),
        ("for the third time", .blame, ""),
        ("for the fourth time", .blame, ""),
        ("for the fifth time", .blame, ""),
        ("for the hundredth time", .blame, ""),
        ("for the umpteenth time", .blame, ""),
        ("as i explained", .blame, "to recap"),
        ("as i already explained", .blame, "to recap"),
        ("as already explained", .blame, "to recap"),
        ("as explained before", .blame, "to recap"),
        ("as mentioned twice", .blame, "to recap"),
        ("as mentioned three times", .blame, "to recap"),
        ("mentioned three times already", .blame, "to recap"),
        ("as you would know", .blame, "as you may know"),
        ("as you should know", .blame, "as you may know"),
        ("as you know by now", .blame, "as you may know"),
        ("i don't know how else to explain", .blame, "let me put it another way"),
        ("next time read", .blame, "the details are in"),
        ("read them properly", .blame, ""),
        ("read it properly", .blame, ""),
        ("you did not follow", .blame, "the steps that were missed are"),
        ("you didn't follow", .blame, "the steps that were missed are"),
        ("you did not read", .blame, "in case it was missed"),
        ("you didn't read", .blame, "in case it was missed"),
        ("you ignored", .blame, "we have not had a reply to"),
        ("not sure what is unclear", .blame, "which part can I explain better"),
        ("not sure what's unclear", .blame, "which part can I explain better"),
        ("what is so hard", .blame, "what is getting in the way"),
        ("always our fault", .absolute, ""),
        ("always my fault", .absolute, ""),
        ("always your fault", .absolute, ""),
        ("always their fault", .absolute, ""),
        ("no exceptions", .dismissive, ""),
        ("i'd suggest you move on", .dismissive, ""),
        ("won't change anything", .dismissive, "will not change the outcome, because"),
        ("will not change anything", .dismissive, "will not change the outcome, because"),
        ("that's just how", .dismissive, "this is how it works today, because"),
        ("that is just how", .dismissive, "this is how it works today, because"),
        ("just read", .dismissive, "the steps are in"),
        ("read the policy", .dismissive, "the details are in the policy"),
        ("read the guide", .dismissive, "the steps are in the guide"),
        ("read the user guide", .dismissive, "the steps are in the user guide"),
        ("read the faq", .dismissive, "the answer is in the FAQ"),
        ("read the email", .dismissive, "the details are in the email"),
        ("stop calling", .demand, "there is no need to call again"),
        ("stop emailing", .demand, "there is no need to write again"),
        ("stop contacting", .demand, "there is no need to write again"),
        ("before contacting us again", .demand, "before you next contact us"),
        ("do not open another", .demand, "there is no need to open another"),
        ("don't open another", .demand, "there is no need to open another"),
        ("do not contact us again", .demand, "there is no need to contact us again"),
        ("don't contact us again", .demand, "there is no need to contact us again"),
        ("can't wait to redo", .sarcasm, ""),
        ("how many times", .blame, ""),
        ("i don't know how many times", .blame, ""),
        ("once again you", .blame, "this happened again:"),
        ("yet again", .blame, "again"),
        ("you need to understand", .blame, "it may help to know"),
        ("please be more careful", .blame, "please double-check"),
        ("be more careful", .blame, "please double-check"),
        ("pay more attention", .blame, "please double-check"),
        ("please pay attention", .blame, "please note"),
        ("try to be on time", .blame, "please join on time"),
        ("for once", .blame, ""),
        ("i shouldn't have to", .blame, "could you"),
        ("i should not have to", .blame, "could you"),
        ("why is this so hard", .blame, "what is getting in the way"),
        ("so hard to understand", .blame, "unclear"),
        ("hard to understand why", .blame, "I would like to understand why"),
        ("not sure why this is so", .blame, ""),
        ("how hard can it be", .dismissive, ""),
        ("is it that hard", .dismissive, ""),
        ("get your act together", .blame, ""),
        ("what were you thinking", .blame, "what happened"),
        ("this is unacceptable", .blame, "this is not what we agreed"),
        ("totally unacceptable", .blame, "not what we agreed"),
        ("completely unacceptable", .blame, "not what we agreed"),
        ("not good enough", .blame, "below what we agreed"),
        ("this is basic", .dismissive, ""),
        ("basic stuff", .dismissive, ""),
        ("common sense", .dismissive, ""),
        ("everyone knows", .dismissive, ""),
        ("obviously", .dismissive, ""),
        ("clearly you", .dismissive, ""),
        ("simply", .dismissive, ""),
        ("just do", .dismissive, "please do"),
        ("it's not rocket science", .dismissive, ""),
        ("it is not rocket science", .dismissive, ""),
        ("any idiot", .dismissive, ""),
        ("read the manual", .dismissive, "the steps are in the guide"),
        ("read the instructions", .dismissive, "the steps are in the instructions"),
        ("read the documentation", .dismissive, "the steps are in the documentation"),
        ("rtfm", .dismissive, ""),
        ("it is what it is", .dismissive, "this is the situation, and here is what we can do"),
        ("it's what it is", .dismissive, "this is the situation, and here is what we can do"),
        ("my hands are tied", .dismissive, "this is outside what I can change; here is what I can do"),
        ("our hands are tied", .dismissive, "this is outside what we can change; here is what we can do"),
        ("no point escalating", .dismissive, "escalating will not change this, because"),
        ("no point in escalating", .dismissive, "escalating will not change this, because"),
        ("there is no point", .dismissive, ""),
        ("there's no point", .dismissive, ""),
        ("nothing we can do", .dismissive, "what we can do is"),
        ("nothing i can do", .dismissive, "what I can do is"),
        ("nothing more we can do", .dismissive, "what we can still do is"),
        ("not my problem", .dismissive, ""),
        ("not our problem", .dismissive, ""),
        ("not my job", .dismissive, "another team handles this"),
        ("not my department", .dismissive, "another team handles this"),
        ("not my fault", .dismissive, ""),
        ("not our fault", .dismissive, ""),
        ("take it or leave it", .dismissive, ""),
        ("deal with it", .dismissive, ""),
        ("that's just how it is", .dismissive, "this is how it works today, because"),
        ("that is just how it is", .dismissive, "this is how it works today, because"),
        ("that's how it is", .dismissive, "this is how it works today, because"),
        ("rules are rules", .dismissive, "the rule is there because"),
        ("policy is policy", .dismissive, "the policy is there because"),
        ("end of discussion", .dismissive, ""),
        ("end of story", .dismissive, ""),
        ("stop asking", .dismissive, ""),
        ("nobody ever", .absolute, ""),
        ("no one ever", .absolute, ""),
        ("nobody here ever", .absolute, ""),
        ("every single time", .absolute, "this time"),
        ("never happens with our other", .absolute, "has not happened with our other"),
        ("thanks for nothing", .sarcasm, ""),
        ("thanks for finally", .sarcasm, "thanks for"),
        ("thank you for finally", .sarcasm, "thank you for"),
        ("yeah right", .sarcasm, ""),
        ("sure whatever", .sarcasm, ""),
        ("with all due respect", .sarcasm, ""),
        ("good luck with that", .sarcasm, ""),
        ("nice try", .sarcasm, ""),
        ("what a surprise", .sarcasm, ""),
        ("big surprise", .sarcasm, ""),
        ("who would have thought", .sarcasm, ""),
        ("who knew", .sarcasm, ""),
        ("just what we needed", .sarcasm, ""),
        ("just what i needed", .sarcasm, ""),
        ("how nice of you", .sarcasm, "thank you for"),
        ("nice of you to finally", .sarcasm, "thank you for"),
        ("glad you could finally", .sarcasm, "thank you for"),
        ("must be nice", .sarcasm, ""),
        ("love that for us", .sarcasm, ""),
        ("do it now", .demand, "could you do this today"),
        ("send me", .demand, "could you send me"),
        ("fix this", .demand, "could you look into this"),
        ("you must", .demand, "please"),
        ("i demand", .demand, "I would like to ask"),
        ("i expect you to", .demand, "could you"),
    ]

    /// Phrases, shouting and repeated marks, then the sentence rules; a sentence finding that
    /// covers words a phrase already flagged is left out (one problem, one finding).
    func findings(in text: MessageText, clientFacing: Bool = true) -> [Finding] {
        var found = phraseFindings(in: text)
        var sentences = ToneSentences(text: text, clientFacing: clientFacing)
        // Shouting and repeated marks are a different problem from the sentence's wording.
        let phrases = found.filter { $0.check != "tone.shouting" && $0.check != "tone.exclamations" }
        for extra in sentences.run() where !phrases.contains(where: { $0.span.start < extra.span.end && extra.span.start < $0.span.end })
            && !found.contains(where: { $0.check == extra.check && $0.span.start < extra.span.end && extra.span.start < $0.span.end }) {
            found.append(extra)
        }
        // Phrases were found in reading order, sentence rules per sentence; the checker sorts.
        return found
    }

    /// One pass: phrases, runs of capitals and repeated marks.
    func phraseFindings(in text: MessageText) -> [Finding] {
        var findings: [Finding] = []
        let book = ToneCheck.book, logLevels = ToneCheck.logLevels  // once, not through the global accessors per word
        var emphasis: [Span] = []
        text.bytes.withUnsafeBufferPointer { p in
            var i = 0
            // The current run of words in capitals: where it starts, its words and letters.
            var runStart = -1, runEnd = -1, runWords = 0, runLetters = 0
            func closeRun() {
                if runWords >= 3 && runLetters >= 10 { findings.append(shouting(text, Span(start: runStart, end: runEnd))) }
                runStart = -1; runWords = 0; runLetters = 0
            }
            // Capitals inside quotation marks are someone else's words, and a PEM line
            // ("-----BEGIN OPENSSH PRIVATE KEY-----") is a file format: neither is shouting.
            var quoted = false
            while i < p.count {
                let b = p[i]
                if b == 34 || (b == 0xE2 && i + 2 < p.count && p[i + 1] == 0x80 && (p[i + 2] == 0x9C || p[i + 2] == 0x9D)) {
                    quoted = b == 34 ? !quoted : p[i + 2] == 0x9C
                    closeRun()
                    i += b == 34 ? 1 : 3
                    continue
                }
                if b == ASCII.newline && i + 1 < p.count && p[i + 1] == ASCII.newline { quoted = false }
                if b == ASCII.minus && i + 4 < p.count && p[i + 1] == ASCII.minus && p[i + 2] == ASCII.minus && p[i + 3] == ASCII.minus && p[i + 4] == ASCII.minus {
                    closeRun()
                    while i < p.count && p[i] != ASCII.newline { i += 1 }
                    continue
                }
                if b == 33 || b == 63 {
                    var j = i
                    while j < p.count && (p[j] == 33 || p[j] == 63) { j += 1 }
                    // "!!", "?!" and "??" alike: several marks in a row raise the voice.
                    if j - i >= 2 { findings.append(exclamations(text, Span(start: i, end: j))) }
                    i = j
                    continue
                }
                guard isLetter(b), i == 0 || !isAlnum(p[i - 1]) else { i += 1; continue }
                let word = PhraseBook.word(p, i)
                // AWS_SECRET_ACCESS_KEY, ERROR and WARN in a log line, KEY1: names and levels.
                let named = quoted || (i > 0 && p[i - 1] == ASCII.underscore) || (word.end < p.count && (p[word.end] == ASCII.underscore || isDigit(p[word.end])))
                    || (word.capitals && logLevels.contains(word.hash))
                if named {
                    closeRun()
                } else if word.capitals && word.end - i >= 2 {
                    if runStart < 0 || i - runEnd > 2 { closeRun(); runStart = i }
                    runEnd = word.end; runWords += 1; runLetters += word.end - i
                } else if word.capitals && runStart >= 0 && i - runEnd <= 2 {
                    // "A" and "I" inside a shouted run belong to it ("WITHOUT A NOTE").
                    runEnd = word.end
                } else if runStart >= 0 {
                    closeRun()
                }
                // One ordinary word in capitals ("NOT", "NEVER", "TODAY") is emphasis aimed at the
                // reader; an acronym or a label ("NOTE:") is not.
                if !named && word.capitals && word.end - i >= 3 && ToneCheck.isEmphasis(p, i, word.end, hash: word.hash) {
                    emphasis.append(Span(start: i, end: word.end))
                }
                if let match = book.match(p, at: i, wordEnd: word.end, first: word.hash) {
                    let e = match.entry
                    // "PLEASE STOP CALLING ME": a phrase in capitals stays part of the shouted run.
                    if word.capitals, !named, !(i..<match.end).contains(where: { isLower(p[$0]) }) {
                        if runStart < 0 { runStart = i }
                        runEnd = match.end
                        runWords += 1 + (i..<match.end).filter { p[$0] == ASCII.space || p[$0] == ASCII.minus }.count
                        runLetters += (i..<match.end).filter { isLetter(p[$0]) }.count - (word.end - i)
                    }
                    findings.append(Finding(check: e.check, category: .tone, severity: e.severity,
                                            span: text.locate(Span(start: i, end: match.end)), message: e.message, replacements: e.replacements))
                    i = match.end
                } else {
                    i = word.end
                }
            }
            closeRun()
        }
        // A capitalised word inside a shouted run is part of that finding already.
        for span in emphasis where !findings.contains(where: { $0.check == "tone.shouting" && $0.span.start <= span.start && span.end <= $0.span.end }) {
            findings.append(shouting(text, span))
        }
        return findings
    }

    /// A common English word written in capitals, standing alone: not an acronym anyone knows,
    /// not a weekday or month abbreviation, not a heading ("NOTE:", "UPDATE -").
    static func isEmphasis(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Bool {
        guard ClarityCheck.commonWords.contains(hash), !ClarityCheck.knownExact.contains(ClarityCheck.exactHash(p, start, end)) else { return false }
        if end < p.count && (p[end] == ASCII.colon || (end + 1 < p.count && p[end] == ASCII.space && p[end + 1] == ASCII.minus)) { return false }
        if start > 0 && (p[start - 1] == 91 || p[start - 1] == ASCII.at || p[start - 1] == 35) { return false }  // [INFO, @ALL, #TAG
        return !ToneCheck.notEmphasis.contains(hash)
    }

    /// Capital words that are names or abbreviations more often than emphasis.
    static let notEmphasis: Set<UInt64> = Set(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul",
                                               "aug", "sep", "oct", "nov", "dec", "can", "max", "min", "sum", "avg", "pin", "otp", "dob",
                                               "pan", "tin", "sss", "win", "mac", "van", "cap", "pro", "ceo", "cfo", "usa", "ext", "ref", "doc", "app", "add", "del", "eta", "fyi", "asap", "tel", "fax"]
        .map { PhraseBook.wordHashes($0)[0] })

    /// Log levels are written in capitals by the software, not by an angry writer.
    static let logLevels: Set<UInt64> = Set(["error", "warn", "warning", "info", "debug", "fatal", "critical", "trace", "notice", "alert"].map { PhraseBook.wordHashes($0)[0] })

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
