/// The forms of a listed phrase that a message may use: the word lists keep base forms ("drop
/// the ball", "pull one's weight", "keep someone posted") and the checker matches "dropped the
/// ball", "pulling their weight" and "kept us posted" too. The matcher itself stays exact, so
/// the forms are generated once, when the lists load.
enum Inflection {
    /// Every form of `phrase`: the first word's verb forms (unless it is a function word, which
    /// has none) times the pronouns a slot can take.
    static func forms(of phrase: String) -> [String] {
        let words = phrase.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        let firsts = functionWords.contains(first.lowercased()) || words.count == 1 ? [first] : verbForms(first)
        var results: [[String]] = firsts.map { [$0] }
        for word in words.dropFirst() {
            let options = slots[word.lowercased()] ?? [word]
            results = results.flatMap { done in options.map { done + [$0] } }
        }
        var seen: Set<String> = []
        return results.map { $0.joined(separator: " ") }.filter { seen.insert($0.lowercased()).inserted }
    }

    /// Placeholders the lists may use, and what a message writes in their place.
    static let slots: [String: [String]] = [
        "one's": ["my", "your", "his", "her", "its", "our", "their", "one's"],
        "someone's": ["my", "your", "his", "her", "our", "their", "someone's"],
        "someone": ["me", "you", "him", "her", "us", "them", "someone", "everyone"],
        "oneself": ["myself", "yourself", "himself", "herself", "ourselves", "yourselves", "themselves", "oneself"],
    ]

    /// Words that start phrases but are not verbs: "on the same page" has no "onned".
    static let functionWords: Set<String> = [
        "a", "an", "the", "in", "on", "at", "to", "of", "for", "by", "with", "from", "up", "down", "out", "off", "over",
        "under", "no", "not", "all", "every", "one", "my", "your", "our", "their", "his", "her", "its", "it", "this", "that",
        "as", "like", "so", "too", "more", "less", "back", "behind", "between", "above", "below", "across", "through",
        "around", "about", "ahead", "against", "beyond", "within", "without", "neither", "either", "each", "any", "some",
        "half", "once", "twice", "until", "till", "when", "where", "what", "who", "how", "why", "if", "and", "or", "but",
        "than", "then", "there", "here", "very", "just", "only", "even", "still", "yet", "ever", "never", "always", "far",
        "well", "better", "best", "last", "first", "next", "same", "other", "another", "many", "much", "few", "little",
        "big", "small", "long", "short", "high", "low", "old", "new", "good", "bad", "hot", "cold", "dead", "fair",
        "double", "second", "third", "whole", "full", "easy", "hard", "fast", "slow", "early", "late", "right", "wrong",
        "i", "we", "you", "they", "he", "she", "me", "us", "them", "him", "let's", "don't", "can't", "won't",
    ]

    /// Base form and its past and past participle, for the irregular verbs idioms start with.
    static let irregular: [String: (past: String, participle: String)] = {
        let list = """
            be was been, bear bore borne, beat beat beaten, become became become, begin began begun, bend bent bent, \
            bite bit bitten, bleed bled bled, blow blew blown, break broke broken, bring brought brought, build built built, \
            burn burnt burnt, buy bought bought, catch caught caught, choose chose chosen, come came come, cost cost cost, \
            cut cut cut, deal dealt dealt, dig dug dug, do did done, draw drew drawn, drink drank drunk, drive drove driven, \
            eat ate eaten, fall fell fallen, feed fed fed, feel felt felt, fight fought fought, find found found, fly flew flown, \
            forget forgot forgotten, freeze froze frozen, get got got, give gave given, go went gone, grow grew grown, \
            hang hung hung, have had had, hear heard heard, hide hid hidden, hit hit hit, hold held held, hurt hurt hurt, \
            keep kept kept, know knew known, lay laid laid, lead led led, leave left left, lend lent lent, let let let, \
            lie lay lain, light lit lit, lose lost lost, make made made, mean meant meant, meet met met, pay paid paid, \
            put put put, quit quit quit, read read read, ride rode ridden, ring rang rung, rise rose risen, run ran run, \
            say said said, see saw seen, sell sold sold, send sent sent, set set set, shake shook shaken, shed shed shed, \
            shine shone shone, shoot shot shot, show showed shown, shut shut shut, sing sang sung, sink sank sunk, sit sat sat, \
            sleep slept slept, slide slid slid, speak spoke spoken, spend spent spent, spill spilled spilt, spin spun spun, \
            split split split, spread spread spread, stand stood stood, steal stole stolen, stick stuck stuck, sting stung stung, \
            strike struck struck, swear swore sworn, sweep swept swept, swim swam swum, swing swung swung, take took taken, \
            teach taught taught, tear tore torn, tell told told, think thought thought, throw threw thrown, wear wore worn, \
            win won won, wind wound wound, write wrote written
            """
        var table: [String: (String, String)] = [:]
        for entry in list.split(separator: ",") {
            let w = entry.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            if w.count == 3 { table[w[0]] = (w[1], w[2]) }
        }
        return table
    }()

    /// "drop" → drop, drops, dropped, dropping; "bite" → bite, bites, bit, bitten, biting.
    /// The writer's capitals on the first letter are kept.
    static func verbForms(_ word: String) -> [String] {
        let base = word.lowercased()
        var forms = [base, thirdPerson(base), ing(base)]
        if let known = irregular[base] {
            forms += [known.past, known.participle]
            if base == "be" { forms += ["is", "are", "were", "am"] }
            if base == "have" { forms[1] = "has" }
            if base == "do" { forms[1] = "does" }
            if base == "go" { forms[1] = "goes" }
        } else {
            forms.append(past(base))
        }
        let capital = word.first?.isUppercase == true
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }.map { capital ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }
    }

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func thirdPerson(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") || w.hasSuffix("o") { return w + "es" }
        if w.hasSuffix("y"), let before = w.dropLast().last, !vowels.contains(before) { return w.dropLast() + "ies" }
        return w + "s"
    }

    /// One short vowel before a final consonant doubles it: drop → dropped, stop → stopping.
    static func doubles(_ w: String) -> Bool {
        let c = Array(w)
        guard c.count >= 3, c.count <= 4, let last = c.last, !vowels.contains(last), !"wxy".contains(last) else { return false }
        return vowels.contains(c[c.count - 2]) && !vowels.contains(c[c.count - 3])
    }

    static func past(_ w: String) -> String {
        if w.hasSuffix("e") { return w + "d" }
        if w.hasSuffix("y"), let before = w.dropLast().last, !vowels.contains(before) { return w.dropLast() + "ied" }
        if doubles(w) { return w + String(w.last!) + "ed" }
        return w + "ed"
    }

    static func ing(_ w: String) -> String {
        if w.hasSuffix("ie") { return w.dropLast(2) + "ying" }
        if w.hasSuffix("e") && !w.hasSuffix("ee") && w.count > 2 { return w.dropLast() + "ing" }
        if doubles(w) { return w + String(w.last!) + "ing" }
        return w + "ing"
    }
}
