import Benchmark
import Foundation
import Skills

/// Scoring a complete self-assessment, a profile with readiness and plan from a long evidence
/// history, the radar chart, and the framework's CASE 1.1 and Moodle CSV round trips.
let benchmarks: @Sendable () -> Void = {
    let framework = Framework.builtIn
    var answers = AssessmentAnswers()
    for c in framework.active {
        for i in c.statements.indices { answers.frequencies[AssessmentAnswers.key(c.id, i)] = 1 + (i * 7 + c.id.count) % 5 }
        for s in c.scenarios { answers.choices[s.id] = (s.id.count) % s.options.count }
    }
    // Four sources, 20 rounds each, every competency: 1,440 readings, as a person might gather
    // over five years of quarterly reviews.
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    var evidence: [Evidence] = []
    for round in 0..<20 {
        for (s, source) in Evidence.Source.allCases.enumerated() {
            let batch = UUID()
            for (j, c) in framework.active.enumerated() {
                let step: Int = (j * 7 + s * 3 + round * 5) % 41
                let level: Double = 1 + Double(step) / 10
                let day: Double = Double(round * 91 + s)
                evidence.append(Evidence(competency: c.id, level: level, source: source, recordedAt: start.addingTimeInterval(day * 86_400),
                                         batch: batch, frameworkVersion: 1))
            }
        }
    }
    let role = framework.role("team-lead")!

    Benchmark("Score a complete self-assessment", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(framework.score(answers)) }
    }

    Benchmark("Profile, readiness and plan from 1,440 evidence rows", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations {
            let profile = framework.profile(from: evidence)
            blackHole(framework.readiness(of: profile, for: role))
            blackHole(framework.planGoals(for: profile, towards: role, startingOn: start))
        }
    }

    Benchmark("Radar chart SVG, 18 spokes", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        let profile = framework.profile(from: evidence)
        let chart = RadarChart(axes: profile.entries.map { .init(label: $0.name, value: $0.level, target: role.requires[$0.competency]) }, title: "Levels")
        for _ in benchmark.scaledIterations { blackHole(chart.svg()) }
    }

    Benchmark("Export the framework as CASE JSON and import it again", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))) { _ in
        let data = framework.casePackage().json()
        blackHole(try Framework(casePackage: CASEPackage.decode(data)))
    }

    let case11 = framework.casePackage().json()
    Benchmark("Import the CASE JSON package (decode, build, validate)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5))) { _ in
        blackHole(try Framework(casePackage: CASEPackage.decode(case11)))
    }

    let moodle = framework.moodleCSV()
    Benchmark("Merge-import the Moodle CSV (parse, merge, validate)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5))) { _ in
        blackHole(try framework.merging(moodleCSV: moodle, source: "bench.csv"))
    }
}
