import Foundation

/// A culture hint on a message to a client: something the recipient's country brief says that
/// the text seems to miss. Each hint has its own check id, so counts and settings can name it.
public struct CultureHint: Sendable, Equatable, Codable {
    public enum Check: String, CaseIterable, Sendable, Codable {
        /// A first message to a client from a country formal about names opens with a first name alone.
        case firstName = "culture.first-name"
        /// No greeting line where the brief says a message without one reads as rude.
        case noGreeting = "culture.no-greeting"
        /// The answer opens with a bare "no" or "we cannot" to a client who disagrees indirectly.
        case bluntNo = "culture.blunt-no"
    }

    public let check: Check
    public let message: String
    /// The brief section that says more.
    public let section: BriefSection
    public let country: String
}

/// The culture hints for one message: pure functions of the text, the recipient's brief and
/// whether it is the first message to that client. They read the opening only (the greeting
/// line and the first sentence after it), which is where these habits show, so a long message
/// costs no more than a short one. Internal chat gets none: these are habits of writing to
/// clients, and colleagues are not the audience of a brief.
public enum CultureHints {
    /// The audience the check page chose; hints are off for internal chat.
    public enum Audience: Sendable { case client, internalChat }

    public static func check(_ text: String, to brief: CountryBrief, firstMessage: Bool, audience: Audience = .client) -> [CultureHint] {
        guard audience == .client else { return [] }
        let opening = Opening(text, hello: brief.phrases.filter { $0.use == .hello })
        guard !opening.isEmpty else { return [] }
        let custom = brief.firstMessage ?? FirstMessage(names: .formal, greeting: .expected)
        var hints: [CultureHint] = []
        func hint(_ check: CultureHint.Check, _ section: BriefSection, _ message: String) {
            hints.append(CultureHint(check: check, message: message, section: section, country: brief.code))
        }
        let who = brief.sentenceName
        if custom.greeting == .expected, opening.greeting == nil {
            hint(.noGreeting, .email, "There is no greeting line. Clients in \(who) expect one, and a message that starts straight with the business can read as rude: open with “Dear …” and their name\(brief.phrase(.hello).map { ", or their own “\($0.transliteration ?? $0.text)”" } ?? "").")
        }
        if firstMessage, custom.names == .formal, let name = opening.bareName {
            hint(.firstName, .names, "“\(name)” alone is a first name or a name without its title. In a first message to a client in \(who), use the title and surname (or the form the brief gives) until they offer first names.")
        }
        if isIndirect(brief), let refusal = opening.refusal {
            hint(.bluntNo, .sayingNo, "The reply opens with “\(refusal)”. Clients in \(who) tend to disagree indirectly, so a bare refusal first can sound like a closed door: thank them, give the reason, then what you can do instead.")
        }
        return hints
    }

    /// Indirect on disagreeing or on negative feedback: 6 or more on either scale.
    static func isIndirect(_ brief: CountryBrief) -> Bool {
        brief.position(.disagreeing) >= 6 || brief.position(.feedback) >= 6
    }
}

/// The start of a message: its greeting (if any), the name after the greeting, and the first
/// words of the body.
struct Opening {
    /// The greeting words as written ("Dear", "Hi"), nil when the message has none.
    let greeting: String?
    /// The single name after the greeting when it carries no title ("Hans" in "Dear Hans,").
    let bareName: String?
    /// The refusal the body opens with ("We cannot"), as written.
    let refusal: String?
    let isEmpty: Bool

    /// Greetings in the languages clients write in, lower case, longest first where one starts another.
    static let greetings = [
        "good morning", "good afternoon", "good evening", "good day", "dear", "hello", "hi", "hey", "greetings", "g'day", "kia ora",
        "bonjour", "bonsoir", "madame", "monsieur", "sehr geehrte", "sehr geehrter", "guten morgen", "guten tag", "hallo", "liebe", "lieber",
        "buenos días", "buenos dias", "buenas tardes", "estimado", "estimada", "hola", "buongiorno", "gentile", "egregio", "ciao",
        "olá", "ola", "prezado", "prezada", "bom dia", "boa tarde", "beste", "goedemorgen", "goedemiddag", "geachte", "hoi",
        "szanowny", "szanowna", "szanowni", "dzień dobry", "dzien dobry", "assalamu alaikum", "as-salamu alaykum", "salam", "marhaba",
        "namaste", "namaskar", "respected", "kumusta", "magandang", "xin chào", "xin chao", "kính gửi", "kinh gui", "selamat", "salam sejahtera",
        "konnichiwa", "ni hao", "nín hǎo", "nin hao", "annyeong", "sawubona", "dia duit", "haai",
    ]

    /// Titles and honorifics that make a name formal, lower case without a final dot.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "ma'am", "maam", "herr", "frau", "monsieur", "madame",
        "mademoiselle", "señor", "señora", "senor", "senora", "sr", "sra", "don", "doña", "senhor", "senhora", "doutor", "doutora",
        "signor", "signora", "dottore", "dottoressa", "dott", "ing", "ingegnere", "ingeniero", "ingeniera", "lic", "licenciado", "licenciada",
        "avvocato", "pan", "pani", "encik", "puan", "cik", "datuk", "dato", "tan", "sheikh", "engineer", "eng", "ustaz", "mohandes",
        "muhandis", "anh", "chị", "chi", "ông", "bà", "team", "director", "manager", "shri", "smt", "meneer", "mevrouw", "heer",
    ]

    /// Words after a greeting that are not a person's name.
    static let notNames: Set<String> = ["all", "everyone", "team", "there", "both", "colleagues", "again", "sirs", "customer", "client", "friends", "folks"]

    /// A body that opens with one of these, lower case, is a bare refusal.
    static let refusals = [
        "no", "nope", "we cannot", "we can't", "we can not", "we are unable", "we're unable", "we will not", "we won't", "i cannot", "i can't",
        "i am unable", "i'm unable", "that is not possible", "that's not possible", "this is not possible", "not possible", "impossible",
        "unfortunately no", "unfortunately, no", "unfortunately we cannot", "unfortunately, we cannot", "unfortunately we can't",
        "unfortunately, we can't", "we do not", "we don't", "we refuse", "that will not work", "that won't work",
    ]

    init(_ text: String, hello: [Phrase]) {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = lines.first else { greeting = nil; bareName = nil; refusal = nil; isEmpty = true; return }
        isEmpty = false
        let lower = first.lowercased()
        let own = hello.flatMap { [$0.text.lowercased()] + ($0.transliteration.map { [$0.lowercased()] } ?? []) }
        let found = (own + Self.greetings).filter { Self.startsWithWord(lower, $0) }.max { $0.count < $1.count }
        var body = lines
        if let found {
            greeting = String(first.prefix(found.count))
            // The rest of the greeting line up to its comma or colon is the name; after it, the body may carry on.
            let rest = first.dropFirst(found.count)
            let cut = rest.firstIndex { $0 == "," || $0 == ":" || $0 == "!" || $0 == "." }
            let name = (cut.map { rest[..<$0] } ?? rest).trimmingCharacters(in: .whitespaces)
            bareName = Self.bareName(name)
            let after = cut.map { String(rest[rest.index(after: $0)...]).trimmingCharacters(in: .whitespaces) } ?? ""
            body = (after.isEmpty ? [] : [after]) + lines.dropFirst()
        } else {
            greeting = nil
            bareName = nil
        }
        let opening = body.first?.lowercased() ?? ""
        refusal = Self.refusals.filter { Self.startsWithWord(opening, $0) }.max { $0.count < $1.count }
            .map { String(body.first!.prefix($0.count)) }
    }

    /// One word, capitalised, with no title in front or honorific behind ("Tanaka-san" is fine).
    static func bareName(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count == 1, let word = words.first, let initial = word.first, initial.isUppercase else { return nil }
        let plain = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        if titles.contains(plain) || notNames.contains(plain) || plain.contains("-") { return nil }
        return String(word)
    }

    /// `text` starts with `prefix` followed by the end or a character that is not a letter.
    static func startsWithWord(_ text: String, _ prefix: String) -> Bool {
        guard text.hasPrefix(prefix) else { return false }
        let rest = text.dropFirst(prefix.count)
        guard let next = rest.first else { return true }
        return !next.isLetter && !next.isNumber
    }
}
