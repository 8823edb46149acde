import Foundation

/// One rater's answer about one competency: a level from 1 to 5 (or none, for "I can't say")
/// and an optional comment. The name is kept for a lead only; an anonymous group's answers
/// carry none, so nothing built from them can print who wrote what.
public struct RaterAnswer: Sendable, Equatable {
    public var group: RaterGroup
    public var level: Int?
    public var comment: String?
    public var leadName: String?

    public init(group: RaterGroup, level: Int?, comment: String? = nil, leadName: String? = nil) {
        self.group = group
        self.level = level.map { min(5, max(1, $0)) }
        let trimmed = comment?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.comment = trimmed?.isEmpty == false ? trimmed : nil
        self.leadName = group == .lead ? leadName : nil
    }
}

/// A lead's or the person's own answer, shown as given.
public struct NamedAnswer: Sendable, Equatable {
    public var name: String?
    public var level: Int?
    public var comment: String?
}
