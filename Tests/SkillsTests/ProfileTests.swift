import Foundation
import Testing
@testable import Skills

@Suite struct ProfileTests {
    let framework = Framework.builtIn
    let day = 86_400.0
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    func reading(_ competency: String, _ level: Double, _ source: Evidence.Source, day offset: Double, batch: UUID) -> Evidence {
        Evidence(competency: competency, level: level, source: source, recordedAt: t0 + offset * day, batch: batch, frameworkVersion: 1)
    }

    @Test func aLeadRatingCountsTwiceASelfRatingAndTheLatestOfEachSourceWins() throws {
        let first = UUID(), second = UUID(), lead = UUID()
        let evidence = [
            reading("teamwork", 2, .selfAssessment, day: 0, batch: first),
            reading("teamwork", 3, .selfAssessment, day: 10, batch: second),
            reading("teamwork", 4.5, .lead, day: 5, batch: lead),
        ]
        let entry = try #require(framework.profile(from: evidence).entry("teamwork"))
        // (3 * 1 + 4.5 * 2) / 3 = 4.0; the day-0 self-rating is superseded.
        #expect(entry.level == 4.0)
        #expect(entry.wholeLevel == 4)
        #expect(entry.readings.map(\.source) == [.lead, .selfAssessment])
        // Before the latest round (day 10): self 2 and lead 4.5 -> 3.67 -> 3.7; now 4.0.
        #expect(entry.change == 0.3)
    }

    @Test func unassessedCompetenciesHaveNoLevelAndNoChange() throws {
        let profile = framework.profile(from: [reading("networking", 3, .selfAssessment, day: 0, batch: UUID())])
        #expect(profile.entry("networking")?.level == 3)
        #expect(profile.entry("networking")?.change == nil)
        #expect(profile.entry("teamwork")?.level == nil)
        #expect(profile.entries.count == framework.active.count)
        #expect(!profile.isEmpty)
        #expect(framework.profile(from: []).isEmpty)
    }

    @Test func strengthsAreTheHighestAboveThreeAndAHalfAndGrowthTheLowestBelow() {
        let batch = UUID()
        let levels: [String: Double] = ["teamwork": 4.8, "networking": 1.5, "feedback": 4.1, "adaptability": 3.6,
                                        "data-privacy": 3.9, "time-management": 2.2, "problem-solving": 3.0, "professionalism": 3.4]
        let profile = framework.profile(from: levels.map { reading($0.key, $0.value, .selfAssessment, day: 0, batch: batch) })
        #expect(profile.strengths.map(\.competency) == ["teamwork", "feedback", "data-privacy"])
        #expect(profile.growthAreas.map(\.competency) == ["networking", "time-management", "problem-solving"])
    }

    @Test func readinessListsWhatStandsBetweenLargestGapFirst() throws {
        let batch = UUID()
        let role = try #require(framework.role("senior-associate"))
        var evidence = role.requires.map { reading($0.key, Double($0.value), .selfAssessment, day: 0, batch: batch) }
        evidence.removeAll { ["problem-solving", "networking", "teamwork"].contains($0.competency) }
        evidence.append(reading("problem-solving", 1.4, .selfAssessment, day: 0, batch: batch))
        evidence.append(reading("teamwork", 2.6, .selfAssessment, day: 0, batch: batch))   // rounds to 3: met
        let readiness = framework.readiness(of: framework.profile(from: evidence), for: role)
        #expect(readiness.requirements.count == role.requires.count)
        // problem-solving 3 - 1.4 = 1.6; networking unassessed, 2 - 1 = 1.
        #expect(readiness.gaps.map(\.competency) == ["problem-solving", "networking"])
        #expect(readiness.met == role.requires.count - 2)
        #expect(!readiness.isReady)
        #expect(readiness.percent == (role.requires.count - 2) * 100 / role.requires.count)
    }

    @Test func aPlanTakesTheThreeLargestGapsWithTargetsDatesAndPractice() throws {
        let batch = UUID()
        let role = try #require(framework.role("team-lead"))
        var levels = role.requires.mapValues(Double.init)
        levels["feedback"] = 1.5          // gap 2.5
        levels["data-privacy"] = 2.0      // gap 2
        levels["time-management"] = 3.0  // gap 1
        levels["networking"] = 2.4       // gap 0.6
        let profile = framework.profile(from: levels.map { reading($0.key, $0.value, .selfAssessment, day: 0, batch: batch) })
        let goals = framework.planGoals(for: profile, towards: role, startingOn: t0)
        #expect(goals.map(\.competency) == ["feedback", "data-privacy", "time-management"])
        #expect(goals.map(\.targetLevel) == [4, 4, 4])
        // 2.5 levels * 6 weeks = 15 weeks; 2 -> 12; 1 -> 6 weeks.
        #expect(goals.map(\.due) == [Framework.isoDate(t0 + 105 * day), Framework.isoDate(t0 + 84 * day), Framework.isoDate(t0 + 42 * day)])
        let feedback = try #require(framework.competency("feedback"))
        #expect(goals[0].dos == feedback.dos && goals[0].donts == feedback.donts)
        #expect(goals[0].actions == feedback.practice && goals[0].resources == feedback.resources)
        #expect(goals[0].startLevel == 1.5)
    }

    @Test func someoneReadyForTheRoleGetsStretchGoalsOneLevelUp() throws {
        let batch = UUID()
        let role = try #require(framework.role("associate"))
        let profile = framework.profile(from: role.requires.map { reading($0.key, Double($0.value) + ($0.key == "networking" ? 0 : 1), .selfAssessment, day: 0, batch: batch) })
        #expect(framework.readiness(of: profile, for: role).isReady)
        let goals = framework.planGoals(for: profile, towards: role, startingOn: t0)
        #expect(goals.count == 3)
        #expect(goals[0].competency == "networking" && goals[0].targetLevel == 2)
        #expect(goals.allSatisfy { $0.targetLevel <= 5 && Double($0.targetLevel) > ($0.startLevel ?? 0) })
    }

    @Test func theRadarChartDrawsOneSpokePerCompetencyAndEscapesLabels() {
        let chart = RadarChart(axes: [
            .init(label: "Tea & <biscuits>", value: 3, target: 4),
            .init(label: "B", value: nil, target: 2),
            .init(label: "C", value: 5, target: 3),
            .init(label: "D", value: 1, target: 3),
        ], title: "Levels of “Sam”")
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.components(separatedBy: "class=\"spoke\"").count - 1 == 4)
        #expect(svg.components(separatedBy: "class=\"dot\"").count - 1 == 3)
        #expect(svg.contains("Tea &amp; &lt;biscuits&gt;"))
        #expect(!svg.contains("<biscuits>"))
        #expect(svg.contains("class=\"target\""))
        // Level 5 on the third spoke (pointing down-ish, 180 degrees round a 4-spoke chart) ends at the outer ring.
        #expect(svg.contains("cx=\"340.0\" cy=\"440.0\""))
        #expect(RadarChart(axes: [.init(label: "A", value: 1)], title: "t").svg().isEmpty)
    }
}

extension ProfileTests {
    @Test func changeIsMeasuredFromBeforeTheLatestSelfAssessmentNotALaterRating() throws {
        let first = UUID(), second = UUID(), lead = UUID()
        let evidence = [
            reading("feedback", 2, .selfAssessment, day: 0, batch: first),
            reading("feedback", 3, .selfAssessment, day: 10, batch: second),
            reading("feedback", 3, .lead, day: 12, batch: lead),
        ]
        let profile = framework.profile(from: evidence)
        // Before day 10: self 2 alone. Now: (3 + 3 * 2) / 3 = 3. The lead's later rating is in "now".
        #expect(profile.entry("feedback")?.change == 1)
        #expect(profile.latestRoundAt == t0 + 10 * day)
    }
}
