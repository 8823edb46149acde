/// Tone that no fixed phrase catches, read a sentence at a time: a bare order opening a sentence
/// ("Send screenshots."), a person with "always" or "never" ("your team always ..."), an
/// ultimatum ("... or this ticket will be closed"), a one-word reproach ("Again."), mock
/// enthusiasm ("Oh great, another ...", "Super helpful."), thanks for something late, and scare
/// quotes around the other side's words. Every finding says why and how to put it.
struct ToneSentences {
    let text: MessageText
    /// Bare orders are only worth a finding where the reader is a client (see `CheckProfile`).
    let clientFacing: Bool
    var findings: [Finding] = []
    /// The words of the current sentence: where each starts and ends and what it is.
    var words: [(start: Int, end: Int, role: Role)] = []

    struct Role: OptionSet, Sendable {
        let rawValue: UInt32
        static let demand = Role(rawValue: 1 << 0)
        static let softener = Role(rawValue: 1 << 1)
        static let person = Role(rawValue: 1 << 2)
        static let absolute = Role(rawValue: 1 << 3)
        static let modal = Role(rawValue: 1 << 4)
        static let reproach = Role(rawValue: 1 << 5)
        static let thanks = Role(rawValue: 1 << 6)
        static let late = Role(rawValue: 1 << 7)
        static let cheer = Role(rawValue: 1 << 8)
        static let helpful = Role(rawValue: 1 << 9)
        static let closure = Role(rawValue: 1 << 10)
        static let intensifier = Role(rawValue: 1 << 11)
        static let opener = Role(rawValue: 1 << 12)
        static let greeting = Role(rawValue: 1 << 13)
        static let or = Role(rawValue: 1 << 14)
        static let will = Role(rawValue: 1 << 15)
        static let we = Role(rawValue: 1 << 16)
        static let closeVerb = Role(rawValue: 1 << 17)
        static let interjection = Role(rawValue: 1 << 18)
        static let mockFollow = Role(rawValue: 1 << 19)
        static let uiNoun = Role(rawValue: 1 << 21)
        static let naming = Role(rawValue: 1 << 22)
        static let determiner = Role(rawValue: 1 << 23)
        static let keep = Role(rawValue: 1 << 24)
        static let have = Role(rawValue: 1 << 25)
        static let failing = Role(rawValue: 1 << 26)
        static let ever = Role(rawValue: 1 << 27)
        static let nobody = Role(rawValue: 1 << 28)
        static let sure = Role(rawValue: 1 << 29)
        static let mockVerb = Role(rawValue: 1 << 30)
    }

    /// Verbs that, opening a sentence with no "please" or "could you", order the reader to do
    /// something for the writer. Step-by-step instructions ("Restart the app", "Click Save")
    /// are not among them: those are help, not orders; nor is "call" ("Call me on ..." offers).
    static let demandVerbs = "send resend provide share reply respond answer explain tell give fix submit confirm stop forward attach return pay revert update hurry sort approve sign complete finish decide"
    static let softeners = "please pls plz kindly could would can may thanks thank appreciate grateful if when whenever let feel welcome possible sorry help"
    static let persons = "you your you're youre you've you'll you'd they nobody everyone everybody yall y'all guys people"
    /// Who a sweeping claim is about when it is not "you": "the client never replies", "the QA
    /// team always ...", "everyone on your side always ...".
    static let groups = "team teams client clients customer customers agent agents staff side department vendor vendors management manager managers lead leads shift folks"
    static let absolutes = "always never constantly repeatedly"
    static let modals = "can could may might will would should shall must won't can't wouldn't shouldn't don't doesn't didn't need needs"
    static let reproaches = "again seriously unacceptable ridiculous unbelievable pathetic useless typical whatever figures incredible"
    static let thanksWords = "thanks thank thx"
    static let lateWords = "late finally later before"
    static let cheers = "great wonderful perfect brilliant fantastic lovely nice marvellous marvelous terrific awesome splendid super"
    static let helpfulWords = "helpful useful"
    static let intensifiers = "super very so really real truly most"
    static let openers = "also and now then so just ok okay oh"
    static let greetings = "hi hello dear hey team all good morning afternoon evening"
    static let closures = "closed cancelled canceled suspended terminated deleted blocked disconnected charged removed deactivated escalated reported rejected"
    static let closeVerbs = "close cancel suspend terminate delete block disconnect charge remove deactivate escalate report reject"
    static let interjections = "wow oh ah gee"
    /// After "Oh great," or "Great,": the words of mock enthusiasm ("another", "just what").
    static let mockFollowers = "another more again just exactly"
    /// Quoted words followed by these name something on a screen or in a system, not the
    /// other side's claim: the "pending" status, the "save" button.
    static let uiNouns = "status button tab field option menu column folder queue label tag flag category setting settings link filter value state stage page screen section box message error code type mode view icon list report sheet form template column key"
    /// Scare quotes follow a determiner ("your \"urgent\" request") or a pronoun ("we \"forgot\"").
    static let namingWords = "called named labelled labeled marked titled word term says said reads shows select choose click type enter press tap status set"
    static let determiners = "a an another the your this that these those their his her our so-called"

    static let lexicon: WordTable<Role> = {
        var table = WordTable<Role>(capacity: 512)
        func mark(_ list: String, _ role: Role) {
            for word in list.split(separator: " ") {
                let hash = PhraseBook.wordHashes(String(word))[0]
                table[hash] = (table[hash] ?? []).union(role)
            }
        }
        mark(demandVerbs, .demand); mark(softeners, .softener); mark(persons, .person)
        mark(absolutes, .absolute); mark(groups, .person); mark(modals, .modal); mark(reproaches, .reproach)
        mark(thanksWords, .thanks); mark(lateWords, .late); mark(cheers, .cheer)
        mark(helpfulWords, .helpful); mark(intensifiers, .intensifier); mark(openers, .opener)
        mark(greetings, .greeting); mark("or otherwise else", .or); mark("failing", [.or, .failing]); mark("will be get gets is are", .will)
        mark("we i we'll i'll", .we); mark(closures, .closure); mark(closeVerbs, .closeVerb)
        mark(interjections, .interjection); mark(mockFollowers, .mockFollow)
        mark(uiNouns, .uiNoun); mark(namingWords, .naming); mark(determiners, .determiner)
        mark("keep keeps", .keep); mark("ever", .ever); mark("nobody", .nobody); mark("sure", .sure)
        mark("take blame go keep ignore wait make let why", .mockVerb)
        mark("we i they he she", .determiner); mark("have has", .have)
        return table
    }()

    init(text: MessageText, clientFacing: Bool) {
        self.text = text
        self.clientFacing = clientFacing
        words.reserveCapacity(64)
    }

    /// One pass: sentences end at ".", "!", "?" (followed by a space or the end) and at line
    /// breaks; each is judged when it ends.
    mutating func run() -> [Finding] {
        let table = ToneSentences.lexicon
        text.bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                let b = p[i]
                if b == ASCII.newline || ((b == ASCII.dot || b == 33 || b == 63) && (i + 1 == p.count || isSpace(p[i + 1]) || p[i + 1] == 34)) {
                    judge(p, question: b == 63, end: i)
                    words.removeAll(keepingCapacity: true)
                    i += 1
                    continue
                }
                guard isLetter(b), i == 0 || !isAlnum(p[i - 1]) else {
                    // Quotation marks are rare: look for scare quotes only where one opens.
                    if b == 34 || b == 39 || b == 0xE2, let after = scareQuote(p, at: i) { i = after; continue }
                    i += 1
                    continue
                }
                let w = PhraseBook.word(p, i)
                // "you’re": a typographic apostrophe joins the word, as the plain one does.
                var end = w.end, hash = w.hash
                if end + 3 < p.count, p[end] == 0xE2, p[end + 1] == 0x80, p[end + 2] == 0x99, isLetter(p[end + 3]) {
                    let rest = PhraseBook.word(p, end + 3)
                    hash = PhraseBook.wordHashes(String(decoding: p[i..<end], as: UTF8.self) + "'" + String(decoding: p[(end + 3)..<rest.end], as: UTF8.self)).first ?? hash
                    end = rest.end
                }
                if words.count < 256 { words.append((i, end, table[hash] ?? [])) }
                i = end
            }
            judge(p, question: false, end: p.count)
        }
        return findings
    }

    mutating func judge(_ p: UnsafeBufferPointer<UInt8>, question: Bool, end: Int) {
        guard !words.isEmpty else { return }
        let all = words.reduce(Role()) { $0.union($1.role) }
        // "No photo, no refund.": a condition put as a threat.
        if words.count == 4, slice(words[0].start, words[0].end).lowercased() == "no", slice(words[2].start, words[2].end).lowercased() == "no",
           p[words[1].end] == ASCII.comma {
            add("tone.ultimatum", .warning, words[0].start, words[3].end,
                "“\(slice(words[0].start, words[3].end))” reads as a threat; say what you need and why (“We need a photo of the item to approve the refund”).")
            return
        }
        if words.count == 1, all.contains(.reproach) {
            // The marks after it belong to it: "Seriously?!" is one finding, not two.
            var end = words[0].end
            while end < p.count && (p[end] == 33 || p[end] == 63 || p[end] == ASCII.dot) { end += 1 }
            // "seriously?!": the repeated marks are the finding (tone.exclamations).
            if end - words[0].end >= 2 && (words[0].end..<end).contains(where: { p[$0] != ASCII.dot }) { return }
            add("tone.blame", .warning, words[0].start, end,
                "“\(slice(words[0].start, words[0].end))” on its own reads as a sigh at the reader; say what needs to change instead.")
            return
        }
        // The worst reading first; `ToneCheck` keeps one finding per stretch of words.
        let before = findings.count
        ultimatum(all: all)
        // An ultimatum already covers the order it ends ("Pay this week or we will suspend").
        let threatened = findings.count > before
        absolute(all: all)
        mockEnthusiasm(p, all: all)
        if !threatened { bareOrder(p, all: all, question: question) }
    }

    /// The first word after a greeting ("Hi Sam,"), a name ("Sam,") or a filler ("Also,").
    func firstIndex(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var k = 0
        // "Hi Sam, send me ..." and "Sam, send me ...": the order starts after the comma.
        if let comma = (0..<min(words.count, 4)).first(where: { words[$0].end < p.count && p[words[$0].end] == ASCII.comma }),
           words[0].role.contains(.greeting) || (comma == 0 && isUpper(p[words[0].start])) {
            k = comma + 1
        }
        while k < words.count && words[k].role.contains(.opener) { k += 1 }
        return k
    }

    mutating func bareOrder(_ p: UnsafeBufferPointer<UInt8>, all: Role, question: Bool) {
        guard clientFacing, !question, !all.contains(.softener) else { return }
        let k = firstIndex(p)
        guard k < words.count, words[k].role.contains(.demand), k + 1 < words.count else { return }
        // "Send" must be the verb: "Update: the fix is live" and "Call volumes rose" are not orders.
        let next = words[k + 1]
        guard p[words[k].end] == ASCII.space, !(next.start > 0 && p[next.start - 1] != ASCII.space) else { return }
        if next.role.contains(.have) { return }
        let start = words[k].start, last = words.last!.end
        // "Send the invoice. Send the screenshot.": one run of orders, one finding.
        if let previous = findings.last, previous.check == "tone.demand", start - previous.span.end <= 3 {
            let merged = Finding(check: "tone.demand", category: .tone, severity: .suggestion, span: text.locate(Span(start: previous.span.start, end: last)),
                                 message: "These sentences open as bare orders; to a client they read as rude. Ask, and say why it helps: “Could you send …, so that we can …?”")
            findings[findings.count - 1] = merged
            return
        }
        let sentence = slice(start, last)
        let softer = "Please " + sentence.prefix(1).lowercased() + sentence.dropFirst()
        add("tone.demand", .suggestion, start, last,
            "“\(slice(start, words[k].end))…” opens as a bare order; to a client it reads as rude. Ask, and say why it helps: “Could you …, so that we can …?”",
            replacements: [softer])
    }

    mutating func absolute(all: Role) {
        guard all.contains(.person) || all.contains(.keep), all.contains(.absolute) || all.contains(.keep) || all.contains(.ever) else { return }
        var after = -1
        for j in words.indices where j > after {
            let role = words[j].role
            if role.contains(.absolute) {
                // "you can always call us", "you will never be charged": a modal makes it a promise.
                var k = j - 1
                var found = -1
                while k >= 0 && j - k <= 4 {
                    if words[k].role.contains(.modal) { break }
                    if words[k].role.contains(.person) { found = k; break }
                    k -= 1
                }
                guard found >= 0 else { continue }
                // "you guys always", "you people never": the claim starts at "you".
                while found > 0 && words[found - 1].role.contains(.person) { found -= 1 }
                // "Nobody never told us" is a double negative, which clarity reports.
                if slice(words[found].start, words[found].end).lowercased() == "nobody", slice(words[j].start, words[j].end).lowercased() == "never" { continue }
                // "you never have to", "you never need to": reassurance, not reproach.
                if j + 1 < words.count, words[j + 1].role.contains(.have) || words[j + 1].role.contains(.modal) { continue }
                if found > 0, slice(words[found - 1].start, words[found - 1].end).lowercased() == "thank" { continue }
                sweepingClaim(words[found].start, words[j].end)
                after = j  // "Your team never ..., and everyone on your side always ...": both.
                continue
            }
            // "nobody in this team ever updates": "ever" after "nobody" within five words.
            if role.contains(.ever), let n = (max(0, j - 5)..<j).first(where: { words[$0].role.contains(.nobody) }) {
                sweepingClaim(words[n].start, words[j].end)
                after = j
                continue
            }
            // "you keep sending", "your agents keep closing": an accusation of a habit.
            if role.contains(.keep), j > 0, words[j - 1].role.contains(.person), slice(words[j - 1].start, words[j - 1].end).lowercased().hasPrefix("you"), j + 1 < words.count,
               slice(words[j + 1].start, words[j + 1].end).hasSuffix("ing") {
                add("tone.absolute", .suggestion, words[j - 1].start, words[j + 1].end,
                    "“\(slice(words[j - 1].start, words[j + 1].end))” accuses the reader of a habit; describe this case and what would help.")
                return
            }
        }
    }

    mutating func sweepingClaim(_ start: Int, _ end: Int) {
        add("tone.absolute", .suggestion, start, end,
            "“\(slice(start, end))” is a sweeping claim about people; it invites a denial. Say what happened this time and what you need.")
    }

    /// "Reply within 24 hours or this ticket will be closed", "... failing which we will cancel".
    mutating func ultimatum(all: Role) {
        guard all.contains(.or) || all.contains(.closeVerb) || all.contains(.closure) else { return }
        for j in words.indices where words[j].role.contains(.or) && (words[j].role.contains(.failing) == false || isFailingWhich(j)) {
            var k = j + 1
            while k < words.count && k - j <= 8 {
                let role = words[k].role
                let threat = (role.contains(.closure) && k > 0 && words[k - 1].role.contains(.will))
                    || (role.contains(.closeVerb) && k > 0 && (words[k - 1].role.contains(.will) || words[k - 1].role.contains(.we)))
                if threat {
                    add("tone.ultimatum", .warning, words[j].start, words[k].end,
                        "“\(slice(words[j].start, words[k].end))” reads as a threat. Say what you need and by when, and what happens next in neutral terms (“If we do not hear back by Friday, we will close the ticket; you can reopen it at any time”).")
                    return
                }
                k += 1
            }
        }
    }

    /// "failing which" is an "or" of formal letters; "failing" alone is not.
    func isFailingWhich(_ j: Int) -> Bool {
        j + 1 < words.count && slice(words[j + 1].start, words[j + 1].end).lowercased() == "which"
    }

    /// "Oh great, another ...", "Wow, thanks for telling us two days late", "Super helpful."
    mutating func mockEnthusiasm(_ p: UnsafeBufferPointer<UInt8>, all: Role) {
        let first = words[0]
        // "Oh great", "Oh wonderful": an interjection and a cheer open the sentence.
        if first.role.contains(.interjection), words.count >= 2, words[1].role.contains(.cheer) {
            add("tone.sarcasm", .warning, first.start, words[1].end,
                "“\(slice(first.start, words[1].end))” reads as sarcasm; say plainly what went wrong and what you need.")
            return
        }
        // "Sure, take another two weeks", "sure, blame the night shift again".
        if first.role.contains(.sure), words.count >= 3, p[first.end] == ASCII.comma, words[1].role.contains(.mockVerb) {
            add("tone.sarcasm", .warning, first.start, words[1].end,
                "“\(slice(first.start, words[1].end))” reads as sarcasm; say plainly what you need and by when.")
            return
        }
        // "Great, another change on a Friday", "Perfect, just what we needed".
        if first.role.contains(.cheer), words.count >= 2, p[first.end] == ASCII.comma, words[1].role.contains(.mockFollow) {
            add("tone.sarcasm", .warning, first.start, words[1].end,
                "“\(slice(first.start, words[1].end))” reads as sarcasm; say plainly what went wrong and what you need.")
            return
        }
        // "Super helpful." as a sentence of its own, without an exclamation or a thank-you.
        if words.count <= 3, words.last!.role.contains(.helpful), words.dropLast().allSatisfy({ $0.role.contains(.intensifier) }),
           words.count >= 2, words.last!.end < p.count, p[words.last!.end] == ASCII.dot {
            add("tone.sarcasm", .warning, first.start, words.last!.end,
                "“\(slice(first.start, words.last!.end))” on its own reads as sarcasm; say what did not help.")
            return
        }
        // "Wow, thank you so much for telling us about it two hours before launch." A sincere
        // "wow, thanks" ends with an exclamation mark.
        if first.role.contains(.interjection), words.count >= 4, words[1].role.contains(.thanks), sentenceMark(p) == ASCII.dot {
            add("tone.sarcasm", .warning, first.start, words.last!.end,
                "“\(slice(first.start, words[1].end))…” with a full stop reads as sarcasm; say plainly what arrived late and what it changed.")
            return
        }
        // Thanks together with "late" or "finally": "thanks for telling us two days late".
        // "Late" must end the sentence ("... two days late.") and "finally" come right after the
        // thanks ("thanks for finally replying"): "thanks; we will send the late fees" is sincere.
        if all.contains(.thanks), all.contains(.late), let t = words.firstIndex(where: { $0.role.contains(.thanks) }),
           let l = words.indices.first(where: { l in
               l > t && words[l].role.contains(.late) && l - t <= 9
                   && (l == words.count - 1 || (l - t <= 3 && slice(words[l].start, words[l].end).lowercased() == "finally")
                       || (slice(words[l].start, words[l].end).lowercased() == "before" && l + 1 < words.count
                           && ["telling", "letting", "informing", "warning"].contains(slice(words[l + 1].start, words[l + 1].end).lowercased())))
                   && !(words[t].end..<words[l].start).contains(where: { p[$0] == 59 })
           }) {
            add("tone.sarcasm", .warning, words[t].start, words[l].end,
                "“\(slice(words[t].start, words[l].end))” thanks the reader for being late: it reads as sarcasm. Say when you needed it and what it changed.")
        }
    }

    /// The mark that ends the current sentence (after its last word), or 0.
    func sentenceMark(_ p: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var k = words.last!.end
        while k < p.count && p[k] == ASCII.space { k += 1 }
        return k < p.count ? p[k] : 0
    }

    /// Scare quotes: one or two lower-case words in quotation marks after "a", "the", "your" or
    /// "another", as in `another "quick" change`, and not naming something on a screen.
    /// Where scanning goes on after a scare quote found at `i`, or nil.
    mutating func scareQuote(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let table = ToneSentences.lexicon
        guard let open = quoteOpen(p, i) else { return nil }
        let inner = i + open
        var j = inner, spaces = 0
        while j < p.count, j - inner <= 24, quoteClose(p, j) == nil, p[j] != ASCII.newline {
            if p[j] == ASCII.space { spaces += 1 }
            j += 1
        }
        guard j < p.count, let close = quoteClose(p, j), j > inner, spaces <= 1, isLower(p[inner]) else { return nil }
        let after = j + close
        // The word before the quote must be a determiner or a pronoun; the word after must not
        // name a screen element; no naming word ("called", "click") may come just before.
        let before = previousWords(p, i, count: 2)
        let beforeRoles = before.map { $0 == "so-called" ? Role.determiner : table[PhraseBook.wordHashes($0).first ?? 0] ?? [] }
        let nextRole = nextWord(p, after).map { table[$0.hash] ?? [] } ?? []
        guard let last = beforeRoles.last, last.contains(.determiner), !beforeRoles.contains(where: { $0.contains(.naming) }),
              !nextRole.contains(.uiNoun) else { return nil }
        // From the word before ("we \"forgot\"", "your \"urgent\""): the doubt is in the pair.
        var from = i - 1
        while from > 0 && p[from - 1] == ASCII.space { from -= 1 }
        while from > 0 && (isLetter(p[from - 1]) || p[from - 1] == ASCII.minus) { from -= 1 }
        add("tone.sarcasm", .warning, max(0, min(from, i)), after,
            "Quotation marks around “\(slice(inner, j))” read as scare quotes, doubting the other side's word; drop them or say what you doubt.")
        return after
    }

    /// The length of an opening quotation mark at `i` (a straight quote after a space, or “).
    func quoteOpen(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let spaceBefore = i == 0 || isSpace(p[i - 1]) || p[i - 1] == ASCII.openParen
        if (p[i] == 34 || p[i] == 39), spaceBefore, i + 1 < p.count, isLetter(p[i + 1]) { return 1 }
        if i + 2 < p.count, p[i] == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0x9C || p[i + 2] == 0x98, spaceBefore { return 3 }
        return nil
    }

    func quoteClose(_ p: UnsafeBufferPointer<UInt8>, _ j: Int) -> Int? {
        let endsWord = { (k: Int) in k >= p.count || !isLetter(p[k]) }
        if (p[j] == 34 || p[j] == 39), j > 0, isLetter(p[j - 1]), endsWord(j + 1) { return 1 }
        if j + 2 < p.count, p[j] == 0xE2, p[j + 1] == 0x80, p[j + 2] == 0x9D || p[j + 2] == 0x99, endsWord(j + 3) {
            // ’ inside a word is an apostrophe ("don’t"), not a closing quote.
            return 3
        }
        return nil
    }

    /// Up to `count` words before `i` in the same sentence, lower-cased ("so-called" stays whole).
    func previousWords(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, count: Int) -> [String] {
        var found: [String] = []
        var k = i - 1
        // At most 80 bytes back: a quote after a long run of digits or marks costs no more.
        let floor = max(0, i - 80)
        while k >= floor && found.count < count {
            while k >= floor && !isLetter(p[k]) {
                if p[k] == ASCII.dot || p[k] == ASCII.newline || p[k] == 33 || p[k] == 63 { return found.reversed() }
                k -= 1
            }
            guard k >= floor else { break }
            let end = k + 1
            while k >= floor && (isLetter(p[k]) || p[k] == ASCII.minus) { k -= 1 }
            found.append(String(decoding: p[(k + 1)..<end], as: UTF8.self).lowercased())
        }
        return found.reversed()
    }

    func nextWord(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (start: Int, hash: UInt64)? {
        var k = i
        while k < p.count && p[k] == ASCII.space { k += 1 }
        guard k < p.count, isLetter(p[k]) else { return nil }
        return (k, PhraseBook.word(p, k).hash)
    }

    func slice(_ start: Int, _ end: Int) -> String { String(decoding: text.bytes[start..<end], as: UTF8.self) }

    mutating func add(_ check: String, _ severity: Finding.Severity, _ start: Int, _ end: Int, _ message: String, replacements: [String] = []) {
        findings.append(Finding(check: check, category: .tone, severity: severity, span: text.locate(Span(start: start, end: end)),
                                message: message, replacements: replacements))
    }
}
