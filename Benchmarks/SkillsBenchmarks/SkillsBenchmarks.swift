import Benchmark
import Foundation
import Skills

/// Scoring a complete self-assessment (every statement and scenario of the built-in framework)
/// and a CASE 1.1 export and re-import of the whole framework.
let benchmarks: @Sendable () -> Void = {
    let framework = Framework.builtIn
    var answers = AssessmentAnswers()
    for c in framework.active {
        for i in c.statements.indices { answers.frequencies[AssessmentAnswers.key(c.id, i)] = 1 + (i * 7 + c.id.count) % 5 }
        for s in c.scenarios { answers.choices[s.id] = (s.id.count) % s.options.count }
    }

    Benchmark("Score a complete self-assessment", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(framework.score(answers)) }
    }

    Benchmark("Export the framework as CASE JSON and import it again", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))) { _ in
        let data = framework.casePackage().json()
        blackHole(try Framework(casePackage: CASEPackage.decode(data)))
    }
}
