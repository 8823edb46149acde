import CrosswiseStore
import Foundation

/// `/feedback`: what you received, what you gave and, for a lead, what your team chose to
/// share with their leads. A plain value built from the store's lists.
struct FeedbackPage {
    struct Row { let kind, who, situation, when, href: String; let isPraise: Bool }

    let received, given, shared: [Row]
    let isLead: Bool
    let give = FeedbackRoute.give.path

    init(received: [FeedbackBook.Item], given: [FeedbackBook.Item], shared: [FeedbackBook.Item]?, dates: DateWords) {
        func row(_ item: FeedbackBook.Item, _ who: String) -> Row {
            let entry = item.entry
            return Row(kind: entry.feedbackKind.label, who: who, situation: Self.excerpt(entry.situation), when: dates.short(entry.createdAt),
                       href: FeedbackRoute.entry(entry.id!).path, isPraise: entry.feedbackKind == .praise)
        }
        self.received = received.map { row($0, "From \($0.giverName)") }
        self.given = given.map { row($0, "To \($0.receiverName)") }
        self.shared = (shared ?? []).map { row($0, "\($0.giverName) to \($0.receiverName)") }
        isLead = shared != nil
    }

    /// The first 120 characters, cut at a word.
    static func excerpt(_ text: String) -> String {
        guard text.count > 120 else { return text }
        let cut = text.prefix(120)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}

/// One entry as its reader may see it.
struct FeedbackEntryPage {
    let kind, giver, receiver, when, visibility: String
    let situation, behaviour, impact: String
    let nextTime, competency: String?
    let isPraise: Bool
    let back = FeedbackRoute.home.path

    init(_ item: FeedbackBook.Item, competencyName: String?, dates: DateWords) {
        let entry = item.entry
        kind = entry.feedbackKind.label
        giver = item.giverName
        receiver = item.receiverName
        when = dates.short(entry.createdAt)
        visibility = entry.feedbackVisibility.label
        situation = entry.situation
        behaviour = entry.behaviour
        impact = entry.impact
        nextTime = entry.nextTime
        competency = competencyName
        isPraise = entry.feedbackKind == .praise
    }
}
