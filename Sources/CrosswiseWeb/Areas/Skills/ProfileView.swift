import CrosswiseStore
import Skills

/// What the profile panel shows, for a person's own page and for their lead's view of it.
struct ProfileView {
    struct Reading { let source, level, date: String; let by, comment, example: String? }
    struct Row {
        let name, href, area: String
        let level: String?
        let levelName: String
        let readings: [Reading]
        let change: String?
        let changeClass: String
        let required: String?
        let metClass: String
    }
    struct Chip { let name, level: String }
    struct Gap { let name, have: String; let need: Int }
    struct ReadinessView { let role: String; let met, total, percent: Int; let ready: Bool; let gaps: [Gap] }

    let hasEvidence: Bool
    let radarSVG: String
    let rows: [Row]
    let strengths, growth: [Chip]
    let readiness: ReadinessView?
    let latestRound: String
    let changeNote: String?

    init(framework: Framework, profile: SkillsProfile, records: [EvidenceRecord], target: CareerRole?, dates: DateWords) {
        let byReading = Dictionary(records.map { ("\($0.batch)/\($0.competencyID)/\($0.source)", $0) }, uniquingKeysWith: { a, _ in a })
        let levelNames = Dictionary(framework.levels.map { ($0.level, $0.name) }, uniquingKeysWith: { a, _ in a })
        let readiness = target.map { framework.readiness(of: profile, for: $0) }
        let requirements = Dictionary((readiness?.requirements ?? []).map { ($0.competency, $0) }, uniquingKeysWith: { a, _ in a })
        rows = profile.entries.map { entry in
            let readings = entry.readings.map { reading -> Reading in
                let record = byReading["\(reading.batch)/\(reading.competency)/\(reading.source.rawValue)"]
                let by = reading.source == .selfAssessment ? nil : record?.recordedBy?.name
                return Reading(source: reading.source.label, level: levelText(reading.level), date: dates.short(reading.recordedAt),
                               by: by, comment: record?.comment, example: record?.example)
            }
            let change = entry.change.flatMap { $0 == 0 ? nil : ($0 > 0 ? "+" : "−") + levelText(abs($0)) }
            let requirement = requirements[entry.competency]
            return Row(name: entry.name, href: SkillsRoute.competency(entry.competency).path, area: entry.area,
                       level: entry.level.map(levelText), levelName: entry.wholeLevel.flatMap { levelNames[$0] } ?? "Not assessed",
                       readings: readings, change: change, changeClass: (entry.change ?? 0) > 0 ? "up" : "down",
                       required: requirement.map { String($0.required) },
                       metClass: requirement.map { $0.isMet ? "met" : "unmet" } ?? "")
        }
        hasEvidence = !profile.isEmpty
        let chart = RadarChart(axes: profile.entries.map { RadarChart.Axis(label: shortName($0.name), value: $0.level, target: requirements[$0.competency]?.required) },
                               title: "Levels by competency" + (target.map { ", with what \($0.name) asks for" } ?? ""))
        radarSVG = hasEvidence ? chart.svg() : ""
        strengths = profile.strengths.map { Chip(name: $0.name, level: levelText($0.level ?? 0)) }
        growth = profile.growthAreas.map { Chip(name: $0.name, level: levelText($0.level ?? 0)) }
        self.readiness = readiness.map { r in
            let gaps = r.gaps.prefix(5).map { Gap(name: $0.name, have: $0.current.map(levelText) ?? "not assessed", need: $0.required) }
            return ReadinessView(role: r.role.name, met: r.met, total: r.requirements.count, percent: r.percent, ready: r.isReady, gaps: gaps)
        }
        latestRound = dates.short(profile.latestRoundAt)
        changeNote = profile.entries.contains { $0.change != nil } ? "Change: the profile now against the profile just before the latest self-assessment (\(latestRound))." : nil
    }
}
