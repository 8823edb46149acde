import Benchmark
import CSVFiles
import Foundation

/// Reading a people CSV: the file in `scripts/compare-csv.py` is made the same way, so the
/// Python `csv` module can be timed on identical input.
let benchmarks: @Sendable () -> Void = {
    let text = peopleCSV(rows: 10_000)

    Benchmark("Read a 10,000-row people CSV", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5))) { benchmark in
        blackHole(try CSVTable(text: text))
    }
}

/// 10,000 rows with quoted names, several teams and split shifts, like a real HR export.
func peopleCSV(rows: Int) -> String {
    var lines = ["name,email,role,site,teams,time_zone,country,subdivision,working_hours,weekend,languages"]
    for i in 0..<rows {
        lines.append("\"Reyes, Maria \(i)\",maria.\(i)@example.com,member,Manila – Ortigas,Night Desk;Claims,Asia/Manila,PH,PH-00,\"Mon-Thu 21:00-01:00,02:00-06:00; Fri 21:00-06:00\",Sat;Sun,en;fil")
    }
    return lines.joined(separator: "\n") + "\n"
}
