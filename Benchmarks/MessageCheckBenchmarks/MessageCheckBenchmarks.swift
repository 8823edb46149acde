import Benchmark
import Foundation
import MessageCheck

/// A 50-word support reply with one phone number and one e-mail address, and 10 MB of such
/// text checked in 1 MiB pieces as `crosswise check` reads a large file.
let benchmarks: @Sendable () -> Void = {
    let message = """
        Hi Dana, thanks for your patience while we looked into the refund for order 48213. \
        The team confirmed the charge was reversed today and you should see it within three \
        to five working days. If anything looks wrong, call me on +63 917 123 4567 or write \
        to support.desk@example.com and quote the ticket number.
        """
    let checker = MessageChecker()

    Benchmark("Check one 50-word message (all checks)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(checker.check(message))
        }
    }

    var big = ""
    while big.utf8.count < 1 << 20 { big += message + "\n" }
    let piece = big
    Benchmark("Check 10 MiB of messages in 1 MiB pieces", configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(5))) { _ in
        for _ in 0..<10 { blackHole(checker.check(piece)) }
    }

    // 100 MB on disk (page cache) read and checked as `crosswise check FILE` does.
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("crosswise-check-100mb.txt").path
    if (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) != 100_000_000 {
        var data = Data(big.utf8)
        while data.count < 100_000_000 { data.append(contentsOf: big.utf8) }
        try? data.prefix(100_000_000).write(to: URL(fileURLWithPath: path))
    }
    // As the CLI does before it reads a big file.
    TextStream.keepLargeBuffersOnTheHeap()
    Benchmark("Check a 100 MB file through TextStream", configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 5)) { _ in
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        var count = 0
        try TextStream(handle: handle, name: path).forEachPiece { text, _, _ in count += checker.check(text).count }
        blackHole(count)
    }
}
