import Foundation

/// The anonymity rules of a 360 review, applied to one competency's answers.
///
/// Peers, direct reports and clients are shown only as figures of several raters:
///
/// 1. A group with at least its threshold of levels is shown on its own.
/// 2. "Others" is every anonymous rater's level together: the headline figure that the
///    person's own level is compared with. Groups under their threshold are merged into it,
///    when the raters that only "others" holds reach the strictest threshold among them.
/// 3. Nothing may be read by subtraction: others minus the groups shown on their own leaves
///    exactly the merged raters, so when those are too few, a shown group is hidden too (it
///    then counts only inside "others"). Of the ways to do that, the one hiding the fewest
///    groups, then the fewest raters, is taken. When even hiding every group leaves too few,
///    the small groups are hidden instead and "others" is the shown groups alone.
/// 4. Comments of a group under its threshold are never shown, merged or not; the comments
///    that are shown are sorted by their text, so their order says nothing about who answered.
/// 5. The person's own answer and each lead's, with the lead's name, are shown as given.
///
/// A group's size is the number of its raters who gave a level for this competency: a rater
/// who only commented does not make a group big enough to show.
public struct AnonymousResults: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable {
        /// Nobody in the group answered.
        case noRaters
        /// Figures and comments of its own.
        case shown
        /// Too few on its own; its levels count inside "others", its comments are not shown.
        case mergedIntoOthers
        /// Enough raters, but its figures beside "others" would reveal the merged raters; it
        /// counts inside "others" and its comments are shown.
        case hiddenByDifference
        /// Too few even merged: its answers appear nowhere.
        case hidden
    }

    public struct Group: Sendable, Equatable {
        public var group: RaterGroup
        public var status: Status
        /// Only when `status == .shown`.
        public var figures: LevelFigures?
        /// Only when the group reached its threshold.
        public var comments: [String]
    }

    public struct Others: Sendable, Equatable {
        public var figures: LevelFigures
        /// The groups whose levels it holds.
        public var groups: [RaterGroup]
    }

    public var selfAnswer: NamedAnswer?
    public var leads: [NamedAnswer]
    /// Peers, direct reports and clients, in that order, each with its status.
    public var groups: [Group]
    public var others: Others?

    /// The person's own level minus the others' median: above zero, they rate themselves
    /// higher than others do (a blind spot); below, others see more than they do.
    public var selfMinusOthers: Double? {
        guard let own = selfAnswer?.level, let others else { return nil }
        return Double(own) - others.figures.median
    }

    public func group(_ group: RaterGroup) -> Group? {
        groups.first { $0.group == group }
    }

    public init(answers: [RaterAnswer], thresholds: AnonymityThresholds = .standard) {
        selfAnswer = answers.first { $0.group == .selfRating }
            .map { NamedAnswer(name: nil, level: $0.level, comment: $0.comment) }
        leads = answers.filter { $0.group == .lead }
            .map { NamedAnswer(name: $0.leadName, level: $0.level, comment: $0.comment) }

        var levels: [RaterGroup: [Int]] = [:]
        var comments: [RaterGroup: [String]] = [:]
        for answer in answers where answer.group.isAnonymous {
            if let level = answer.level { levels[answer.group, default: []].append(level) }
            if let comment = answer.comment { comments[answer.group, default: []].append(comment) }
        }
        let size = { (group: RaterGroup) in levels[group]?.count ?? 0 }
        let present = RaterGroup.anonymous.filter { size($0) > 0 }
        let large = present.filter { size($0) >= thresholds.minimum(for: $0) }
        let small = present.filter { !large.contains($0) }

        let plan = Self.plan(large: large, small: small, size: size, thresholds: thresholds)
        groups = RaterGroup.anonymous.map { group in
            let status: Status = if size(group) == 0 { .noRaters }
                else if plan.alone.contains(group) { .shown }
                else if plan.byDifference.contains(group) { .hiddenByDifference }
                else if plan.merged { .mergedIntoOthers }
                else { .hidden }
            let reached = status == .shown || status == .hiddenByDifference
            return Group(
                group: group, status: status,
                figures: status == .shown ? LevelFigures(levels[group] ?? []) : nil,
                comments: reached ? (comments[group] ?? []).sorted() : [])
        }
        let counted = present.filter { plan.alone.contains($0) || plan.byDifference.contains($0) || (plan.merged && small.contains($0)) }
        others = LevelFigures(counted.flatMap { levels[$0] ?? [] }).map { Others(figures: $0, groups: counted) }
    }

    private struct Plan {
        var alone: [RaterGroup]
        var byDifference: [RaterGroup]
        var merged: Bool
    }

    /// Chooses which large groups to give up so that "others" minus the groups shown alone
    /// leaves no fewer raters than the strictest threshold among them (or none at all).
    private static func plan(
        large: [RaterGroup], small: [RaterGroup], size: (RaterGroup) -> Int, thresholds: AnonymityThresholds
    ) -> Plan {
        guard !small.isEmpty else { return Plan(alone: large, byDifference: [], merged: false) }
        // At most three groups, so every subset of the large ones can simply be tried.
        let subsets = (0..<(1 << large.count)).map { mask in
            large.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
        }
        let safe = subsets.filter { hidden in
            let residue = small + hidden
            return residue.map(size).reduce(0, +) >= thresholds.minimum(for: residue)
        }
        let best = safe.min { a, b in
            (a.count, a.map(size).reduce(0, +)) < (b.count, b.map(size).reduce(0, +))
        }
        guard let best else { return Plan(alone: large, byDifference: [], merged: false) }
        return Plan(alone: large.filter { !best.contains($0) }, byDifference: best, merged: true)
    }
}
