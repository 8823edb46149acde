/// Word classes for passive voice and double negatives, as hashes of the lower-cased word
/// (the same hash `PhraseBook.word` gives), so each test is one set lookup.
extension ClarityCheck {
    static func hashes(_ words: String) -> Set<UInt64> {
        Set(words.split(separator: " ").map { PhraseBook.wordHashes(String($0))[0] })
    }

    /// Forms of "be" and "get" that start a passive ("was sent", "got cancelled").
    static let passiveHelpers = hashes("am is are was were be been being isn't aren't wasn't weren't get gets got getting gotten")

    /// Words that may stand between the helper and the participle ("was not yet sent").
    static let passiveFillers = hashes("not also already just still now then yet never always usually often all both being been currently automatically")

    /// Irregular past participles.
    static let irregularParticiples = hashes("""
        known shown given taken written sent made paid told held kept found brought bought built caught chosen \
        driven eaten fallen felt forgotten forgiven frozen hidden hit hurt laid led lent meant met said seen sold \
        spent spoken stolen struck sworn thrown understood won worn withdrawn overseen undertaken drawn grown \
        blown flown forbidden begun shaken upheld withheld overridden rewritten rebuilt misunderstood overlooked \
        put cut set shut quit split spread
        """)

    /// "-ed" words that describe a state or feeling far more often than an action ("I am
    /// interested", "we are based in Manila"): not passive.
    static let adjectivalParticiples = hashes("""
        interested tired worried excited pleased concerned surprised married supposed used based located \
        bored scared delighted disappointed satisfied dissatisfied confused amazed annoyed ashamed embarrassed \
        exhausted frustrated relieved shocked stressed thrilled upset naked wicked sacred ragged rugged crooked \
        beloved learned aged dogged wretched hundred advanced detailed experienced qualified skilled talented \
        limited varied related dedicated complicated sophisticated motivated determined prepared equipped \
        engaged committed involved convinced entitled allowed affected
        """)

    /// Participles that often just describe where things stand ("the office is closed", "the
    /// file is attached"): passive only when "by" follows and names who did it.
    static let stativeParticiples = hashes("""
        closed opened finished done attached enclosed included scheduled booked required expected needed \
        completed resolved fixed broken lost gone left born mistaken approved suspended cancelled canceled delayed confirmed
        """)

    static let by = PhraseBook.wordHashes("by")[0]

    /// "-ed" words that are not participles at all.
    static let notParticiples = hashes("need needed feed speed bed red shed seed bleed proceed exceed succeed indeed hundred")

    static let negators = hashes("not no never nobody nothing none nowhere neither cannot without")

    /// Words that carry their own "not": after a negator they make a double negative. Each
    /// maps to its positive, offered when "not" comes right before ("not unlikely" → "likely").
    static let negativeWords: [UInt64: String] = {
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
        var table: [UInt64: String] = [:]
        for pair in pairs.split(separator: ",") {
            let words = pair.split(separator: " ").map(String.init)
            table[PhraseBook.wordHashes(words[0])[0]] = words[1]
        }
        return table
    }()

    /// Words after which a full stop does not end the sentence.
    static let abbreviations = hashes("e g i mr mrs ms dr vs approx no nos st jr sr inc ltd co dept est fig ref jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun p a m")

    /// Whether the word at `start..<end` is a regular or irregular participle.
    static func isParticiple(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: UInt64) -> Bool {
        if irregularParticiples.contains(hash) { return true }
        guard end - start >= 4, lower(p[end - 2]) == 101, lower(p[end - 1]) == 100 else { return false }
        return lower(p[end - 3]) != 101 && !notParticiples.contains(hash)
    }
}

extension ClarityCheck {
    /// Titles before a name: a capital after them never starts a new sentence.
    static let titles = hashes("mr mrs ms dr st jr sr")
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
