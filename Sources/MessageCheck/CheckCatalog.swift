/// Every check id with one line on what it looks for, for `--list-checks`, SARIF rule
/// descriptions and configuration.
public enum CheckCatalog {
    public static let checks: [(id: String, description: String)] = [
        ("privacy.email", "E-mail addresses"),
        ("privacy.phone", "Phone numbers (E.164; US, Canada, India, Philippines, UK, Australia formats)"),
        ("privacy.card", "Payment card numbers (13-19 digits, Luhn, card brand)"),
        ("privacy.iban", "Bank account numbers as IBAN (country length, mod 97)"),
        ("privacy.us-ssn", "US Social Security numbers"),
        ("privacy.in-aadhaar", "India's Aadhaar numbers (Verhoeff check digit)"),
        ("privacy.in-pan", "India's PAN tax ids"),
        ("privacy.uk-nino", "UK National Insurance numbers"),
        ("privacy.ph-sss", "Philippine SSS numbers"),
        ("privacy.ph-tin", "Philippine tax ids (TIN)"),
        ("privacy.ph-umid", "Philippine UMID numbers"),
        ("privacy.ph-philhealth", "PhilHealth numbers"),
        ("privacy.passport", "Passport numbers after the word \"passport\""),
        ("privacy.ip-address", "IPv4 addresses"),
        ("privacy.secret", "Passwords, API keys and tokens (AWS, GitHub, Slack, JWT, values after \"password:\")"),
        ("privacy.private-key", "Private key blocks"),
        ("privacy.date-of-birth", "Dates of birth after \"born\", \"DOB\" or \"date of birth\""),
        ("time.no-zone", "Times of day without a zone (3pm, 15:30, at 9) when the reader may be elsewhere"),
        ("time.ambiguous-date", "Numeric dates that read differently in the US and elsewhere (03/04/2026)"),
        ("time.relative-deadline", "Deadlines that depend on whose day it is (EOD, COB, tonight)"),
        ("time.ambiguous-zone", "Zone abbreviations with several meanings (IST, CST, BST)"),
        ("time.zone-season", "Zone abbreviations wrong for the time of year (EST while New York is on EDT)"),
        ("tone.blame", "Wording that points at the reader (\"you failed to\", \"as I already said\")"),
        ("tone.absolute", "Sweeping claims about the reader (\"you always\", \"you never\")"),
        ("tone.dismissive", "Words that say the reader should have known (\"obviously\", \"simply\")"),
        ("tone.sarcasm", "Phrases that read as sarcasm (\"thanks for nothing\", \"with all due respect\")"),
        ("tone.demand", "Bare orders (\"send me\", \"do it now\", \"you must\", a sentence opening with \"Send\" and no please)"),
        ("tone.ultimatum", "Threats and ultimatums (\"reply within 24 hours or this ticket will be closed\")"),
        ("tone.shouting", "Runs of words in capitals"),
        ("tone.exclamations", "Several exclamation or question marks in a row"),
        ("clarity.jargon", "Business jargon and buzzwords, with plain words (\"circle back\", \"bandwidth\")"),
        ("clarity.idiom", "Idioms and sports metaphors that do not translate (\"ballpark figure\")"),
        ("clarity.acronym", "Acronyms not spelled out in the message (\"SLA\", \"AHT\")"),
        ("clarity.passive-voice", "Passive voice that hides who acted (\"the refund was rejected\")"),
        ("clarity.double-negative", "Double negatives (\"not unlikely\", \"don't have no\")"),
        ("clarity.long-sentence", "Sentences longer than the profile's limit"),
        ("clarity.wall-of-text", "Paragraphs that run on without a break"),
        ("clarity.readability", "Messages above the profile's reading grade (Flesch-Kincaid)"),
        ("org.glossary", "Terms from your organization's glossary (--config)"),
    ]

    public static func describe(_ id: String) -> String { checks.first { $0.id == id }?.description ?? id }

    /// A short name for each check, for pages: "Jargon", "Time without a zone". Ids stay in
    /// the JSON API, SARIF and configuration; people read names.
    static let names: [String: String] = [
        "privacy.email": "E-mail address",
        "privacy.phone": "Phone number",
        "privacy.card": "Payment card number",
        "privacy.iban": "Bank account (IBAN)",
        "privacy.us-ssn": "US Social Security number",
        "privacy.in-aadhaar": "Aadhaar number",
        "privacy.in-pan": "PAN tax id",
        "privacy.uk-nino": "UK National Insurance number",
        "privacy.ph-sss": "SSS number",
        "privacy.ph-tin": "Philippine tax id",
        "privacy.ph-umid": "UMID number",
        "privacy.ph-philhealth": "PhilHealth number",
        "privacy.passport": "Passport number",
        "privacy.ip-address": "IP address",
        "privacy.secret": "Password or key",
        "privacy.private-key": "Private key",
        "privacy.date-of-birth": "Date of birth",
        "time.no-zone": "Time without a zone",
        "time.ambiguous-date": "Date read two ways",
        "time.relative-deadline": "Deadline on whose day?",
        "time.ambiguous-zone": "Zone with several meanings",
        "time.zone-season": "Zone wrong for the season",
        "tone.blame": "Blame",
        "tone.absolute": "Sweeping claim",
        "tone.dismissive": "Dismissive word",
        "tone.sarcasm": "Sarcasm",
        "tone.demand": "Bare order",
        "tone.ultimatum": "Ultimatum",
        "tone.shouting": "Shouting",
        "tone.exclamations": "Too many ! or ?",
        "clarity.jargon": "Jargon",
        "clarity.idiom": "Idiom",
        "clarity.acronym": "Acronym not spelled out",
        "clarity.passive-voice": "Passive voice",
        "clarity.double-negative": "Double negative",
        "clarity.long-sentence": "Long sentence",
        "clarity.wall-of-text": "Wall of text",
        "clarity.readability": "Hard to read",
        "org.glossary": "Glossary term",
    ]

    /// The check's name; an organization's own "org." check reads as a glossary term, and an
    /// id this release does not know reads as itself.
    public static func name(_ id: String) -> String { names[id] ?? (id.hasPrefix("org.") ? "Glossary term" : id) }

    public static func isKnown(_ id: String) -> Bool { checks.contains { $0.id == id } || id.hasPrefix("org.") }
}
