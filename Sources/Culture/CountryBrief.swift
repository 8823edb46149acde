/// What an agent needs to know about the people of one country before answering them by
/// e-mail, chat or phone: eight short sections, a few phrases and a place on each scale.
/// One file per country in `Resources/briefs/`, read and checked once (`CultureBriefs.builtIn`).
public struct CountryBrief: Codable, Sendable, Equatable, Identifiable {
    /// ISO 3166-1 alpha-2, upper case.
    public var code: String
    public var name: String
    /// The name inside a sentence when it takes "the" ("the Philippines"); nil when it is `name`.
    public var inSentence: String?
    /// The languages clients use at work, most common first.
    public var languages: [String]
    /// Keyed by `BriefSection.rawValue`, so a missing or misspelled section can be named.
    public var sections: [String: String]
    public var phrases: [Phrase]
    /// Keyed by `CultureScale.rawValue`.
    public var scales: [String: ScalePlacement]
    /// What a first message to a client here needs; read by the message check's culture hints.
    /// Optional in the type so that a file without it is named by validation, not a decoder error.
    public var firstMessage: FirstMessage?

    public var id: String { code }
    /// "the Netherlands", "Germany": for "a client from …".
    public var sentenceName: String { inSentence ?? name }

    public init(code: String, name: String, languages: [String], sections: [String: String], phrases: [Phrase], scales: [String: ScalePlacement]) {
        self.code = code; self.name = name; self.languages = languages
        self.sections = sections; self.phrases = phrases; self.scales = scales
    }

    public func section(_ section: BriefSection) -> String { sections[section.rawValue] ?? "" }
    public func placement(_ scale: CultureScale) -> ScalePlacement? { scales[scale.rawValue] }
    /// The position on a scale; every loaded brief has all of them (validation).
    public func position(_ scale: CultureScale) -> Int { placement(scale)?.position ?? 5 }
    /// The first phrase for a use ("hello", "thanks"), in the country's first language.
    public func phrase(_ use: PhraseUse) -> Phrase? { phrases.first { $0.use == use } }
}

/// How a first message to a client in a country opens, as two plain choices taken from the
/// brief's names and e-mail sections, so the culture hints read data, not country codes.
public struct FirstMessage: Codable, Sendable, Equatable {
    public enum Names: String, Codable, Sendable { case formal, firstNames = "first-names" }
    public enum Greeting: String, Codable, Sendable { case expected, optional }
    /// `formal`: a title with the surname (or the local form) until the client offers first names.
    public var names: Names
    /// `expected`: a message without a greeting line reads as rude.
    public var greeting: Greeting

    public init(names: Names, greeting: Greeting) { self.names = names; self.greeting = greeting }
}

/// The fixed sections of every brief, in the order they are shown.
public enum BriefSection: String, CaseIterable, Codable, Sendable {
    case names
    case disagreeing
    case email
    case punctuality
    case hierarchy
    case smallTalk = "small-talk"
    case workingWeek = "working-week"
    case sayingNo = "saying-no"

    public var title: String {
        switch self {
        case .names: "Names, titles and greetings"
        case .disagreeing: "Disagreeing and giving bad news"
        case .email: "E-mail formality and tone"
        case .punctuality: "Punctuality and deadlines"
        case .hierarchy: "Hierarchy and who decides"
        case .smallTalk: "Small talk and topics to keep away from"
        case .workingWeek: "The working week, hours and seasons"
        case .sayingNo: "Saying no, escalating and apologising"
        }
    }
}

/// A phrase in the country's language (or, for English-speaking countries, a local usage).
public struct Phrase: Codable, Sendable, Equatable {
    public var language: String
    /// What the phrase is for, so the pair scripts can pick a greeting or a thank-you.
    public var use: PhraseUse
    /// In the language's own script.
    public var text: String
    /// Latin letters; required when `text` is not in Latin script.
    public var transliteration: String?
    /// How to say it, in plain English spelling (stressed syllable in capitals).
    public var pronunciation: String
    /// What it means, in English.
    public var meaning: String

    public init(language: String, use: PhraseUse, text: String, transliteration: String? = nil, pronunciation: String, meaning: String) {
        self.language = language; self.use = use; self.text = text
        self.transliteration = transliteration; self.pronunciation = pronunciation; self.meaning = meaning
    }
}

public enum PhraseUse: String, Codable, Sendable, CaseIterable {
    case hello, thanks, please, sorry, goodbye, other
}

/// A country's place on one scale: a position from 1 (the scale's first pole) to 9 (its
/// second), what that means for an agent, the sources the judgement leans on and when it was
/// last reviewed. The positions are Crosswise's own judgement, not another party's scores.
public struct ScalePlacement: Codable, Sendable, Equatable {
    public var position: Int
    public var says: String
    /// Ids in `sources.yaml`.
    public var sources: [String]
    /// yyyy-mm-dd.
    public var reviewed: String

    public init(position: Int, says: String, sources: [String], reviewed: String) {
        self.position = position; self.says = says; self.sources = sources; self.reviewed = reviewed
    }
}

extension String {
    /// "The Philippines" at the start of a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
