/// How far a profile is from a role: each required competency, the level it asks for, the level
/// the person has, and what is still missing.
public struct Readiness: Sendable, Equatable {
    public struct Requirement: Sendable, Equatable {
        public var competency: String
        public var name: String
        public var required: Int
        /// The profile's level, nil when not assessed yet.
        public var current: Double?
        /// Whole levels still to climb: zero when met. Unassessed counts from level 1, since
        /// nothing shows more yet.
        public var gap: Double {
            guard let current else { return Double(required - 1) }
            return max(0, Double(required) - current)
        }
        public var isMet: Bool { (current.map { Int(min(5, max(0, $0)).rounded()) } ?? 0) >= required }
    }

    public var role: CareerRole
    /// Every requirement, in framework order.
    public var requirements: [Requirement]

    public var met: Int { requirements.filter(\.isMet).count }
    public var percent: Int { requirements.isEmpty ? 100 : met * 100 / requirements.count }
    public var isReady: Bool { met == requirements.count }
    /// What stands between: unmet requirements, the largest gap first.
    public var gaps: [Requirement] { requirements.filter { !$0.isMet }.sorted { $0.gap > $1.gap } }
}

extension Framework {
    public func readiness(of profile: SkillsProfile, for role: CareerRole) -> Readiness {
        let requirements = active.compactMap { c -> Readiness.Requirement? in
            guard let required = role.requires[c.id] else { return nil }
            return .init(competency: c.id, name: c.name, required: required, current: profile.entry(c.id)?.level)
        }
        return Readiness(role: role, requirements: requirements)
    }

    /// The roles someone in `role` can move to next, as the framework lists them.
    public func nextRoles(after role: CareerRole) -> [CareerRole] { role.next.compactMap(self.role) }

    /// The first rung of the ladder: the role nobody's `next` points to.
    public var entryRole: CareerRole? {
        let targets = Set(roles.flatMap(\.next))
        return roles.first { !targets.contains($0.id) } ?? roles.first
    }
}
