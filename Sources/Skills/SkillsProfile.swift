import Foundation

/// Where a person stands in each competency, from their evidence only: the latest reading of
/// each source, weighted (see `Evidence.Source.weight`), with the readings kept beside the
/// result so the page can show where a level came from.
public struct SkillsProfile: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var competency: String
        public var name: String
        public var area: String
        /// Weighted level, one decimal; nil when nobody has assessed this competency yet.
        public var level: Double?
        /// The latest reading per source, lead first.
        public var readings: [Evidence]
        /// Level now minus level before the latest self-assessment; nil if either is missing.
        public var change: Double?

        /// The whole level shown on the page and compared with a role's requirement.
        public var wholeLevel: Int? { level.map { Int(min(5, max(1, $0)).rounded()) } }
    }

    public var entries: [Entry]
    /// When the latest self-assessment (the round `change` is measured from) was recorded.
    public var latestRoundAt: Date?

    public func entry(_ competency: String) -> Entry? { entries.first { $0.competency == competency } }
    public var isEmpty: Bool { entries.allSatisfy { $0.level == nil } }

    /// The three highest levels of 3.5 or more: what to lean on and offer to teach.
    public var strengths: [Entry] {
        Array(entries.filter { ($0.level ?? 0) >= 3.5 }.sorted(by: Self.higherFirst).prefix(3))
    }

    /// The three lowest assessed levels below 3.5 that are not strengths.
    public var growthAreas: [Entry] {
        Array(entries.filter { ($0.level ?? 5) < 3.5 }.sorted(by: Self.higherFirst).reversed().prefix(3))
    }

    /// Higher level first; for equal levels, framework order (stable sort keeps it).
    static func higherFirst(_ a: Entry, _ b: Entry) -> Bool { (a.level ?? 0) > (b.level ?? 0) }
}

extension Framework {
    /// The profile of active competencies from `evidence`. Readings of retired competencies
    /// are kept in storage but not shown.
    public func profile(from evidence: [Evidence]) -> SkillsProfile {
        // Change is measured from just before the latest self-assessment (the moment a person
        // asks "have I moved?"); without one, from before the latest round of any source.
        let newest: (Evidence, Evidence) -> Bool = { ($0.recordedAt, $0.batch.uuidString) < ($1.recordedAt, $1.batch.uuidString) }
        let latestRound = evidence.filter { $0.source == .selfAssessment }.max(by: newest) ?? evidence.max(by: newest)
        let before = latestRound.map { round in evidence.filter { $0.batch != round.batch && $0.recordedAt <= round.recordedAt } } ?? []
        let now = Self.latestPerSource(evidence)
        let then = Self.latestPerSource(before)
        let entries = active.map { c in
            let readings = (now[c.id] ?? [:]).values.sorted { ($0.source.weight, $0.recordedAt) > ($1.source.weight, $1.recordedAt) }
            let level = Self.weighted(readings)
            let previous = Self.weighted(Array((then[c.id] ?? [:]).values))
            let change = level.flatMap { l in previous.map { ((l - $0) * 10).rounded() / 10 } }
            return SkillsProfile.Entry(competency: c.id, name: c.name, area: c.area, level: level, readings: readings, change: change)
        }
        return SkillsProfile(entries: entries, latestRoundAt: latestRound?.recordedAt)
    }

    static func latestPerSource(_ evidence: [Evidence]) -> [String: [Evidence.Source: Evidence]] {
        var latest: [String: [Evidence.Source: Evidence]] = [:]
        for reading in evidence {
            if let kept = latest[reading.competency]?[reading.source], kept.recordedAt >= reading.recordedAt { continue }
            latest[reading.competency, default: [:]][reading.source] = reading
        }
        return latest
    }

    static func weighted(_ readings: [Evidence]) -> Double? {
        guard !readings.isEmpty else { return nil }
        let total = readings.reduce(0) { $0 + $1.source.weight }
        let sum = readings.reduce(0) { $0 + $1.level * $1.source.weight }
        return (sum / total * 10).rounded() / 10
    }
}
