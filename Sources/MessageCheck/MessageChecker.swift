/// Checks one message: privacy (personal data and secrets), time (zones, dates, deadlines) and
/// tone (blame, absolutes, dismissive words, sarcasm, bare orders, shouting); clarity checks
/// join here as they are built. Findings come back in the order they
/// appear.
public struct MessageChecker: Sendable {
    public var privacy = PrivacyCheck()
    public var time = TimeCheck()
    public var tone = ToneCheck()
    /// Checks switched off by id ("privacy.ip-address").
    public var disabled: Set<String> = []

    public init(disabled: Set<String> = [], time: TimeCheck = TimeCheck()) {
        self.disabled = disabled
        self.time = time
    }

    public func check(_ text: String) -> [Finding] {
        let message = MessageText(text)
        var findings = privacy.findings(in: message) + time.findings(in: message) + tone.findings(in: message)
        if !disabled.isEmpty { findings.removeAll { disabled.contains($0.check) } }
        return findings.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }
}
