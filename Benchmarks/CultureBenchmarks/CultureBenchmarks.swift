import Benchmark
import Foundation
import Culture

/// Reading and validating the 27 bundled briefs (what the first culture page of a process
/// pays), a pair view with its friction rows and scripts, and the checker's culture hints on a
/// first e-mail. scripts/compare-culture.py loads the same YAML files with PyYAML.
let benchmarks: @Sendable () -> Void = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/Culture/Resources").standardized
    let sources = (try? String(contentsOf: folder.appendingPathComponent("sources.yaml"), encoding: .utf8)) ?? ""
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("briefs").path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    let files: [(name: String, text: String)] = names.map { ($0, (try? String(contentsOf: folder.appendingPathComponent("briefs/\($0)"), encoding: .utf8)) ?? "") }

    Benchmark("Read and validate the 27 briefs (YAML)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 30)) { _ in
        blackHole(try CultureBriefs(sources: sources, briefs: files))
    }

    let briefs = CultureBriefs.builtIn
    let ph = briefs.country("PH")!, de = briefs.country("DE")!, jp = briefs.country("JP")!
    Benchmark("Pair view PH with DE (rows, friction, scripts)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(PairView(yours: ph, theirs: de)) }
    }

    let email = "Hi Kenji,\n\nNo, we cannot move the go-live. The file is attached.\n\nThanks,\nAngelica"
    Benchmark("Culture hints on a first e-mail to Japan", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(CultureHints.check(email, to: jp, firstMessage: true)) }
    }
}
