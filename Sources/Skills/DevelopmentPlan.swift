import Foundation

/// One goal of a development plan: a competency, the level to reach by a date, and what to
/// practise on the way. Stored as written, so the person can edit it and later framework
/// versions do not change a plan already agreed.
public struct PlanGoal: Codable, Sendable, Equatable {
    public var competency: String
    public var name: String
    /// The level when the plan was made, nil if not assessed.
    public var startLevel: Double?
    public var targetLevel: Int
    /// ISO date, "2027-01-15".
    public var due: String
    public var dos: [String]
    public var donts: [String]
    public var actions: [PracticeAction]
    public var resources: [LearningResource]

    public init(competency: String, name: String, startLevel: Double?, targetLevel: Int, due: String, dos: [String], donts: [String],
                actions: [PracticeAction], resources: [LearningResource]) {
        self.competency = competency; self.name = name; self.startLevel = startLevel; self.targetLevel = targetLevel
        self.due = due; self.dos = dos; self.donts = donts; self.actions = actions; self.resources = resources
    }
}

extension Framework {
    /// Goals for moving from `profile` to `role`: the three largest gaps, each with its target
    /// level and a due date six weeks per whole level to climb (at least four weeks, at most
    /// six months). When fewer than three requirements are unmet, the lowest met competencies
    /// the role asks for are stretched one level so the plan still has three goals.
    public func planGoals(for profile: SkillsProfile, towards role: CareerRole, startingOn start: Date, count: Int = 3) -> [PlanGoal] {
        let count = max(0, count)
        let readiness = readiness(of: profile, for: role)
        var picks: [(req: Readiness.Requirement, target: Int)] = readiness.gaps.prefix(count).map { ($0, $0.required) }
        if picks.count < count {
            let stretch = readiness.requirements.filter { $0.isMet && ($0.current ?? 5) < 5 }
                .sorted { ($0.current ?? 0) < ($1.current ?? 0) }
                .prefix(count - picks.count)
                .map { req in (req, min(5, Int(min(5, max(1, req.current ?? 1)).rounded()) + 1)) }
            picks.append(contentsOf: stretch)
        }
        return picks.compactMap { pick in
            guard let c = competency(pick.req.competency) else { return nil }
            let climb = max(1, Double(pick.target) - (pick.req.current ?? 1))
            let weeks = min(26, max(4, Int((climb * 6).rounded(.up))))
            return PlanGoal(competency: c.id, name: c.name, startLevel: pick.req.current, targetLevel: pick.target,
                            due: Self.isoDate(start.addingTimeInterval(Double(weeks) * 7 * 86_400)),
                            dos: c.dos, donts: c.donts, actions: c.practice, resources: c.resources)
        }
    }

    static func isoDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

/// Where a plan is in its life: drafted from the profile, agreed and being worked on, done.
public enum PlanStatus: String, Codable, Sendable, CaseIterable {
    case draft, active, complete

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .active: "Active"
        case .complete: "Complete"
        }
    }
}
