import Foundation

/// What a giver typed, before it is checked. Strings arrive as sent; `check` trims them,
/// removes control characters and bounds their length.
public struct FeedbackDraft: Sendable, Equatable {
    public var receiverID: UUID?
    public var kind: String = ""
    public var situation: String = ""
    public var behaviour: String = ""
    public var impact: String = ""
    public var nextTime: String = ""
    /// Empty for "no competency".
    public var competency: String = ""
    public var visibility: String = ""
    /// The request this answers, when it answers one: then it must go to the asker.
    public var requestID: UUID?

    /// The longest each part may be: enough for a paragraph, short enough to be read.
    public static let partLimit = 1_000

    public init() {}

    struct Checked: Sendable {
        let kind: FeedbackKind
        let situation, behaviour, impact: String
        let nextTime: String?
        let competency: String?
        let visibility: FeedbackVisibility
    }

    /// Every mistake at once, in the giver's words; `competencies` are the framework's ids.
    func check(competencies: Set<String>) throws(ValidationFailure) -> Checked {
        var check = FieldChecker()
        let kind = FeedbackKind(rawValue: kind)
        if kind == nil { check.add(.kind, "Choose praise or a suggestion") }
        let situation = check.required(.situation, situation, label: "The situation", max: Self.partLimit)
        let behaviour = check.required(.behaviour, behaviour, label: "What they did", max: Self.partLimit)
        let impact = check.required(.impact, impact, label: "The impact", max: Self.partLimit)
        var next: String?
        if kind == .suggestion {
            next = check.required(.nextTime, nextTime, label: "What to try next time", max: Self.partLimit)
        }
        let competency = competency.trimmingCharacters(in: .whitespaces)
        if !competency.isEmpty, !competencies.contains(competency) {
            check.add(.competency, "Choose a competency from the list, or none")
        }
        let visibility = FeedbackVisibility(rawValue: visibility)
        if visibility == nil { check.add(.visibility, "Choose who may read this") }
        if receiverID == nil { check.add(.receiver, "Choose who the feedback is for") }
        try check.finish()
        return Checked(kind: kind!, situation: situation, behaviour: behaviour, impact: impact, nextTime: next,
                       competency: competency.isEmpty ? nil : competency, visibility: visibility!)
    }
}
