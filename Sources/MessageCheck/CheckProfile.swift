/// Sensible defaults for where a message is going. A client e-mail gets every check; an
/// internal chat trusts the team's own acronyms and bare requests; a support ticket allows
/// longer, more technical text.
public struct CheckProfile: Sendable, Equatable {
    public var name: String
    public var summary: String
    public var disabled: Set<String> = []
    public var severities: [String: Finding.Severity] = [:]
    public var limits = ClarityLimits()
    /// Whether bare orders ("send me the file") are flagged: to a client they read as rude.
    public var clientFacing = true

    public static let clientEmail = CheckProfile(name: "client-email", summary: "A message to a client abroad: every check, plain-English limits")

    public static let internalChat: CheckProfile = {
        var profile = CheckProfile(name: "internal-chat", summary: "Chat inside the team: shared acronyms and short requests are fine; short paragraphs")
        profile.disabled = ["clarity.acronym", "clarity.readability", "tone.demand", "clarity.jargon"]
        profile.clientFacing = false
        profile.limits.longSentence = 30
        profile.limits.wallOfText = 60
        return profile
    }()

    public static let supportTicket: CheckProfile = {
        var profile = CheckProfile(name: "support-ticket", summary: "A ticket reply or note: technical words allowed, privacy findings are errors")
        profile.limits.longSentence = 30
        profile.limits.veryLongSentence = 45
        profile.limits.wallOfText = 150
        profile.limits.grade = 12
        profile.severities = ["clarity.acronym": .suggestion]
        for check in CheckCatalog.checks where check.id.hasPrefix("privacy.") { profile.severities[check.id] = .error }
        return profile
    }()

    public static let all = [clientEmail, internalChat, supportTicket]

    public static func named(_ name: String) -> CheckProfile? { all.first { $0.name == name } }
}
