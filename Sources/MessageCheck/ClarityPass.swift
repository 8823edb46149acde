/// The state of one clarity pass: where the current sentence and paragraph began, a passive
/// helper or a negation waiting for the word that completes it, and the acronyms seen so far.
struct ClarityPass {
    let text: MessageText
    let limits: ClarityLimits
    let extra: PhraseBook?
    /// The shared tables, read once per pass instead of through their global accessors per word.
    let wordTable = ClarityCheck.words, book = ClarityCheck.book
    var findings: [Finding] = []
    var words = 0, sentences = 0, syllables = 0

    var firstWordStart = -1, lastWordEnd = 0
    var sentenceStart = -1, sentenceWords = 0
    var paragraphStart = -1, paragraphWords = 0
    /// A "was"/"is"/"got" seen, and how many fillers ("not", "already") came after it.
    var helperStart = -1, fillers = 0
    /// A routine passive, waiting a few words for "wrong" or "in error".
    var wrongAfter: (start: Int, end: Int, words: Int)?
    /// A passive that hides someone, waiting a few words for a "by" that names them.
    var pending: (start: Int, end: Int, words: Int, negated: Bool)?
    /// The word before the helper ("it was decided", "mistakes were made") and whether a "not"
    /// came with it ("wasn't", "was not").
    var helperSubject: WordInfo.Classes = [], helperNegated = false
    var previousClasses: WordInfo.Classes = [], previousNegative = false, beforePreviousClasses: WordInfo.Classes = []
    var helperAfterModal = false
    /// The last negator ("not", "don't", "never") in this clause and the words since.
    var negationStart = -1, sinceNegation = 0, negationIsNot = false
    /// Phrases may not start inside the previous phrase, and a passive inside one ("my hands
    /// are tied", "please be advised") is left to the phrase's finding.
    var phraseStart = 0, phraseEnd = 0
    var acronymFirst: [Int: Span] = [:]
    /// Syllable counts of words seen, once a text is long enough to repay it: the hash's high
    /// bits with the count in the low byte, one slot per hash.
    var syllableCache: [UInt64] = []
    var acronymDefined: Set<Int> = []
    /// Capitals no list knows ("PRX", "MRF"): a client's or a team's own acronym, by exact hash.
    var unknownFirst: [UInt64: Span] = [:]
    var unknownDefined: Set<UInt64> = []

    init(text: MessageText, limits: ClarityLimits, extra: PhraseBook?) {
        self.text = text
        self.limits = limits
        self.extra = extra
    }

    mutating func run(_ p: UnsafeBufferPointer<UInt8>) {
        let n = p.count
        var i = 0
        while i < n {
            let b = p[i]
            switch b {
            case ASCII.newline:
                var j = i + 1
                while j < n, p[j] == 32 || p[j] == 9 || p[j] == 13 { j += 1 }
                if j >= n || p[j] == ASCII.newline || startsListItem(p, j) {
                    endSentence(); endParagraph()
                } else if isUpper(p[j]) || isDigit(p[j]) {
                    endSentence()
                }
                breakClause()
                i = j
            case ASCII.dot, 33, 63:  // . ! ?
                var j = i + 1
                while j < n, p[j] == ASCII.dot || p[j] == 33 || p[j] == 63 { j += 1 }
                if endsSentence(p, mark: i, after: j) { endSentence() }
                if j < n, isAlnum(p[j]) {} else { breakClause() }
                i = j
            case ASCII.comma, 59, ASCII.colon, ASCII.openParen, ASCII.closeParen, 34:
                breakClause()
                i += 1
            default:
                let startsToken = i == 0 || !isAlnum(p[i - 1])
                if startsToken && isLetter(b) {
                    i = word(p, i)
                } else if startsToken && isDigit(b) {
                    i = number(p, i)
                } else {
                    i += 1
                }
            }
        }
        endSentence()
        endParagraph()
        for (index, span) in acronymFirst where !acronymDefined.contains(index) {
            findings.append(ClarityCheck.acronymFinding(text, index, span))
        }
        for (hash, span) in unknownFirst where !unknownDefined.contains(hash) {
            findings.append(ClarityCheck.unknownAcronymFinding(text, span))
        }
        readability()
    }

    // MARK: Words

    mutating func count(_ start: Int, _ end: Int) {
        words += 1; sentenceWords += 1; paragraphWords += 1
        if firstWordStart < 0 { firstWordStart = start }
        if sentenceStart < 0 { sentenceStart = start }
        if paragraphStart < 0 { paragraphStart = start }
        lastWordEnd = end
    }

    mutating func word(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        let w = PhraseBook.word(p, start)
        var end = w.end
        let info = wordTable[w.hash]
        let classes = info?.classes ?? []
        var negative = classes.contains(.negator) || endsWithNot(p, start, w.end)
        // A typographic apostrophe joins a contraction into one word: "don’t", "it’s".
        if end + 3 < p.count, p[end] == 0xE2, p[end + 1] == 0x80, p[end + 2] == 0x99, isLetter(p[end + 3]) {
            let rest = PhraseBook.word(p, end + 3)
            if lower(p[end - 1]) == 110, rest.end - (end + 3) == 1, lower(p[end + 3]) == 116 { negative = true }
            end = rest.end
        }
        count(start, end)
        let known = info?.syllables ?? 0
        syllables += known > 0 ? known : estimate(p, start, w.end, w.hash)
        if isUpper(p[start]) {
            if let acronym = ClarityCheck.acronym(p, start, w.end) {
                noteAcronym(acronym, p, start, w.end)
            } else if w.capitals, ClarityCheck.isUnknownAcronym(p, start, w.end, hash: w.hash) {
                noteUnknownAcronym(p, start, w.end)
            }
        }
        passive(p, start, w.end, classes)
        beforePreviousClasses = previousClasses
        previousClasses = classes
        previousNegative = negative
        negation(start, w.end, classes, info?.positive ?? -1, negative)
        if start >= phraseEnd {
            if let extra, let match = extra.match(p, at: start, wordEnd: w.end, first: w.hash), match.entry.matchesCase(p, start, match.end) {
                phrase(match.entry, p, start, match.end)
            } else if let match = book.match(p, at: start, wordEnd: w.end, first: w.hash) {
                phrase(match.entry, p, start, match.end)
            }
        }
        return end
    }

    mutating func estimate(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ hash: UInt64) -> Int {
        guard words > 256 else { return Syllables.estimate(p, start, end) }
        if syllableCache.isEmpty { syllableCache = Array(repeating: 0, count: 4096) }
        let slot = Int(truncatingIfNeeded: hash >> 52), key = hash & ~0xFF
        let cached = syllableCache[slot]
        if cached & ~0xFF == key && cached != 0 { return Int(cached & 0xFF) }
        let count = Syllables.estimate(p, start, end)
        syllableCache[slot] = key | UInt64(min(count, 255))
        return count
    }

    /// A number ("3", "15:30", "2,500.75") counts as one word of one syllable.
    mutating func number(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var i = start
        while i < p.count && (isAlnum(p[i]) || ((p[i] == ASCII.dot || p[i] == ASCII.comma || p[i] == ASCII.colon) && i + 1 < p.count && isDigit(p[i + 1]))) { i += 1 }
        count(start, i)
        syllables += 1
        helperStart = -1
        if negationStart >= 0 { sinceNegation += 1 }
        return i
    }

    func endsWithNot(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        end - start >= 4 && lower(p[end - 1]) == 116 && p[end - 2] == 39 && lower(p[end - 3]) == 110
    }

    mutating func phrase(_ entry: PhraseBook.Entry, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        // "Friday at the earliest" is standard English for "not before Friday"; only "send it at
        // the earliest" is the regional "as soon as possible".
        if end - start == 15, entry.phrase.lowercased() == "at the earliest", ClarityCheck.afterAWhen(p, start) { return }
        phraseStart = start
        phraseEnd = end
        if let index = entry.definesAcronym {
            acronymDefined.insert(index)
            return
        }
        // Keep the writer's capital: "Going forward" becomes "From now on".
        let capital = isUpper(p[start])
        let replacements = entry.replacements.map { capital ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }
        findings.append(Finding(check: entry.check, category: entry.category, severity: entry.severity,
                                span: text.locate(Span(start: start, end: end)), message: entry.message, replacements: replacements))
    }

    mutating func noteAcronym(_ index: Int, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        if spelledOutHere(p, start, end) { acronymDefined.insert(index) }
        if acronymFirst[index] == nil { acronymFirst[index] = Span(start: start, end: end) }
    }

    /// "(SLA)" after the words, or "SLA (" before them, spells it out.
    func spelledOutHere(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var next = end
        while next < p.count && p[next] == ASCII.space { next += 1 }
        let inParentheses = start > 0 && p[start - 1] == ASCII.openParen && end < p.count && p[end] == ASCII.closeParen
        return inParentheses || (next < p.count && p[next] == ASCII.openParen)
    }

    mutating func noteUnknownAcronym(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        let hash = ClarityCheck.exactHash(p, start, end)
        if spelledOutHere(p, start, end) { unknownDefined.insert(hash) }
        if unknownFirst[hash] == nil { unknownFirst[hash] = Span(start: start, end: end) }
    }

    // MARK: Passive voice and double negatives

    /// A passive is worth a finding only when it hides who is responsible for a problem or a
    /// decision: "the deadline was missed", "mistakes were made", "it was decided", "the
    /// escalation was not raised". Routine support passives whose actor is obvious ("your refund
    /// was processed", "the invoice is attached", "the office will be closed on 1 May") are
    /// ordinary polite English, and a passive that names its actor ("... by the bank") hides
    /// nothing. A candidate waits up to three words for "by" (or "yet" after a negation: "has
    /// not been shipped yet" is a status, not an evasion).
    mutating func passive(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ classes: WordInfo.Classes) {
        // "The parcels were sent to the wrong warehouse", "was entered in error": a routine verb
        // with a mistake after it hides who made the mistake.
        if let candidate = wrongAfter {
            if classes.contains(.mistake) {
                addPassive(candidate.start, candidate.end)
                wrongAfter = nil
            } else {
                wrongAfter = candidate.words >= 4 || classes.contains(.by) ? nil : (candidate.start, candidate.end, candidate.words + 1)
            }
        }
        if let waiting = pending {
            if classes.contains(.by) || (waiting.negated && classes.contains(.yet)) {
                pending = nil
            } else if waiting.words >= 2 {
                addPassive(waiting.start, waiting.end)
                pending = nil
            } else {
                pending = (waiting.start, waiting.end, waiting.words + 1, waiting.negated)
            }
        }
        if helperStart >= 0 {
            if ClarityCheck.isParticiple(p, start, end, classes) && !classes.contains(.adjectival) {
                let hidesSomeone = classes.contains(.problem) || (helperNegated && !helperAfterModal)
                    || (classes.contains(.decision) && helperSubject.contains(.it))
                    || (classes.contains(.made) && helperSubject.contains(.errorNoun))
                if hidesSomeone { pending = (helperStart, end, 0, helperNegated && !classes.contains(.problem)) }
                else { wrongAfter = (helperStart, end, 0) }
                helperStart = -1
                return
            }
            let adverb = end - start > 4 && lower(p[end - 2]) == 108 && lower(p[end - 1]) == 121  // "-ly"
            if fillers < 2 && (classes.contains(.passiveFiller) || adverb) {
                fillers += 1
                if classes.contains(.negator) { helperNegated = true }
                if classes.contains(.yet) { helperStart = -1 }
                return
            }
            helperStart = -1
        }
        if classes.contains(.passiveHelper) {
            helperStart = start; fillers = 0
            helperSubject = previousClasses
            // "was not", "wasn't", and "has not been", "hasn't been".
            helperNegated = endsWithNot(p, start, end) || previousNegative
            // "will not be reviewed", "cannot be refunded": a rule about the future, not an evasion.
            helperAfterModal = previousClasses.contains(.modal) || (previousNegative && beforePreviousClasses.contains(.modal))
        }
    }

    /// The clause ended: a waiting passive had no "by", so it stands.
    mutating func settlePassive() {
        if let waiting = pending { addPassive(waiting.start, waiting.end) }
        pending = nil
    }

    mutating func addPassive(_ start: Int, _ end: Int) {
        let insidePhrase = start < phraseEnd && phraseStart < end
        if !insidePhrase { findings.append(passiveFinding(start, end)) }
    }

    func passiveFinding(_ start: Int, _ end: Int) -> Finding {
        let words = String(decoding: text.bytes[start..<end], as: UTF8.self)
        return Finding(check: "clarity.passive-voice", category: .clarity, severity: .suggestion, span: text.locate(Span(start: start, end: end)),
                       message: "“\(words)” does not say who acted; name them (“we sent”, “the bank approved”) so the reader knows whom to ask.")
    }

    mutating func negation(_ start: Int, _ end: Int, _ classes: WordInfo.Classes, _ positive: Int16, _ negative: Bool) {
        // "not without" is a double negative; "do not close tickets without a note" is an
        // ordinary instruction, so "without" counts only right after the negator.
        // "don't pay while you're not ...": a new clause starts a new count.
        if classes.contains(.conjunction) { negationStart = -1; return }
        // A word with its own "not" doubles a negation only right after it ("not unlikely",
        // "not very unlikely"); "not sure what is unclear" negates two different things.
        let second = classes.contains(.without) ? sinceNegation == 0 : (negative || (positive >= 0 && sinceNegation <= 2))
        if negationStart >= 0 && second {
            let replacements = negationIsNot && sinceNegation == 0 ? positive >= 0 ? [ClarityCheck.negativeWords[Int(positive)].1] : [] : []
            let words = String(decoding: text.bytes[negationStart..<end], as: UTF8.self)
            findings.append(Finding(check: "clarity.double-negative", category: .clarity, severity: .suggestion,
                                    span: text.locate(Span(start: negationStart, end: end)),
                                    message: "“\(words)” is a double negative; readers must undo both to find the meaning. Say it positively.",
                                    replacements: replacements))
            negationStart = -1
            return
        }
        if negationStart >= 0 {
            sinceNegation += 1
            if sinceNegation > 3 { negationStart = -1 }
        }
        if negative {
            negationStart = start
            sinceNegation = 0
            negationIsNot = classes.contains(.not)
        }
    }

    /// Commas, colons, brackets and sentence ends close a clause: a negation or passive helper
    /// does not reach past them.
    mutating func breakClause() {
        helperStart = -1
        negationStart = -1
        settlePassive()
        wrongAfter = nil
    }

    // MARK: Sentences, paragraphs, readability

    func startsListItem(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Bool {
        if (p[j] == ASCII.minus || p[j] == 42) && j + 1 < p.count && p[j + 1] == ASCII.space { return true }
        if j + 2 < p.count && p[j] == 0xE2 && p[j + 1] == 0x80 && p[j + 2] == 0xA2 { return true }  // •
        var k = j
        while k < p.count && isDigit(p[k]) { k += 1 }
        return k > j && k + 1 < p.count && (p[k] == ASCII.dot || p[k] == ASCII.closeParen) && p[k + 1] == ASCII.space
    }

    /// Whether the marks at `mark..<after` end a sentence: followed by a space, a line end, a
    /// closing quote or bracket, and (for a full stop) not after an abbreviation or initial.
    func endsSentence(_ p: UnsafeBufferPointer<UInt8>, mark: Int, after: Int) -> Bool {
        if after < p.count {
            let next = p[after]
            guard isSpace(next) || next == ASCII.closeParen || next == 34 || next == 39 || next == 0xE2 else { return false }
        }
        guard p[mark] == ASCII.dot, after - mark == 1 else { return true }
        var k = mark
        while k > 0 && isLetter(p[k - 1]) { k -= 1 }
        if mark - k == 1 { return false }  // "J. Smith", "e.g.", "p.m."
        guard mark > k else { return true }
        let classes = ClarityCheck.words[PhraseBook.word(p, k).hash]?.classes ?? []
        guard classes.contains(.abbreviation) else { return true }
        // After "approx." or "no." the sentence goes on unless a capital starts the next one.
        var j = after
        while j < p.count && isSpace(p[j]) && p[j] != ASCII.newline { j += 1 }
        return j >= p.count || p[j] == ASCII.newline || (isUpper(p[j]) && !classes.contains(.title))
    }

    mutating func endSentence() {
        breakClause()
        guard sentenceWords > 0 else { return }
        sentences += 1
        if sentenceWords > limits.longSentence {
            let severity: Finding.Severity = sentenceWords > limits.veryLongSentence ? .warning : .suggestion
            findings.append(Finding(check: "clarity.long-sentence", category: .clarity, severity: severity,
                                    span: text.locate(Span(start: sentenceStart, end: lastWordEnd)),
                                    message: "This sentence has \(sentenceWords) words; under \(limits.longSentence) is easier to follow in a second language. Split it where the idea changes."))
        }
        sentenceStart = -1
        sentenceWords = 0
    }

    mutating func endParagraph() {
        if paragraphWords > limits.wallOfText {
            findings.append(Finding(check: "clarity.wall-of-text", category: .clarity, severity: .suggestion,
                                    span: text.locate(Span(start: paragraphStart, end: lastWordEnd)),
                                    message: "This paragraph runs \(paragraphWords) words without a break; short paragraphs or a list are easier to scan."))
        }
        paragraphStart = -1
        paragraphWords = 0
    }

    mutating func readability() {
        let score = Readability(words: words, sentences: sentences, syllables: syllables)
        guard words >= limits.wordsForGrade, score.grade > limits.grade else { return }
        let grade = (score.grade * 10).rounded() / 10, ease = Int(score.readingEase.rounded())
        findings.append(Finding(check: "clarity.readability", category: .clarity, severity: .suggestion,
                                span: text.locate(Span(start: firstWordStart, end: lastWordEnd)),
                                message: "Reading grade \(grade) (reading ease \(ease), \(score.band)); aim for grade \(Int(limits.grade)) or below with shorter sentences and everyday words."))
    }
}
