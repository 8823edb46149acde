/// The eight scales a brief places each country on, in the spirit of Erin Meyer's Culture Map.
/// Position 1 is the first pole, 9 the second; the positions themselves are ours.
public enum CultureScale: String, CaseIterable, Codable, Sendable {
    case communicating
    case feedback
    case persuading
    case leading
    case deciding
    case trusting
    case disagreeing
    case scheduling

    public static let positions = 1...9

    public var title: String {
        switch self {
        case .communicating: "Communicating"
        case .feedback: "Giving negative feedback"
        case .persuading: "Persuading"
        case .leading: "Leading"
        case .deciding: "Deciding"
        case .trusting: "Trusting"
        case .disagreeing: "Disagreeing"
        case .scheduling: "Scheduling"
        }
    }

    /// What position 1 means.
    public var low: String {
        switch self {
        case .communicating: "low-context (said in words)"
        case .feedback: "direct"
        case .persuading: "principles first"
        case .leading: "egalitarian"
        case .deciding: "consensual"
        case .trusting: "task-based"
        case .disagreeing: "confrontational"
        case .scheduling: "linear time"
        }
    }

    /// What position 9 means.
    public var high: String {
        switch self {
        case .communicating: "high-context (read between the lines)"
        case .feedback: "indirect"
        case .persuading: "applications first"
        case .leading: "hierarchical"
        case .deciding: "top-down"
        case .trusting: "relationship-based"
        case .disagreeing: "avoids confrontation"
        case .scheduling: "flexible time"
        }
    }

    /// "more indirect", "keener on hierarchy": how the pair view says one side leans further.
    public func more(_ pole: Pole) -> String {
        switch (self, pole) {
        case (.communicating, .low): "more explicit"
        case (.communicating, .high): "more implicit"
        case (.feedback, .low): "more direct with criticism"
        case (.feedback, .high): "softer with criticism"
        case (.persuading, .low): "more principles-first"
        case (.persuading, .high): "more applications-first"
        case (.leading, .low): "flatter"
        case (.leading, .high): "more hierarchical"
        case (.deciding, .low): "more consensual"
        case (.deciding, .high): "more top-down in deciding"
        case (.trusting, .low): "more task-based in trusting"
        case (.trusting, .high): "more relationship-based in trusting"
        case (.disagreeing, .low): "more open in disagreement"
        case (.disagreeing, .high): "more careful to avoid open disagreement"
        case (.scheduling, .low): "stricter about time"
        case (.scheduling, .high): "more flexible about time"
        }
    }

    public enum Pole: String, Codable, Sendable { case low, high }
}
