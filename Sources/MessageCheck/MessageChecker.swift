/// Checks one message: privacy (personal data and secrets), time (zones, dates, deadlines),
/// tone (blame, absolutes, dismissive words, sarcasm, bare orders, shouting) and clarity
/// (jargon, idioms, acronyms, passive voice, double negatives, long sentences, walls of text,
/// readability), under a profile and the organization's settings. Findings come back in the
/// order they appear.
public struct MessageChecker: Sendable {
    public var privacy = PrivacyCheck()
    public var time = TimeCheck()
    public var tone = ToneCheck()
    public var clarity = ClarityCheck()
    public private(set) var profile = CheckProfile.clientEmail
    /// Checks (ids, categories or "org") switched off.
    public var disabled: Set<String> = []
    /// Severity changed per check id or category; an id wins over its category.
    public var severities: [String: Finding.Severity] = [:]

    /// `profile` wins over the configuration's own `profile:`; with neither, a client e-mail.
    public init(profile: CheckProfile? = nil, configuration: CheckConfiguration? = nil, disabled: Set<String> = [], time: TimeCheck = TimeCheck()) {
        self.time = time
        let chosen = profile ?? configuration?.profile.flatMap(CheckProfile.named) ?? .clientEmail
        self.profile = chosen
        self.disabled = chosen.disabled
        self.severities = chosen.severities
        clarity.limits = chosen.limits
        if let configuration { apply(configuration) }
        self.disabled.formUnion(disabled)
    }

    mutating func apply(_ configuration: CheckConfiguration) {
        for (id, level) in configuration.checks {
            if let level { severities[id] = level; disabled.remove(id) } else { disabled.insert(id) }
        }
        for (name, value) in configuration.limits {
            switch name {
            case "long-sentence": clarity.limits.longSentence = Int(value)
            case "very-long-sentence": clarity.limits.veryLongSentence = Int(value)
            case "wall-of-text": clarity.limits.wallOfText = Int(value)
            default: clarity.limits.grade = value
            }
        }
        clarity.extra = configuration.book
    }

    public func check(_ text: String) -> [Finding] { analyse(text).findings }

    public func analyse(_ text: String) -> MessageAnalysis {
        let message = MessageText(text)
        let clear = clarity.analyse(message)
        var findings = privacy.findings(in: message) + time.findings(in: message) + tone.findings(in: message, clientFacing: profile.clientFacing) + clear.findings
        findings.removeAll { isOff($0) || ($0.check == "tone.demand" && Courtesy.softens($0.span, in: message)) }
        // A rude idiom ("not rocket science" inside "it's not rocket science") is a tone problem
        // first: one finding for it, not one per list it is on.
        // An acronym inside personal data ("GB29 NWBK 6016 ...") is part of that value.
        let privateSpans = findings.filter { $0.category == .privacy }.map(\.span)
        if !privateSpans.isEmpty {
            findings.removeAll { f in f.check == "clarity.acronym" && privateSpans.contains { $0.start <= f.span.start && f.span.end <= $0.end } }
        }
        let toneSpans = findings.filter { $0.category == .tone && $0.check != "tone.demand" }.map(\.span)
        if !toneSpans.isEmpty {
            findings.removeAll { f in
                (f.check == "clarity.idiom" || f.check == "clarity.jargon" || f.check == "clarity.passive-voice") && toneSpans.contains { $0.start <= f.span.start && f.span.end <= $0.end }
            }
        }
        if !severities.isEmpty {
            for k in findings.indices { findings[k].severity = severity(of: findings[k]) }
        }
        findings.sort { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
        return MessageAnalysis(findings: findings, readability: clear.readability)
    }

    func isOff(_ finding: Finding) -> Bool {
        guard !disabled.isEmpty else { return false }
        if disabled.contains(finding.check) { return true }
        // The organization's own rules answer to "org", not to the built-in category they sit in.
        return finding.check.hasPrefix("org.") ? disabled.contains("org") : disabled.contains(finding.category.rawValue)
    }

    func severity(of finding: Finding) -> Finding.Severity {
        severities[finding.check] ?? (finding.check.hasPrefix("org.") ? severities["org"] : severities[finding.category.rawValue]) ?? finding.severity
    }
}

/// What a check returns: the findings and how readable the whole message is.
public struct MessageAnalysis: Sendable, Equatable, Codable {
    public var findings: [Finding]
    public var readability: Readability

    /// How many findings each check made: what a person's evidence keeps instead of the text.
    public var countsByCheck: [String: Int] {
        findings.reduce(into: [:]) { counts, finding in counts[finding.check, default: 0] += 1 }
    }
}
