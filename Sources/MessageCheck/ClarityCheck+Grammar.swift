/// What the clarity pass needs to know about a word, found with one lookup of the hash
/// `PhraseBook.word` gives (the lower-cased letters): its classes for passive voice, double
/// negatives and sentence ends, its syllables when the rules would miscount them, and the
/// positive of a negative word.
struct WordInfo: Sendable {
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt32
        static let passiveHelper = Classes(rawValue: 1 << 0)
        static let passiveFiller = Classes(rawValue: 1 << 1)
        static let irregularParticiple = Classes(rawValue: 1 << 2)
        static let adjectival = Classes(rawValue: 1 << 3)
        static let problem = Classes(rawValue: 1 << 4)
        static let notParticiple = Classes(rawValue: 1 << 5)
        static let negator = Classes(rawValue: 1 << 6)
        static let abbreviation = Classes(rawValue: 1 << 7)
        static let title = Classes(rawValue: 1 << 8)
        static let by = Classes(rawValue: 1 << 9)
        static let not = Classes(rawValue: 1 << 10)
        static let without = Classes(rawValue: 1 << 11)
        static let decision = Classes(rawValue: 1 << 12)
        static let made = Classes(rawValue: 1 << 13)
        static let errorNoun = Classes(rawValue: 1 << 14)
        static let it = Classes(rawValue: 1 << 15)
        static let yet = Classes(rawValue: 1 << 16)
        static let modal = Classes(rawValue: 1 << 17)
        static let mistake = Classes(rawValue: 1 << 18)
        static let conjunction = Classes(rawValue: 1 << 19)
    }

    var classes: Classes = []
    /// 0 when the syllable rules count the word right.
    var syllables = 0
    /// For a word with its own "not" ("unlikely"), where its positive is in
    /// `ClarityCheck.negativeWords`; -1 otherwise. An index, not a string, keeps the lookup free
    /// of reference counting (it runs for every word).
    var positive: Int16 = -1
}

extension ClarityCheck {
    static let words: WordTable<WordInfo> = {
        var table = WordTable<WordInfo>(capacity: 1024)
        func mark(_ list: String, _ classes: WordInfo.Classes) {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let hash = PhraseBook.wordHashes(String(word))[0]
                var info = table[hash] ?? WordInfo()
                info.classes.formUnion(classes)
                table[hash] = info
            }
        }
        mark(passiveHelpers, .passiveHelper)
        mark(passiveFillers, .passiveFiller)
        mark(irregularParticiples, .irregularParticiple)
        mark(adjectivalParticiples, .adjectival)
        mark(problemParticiples, .problem)
        mark(decisionParticiples, .decision)
        mark("made", .made)
        mark("mistake mistakes error errors", .errorNoun)
        mark("it", .it)
        mark("yet", .yet)
        mark("will would can cannot could may might must should shall won't can't couldn't wouldn't shouldn't mustn't", .modal)
        mark("wrong wrongly incorrect incorrectly mistakenly error", .mistake)
        mark("but while because although though unless until since and or whereas", .conjunction)
        mark(notParticiples, .notParticiple)
        mark(negators, .negator)
        mark(abbreviations, .abbreviation)
        mark(titles, .title)
        mark("by", .by)
        mark("not", .not)
        mark("without", .without)
        for (index, (negative, _)) in negativeWords.enumerated() {
            let hash = PhraseBook.wordHashes(negative)[0]
            var info = table[hash] ?? WordInfo()
            info.positive = Int16(index)
            table[hash] = info
        }
        for (word, count) in Syllables.list {
            let hash = PhraseBook.wordHashes(word)[0]
            var info = table[hash] ?? WordInfo()
            info.syllables = count
            table[hash] = info
        }
        return table
    }()

    /// Forms of "be" and "get" that start a passive ("was sent", "got cancelled").
    static let passiveHelpers = "am is are was were be been being isn't aren't wasn't weren't get gets got getting gotten"

    /// Words that may stand between the helper and the participle ("was not yet sent").
    static let passiveFillers = "not also already just still now then yet never always usually often all both being been currently automatically"

    /// Irregular past participles.
    static let irregularParticiples = """
        known shown given taken written sent made paid told held kept found brought bought built caught chosen \
        driven eaten fallen felt forgotten forgiven frozen hidden hit hurt laid led lent meant met said seen sold \
        spent spoken stolen struck sworn thrown understood won worn withdrawn overseen undertaken drawn grown \
        blown flown forbidden begun shaken upheld withheld overridden rewritten rebuilt misunderstood overlooked \
        put cut set shut quit split spread lost mislaid misled misread overwritten agreed decreed guaranteed
        """

    /// "-ed" words that describe a state or feeling far more often than an action ("I am
    /// interested", "we are based in Manila"): not passive.
    static let adjectivalParticiples = """
        interested tired worried excited pleased concerned surprised married supposed used based located \
        bored scared delighted disappointed satisfied dissatisfied confused amazed annoyed ashamed embarrassed \
        exhausted frustrated relieved shocked stressed thrilled upset naked wicked sacred ragged rugged crooked \
        beloved learned aged dogged wretched hundred advanced detailed experienced qualified skilled talented \
        limited varied related dedicated complicated sophisticated motivated determined prepared equipped \
        engaged committed involved convinced entitled allowed affected
        """

    /// Participles of something going wrong: in the passive ("the deadline was missed", "the
    /// file was deleted", "your request was declined", "the go-live was delayed") they leave out
    /// who let it happen or who decided, which is what the reader will ask.
    static let problemParticiples = """
        missed lost deleted dropped ignored overlooked misplaced mislaid forgotten neglected overwritten \
        corrupted wiped overcharged undercharged mishandled misrouted misdirected \
        misconfigured miscalculated misreported mislabelled mislabeled misread misunderstood misled rejected \
        denied refused botched messed declined delayed suspended cancelled canceled postponed
        """

    /// Participles of a decision: "it was decided that ..." hides who decided.
    static let decisionParticiples = "decided agreed determined felt assumed concluded"

    /// "-ed" words that are not participles at all.
    static let notParticiples = "need needed feed speed bed red shed seed bleed proceed exceed succeed indeed hundred"

    static let negators = "not no never nobody nothing none nowhere neither cannot without"

    /// Words that carry their own "not": after a negator they make a double negative. Each
    /// maps to its positive, offered when "not" comes right before ("not unlikely" → "likely").
    static let negativeWords: [(String, String)] = {
        let pairs = """
            unlikely likely, uncommon common, unusual usual, unreasonable reasonable, unhelpful helpful, \
            unimportant important, unclear clear, unaware aware, unable able, unhappy happy, unfair fair, \
            unknown known, unnecessary necessary, unacceptable acceptable, unavailable available, unsure sure, \
            unwilling willing, unexpected expected, unfamiliar familiar, uncertain certain, unsuccessful successful, \
            unreasonably reasonably, impossible possible, improbable probable, impractical practical, \
            incorrect correct, inaccurate accurate, incomplete complete, inconsistent consistent, \
            insignificant significant, insufficient sufficient, invalid valid, inappropriate appropriate, \
            incapable capable, irrelevant relevant, irregular regular, irresponsible responsible, illegal legal, \
            illogical logical, dissatisfied satisfied, disagree agree, dislike like, dishonest honest, \
            nonexistent existing, unwarranted warranted, unjustified justified, unreliable reliable, unlike like
            """
        return pairs.split(separator: ",").map { pair in
            let words = pair.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            return (words[0], words[1])
        }
    }()

    /// Words after which a full stop does not end the sentence.
    static let abbreviations = "e g i mr mrs ms dr vs approx no nos st jr sr inc ltd co dept est fig ref jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun p a m"

    /// Whether the word at `start..<end` is a regular or irregular participle.
    static func isParticiple(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ classes: WordInfo.Classes) -> Bool {
        if classes.contains(.irregularParticiple) { return true }
        guard end - start >= 4, lower(p[end - 2]) == 101, lower(p[end - 1]) == 100 else { return false }
        return lower(p[end - 3]) != 101 && !classes.contains(.notParticiple)
    }
}

extension ClarityCheck {
    /// Titles before a name: a capital after them never starts a new sentence.
    static let titles = "mr mrs ms dr st jr sr"
}

extension PhraseBook.Entry {
    /// Organization rules may ask for exact capitals ("ignorecase: false" in Vale's terms).
    func matchesCase(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard caseSensitive else { return true }
        let target = Array(phrase.utf8)
        guard target.count == end - start else { return false }
        for k in 0..<target.count where p[start + k] != target[k] && !(p[start + k] == ASCII.minus && target[k] == ASCII.space) { return false }
        return true
    }
}
