import Benchmark
import Foundation
import Worldtime

/// The work behind every Today and team page: parse each person's hours and read their status
/// at one instant. A page for a 250-person team does this 250 times.
let benchmarks: @Sendable () -> Void = {
    let texts = [
        "Mon-Fri 21:00-06:00", "Mon-Thu 09:00-13:00,14:00-18:00; Fri 09:00-13:00", "Tue-Sat 22:00-07:00",
        "Sun-Thu 07:00-15:00", "Mon-Fri 13:30-22:30", "Mon, Wed, Fri 06:30-15:30",
    ]
    let people = (0..<1000).map { texts[$0 % texts.count] }
    let zones = ["Asia/Manila", "Asia/Kolkata", "Europe/Warsaw", "America/New_York", "Australia/Sydney", "Asia/Dubai"]

    Benchmark("Parse 1,000 people's working hours", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        for text in people {
            blackHole(try WeeklyHours.parse(text))
        }
    }

    let parsed = people.map { try! WeeklyHours.parse($0) }
    let weekend = WeekdaySet([.saturday, .sunday])
    let names = zones.map { try! TimeZoneName($0) }
    Benchmark("Status of 1,000 people at one instant (6 zones)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { benchmark in
        let now = Date()
        let locals = names.map { LocalTime(now, in: $0) }
        for (index, hours) in parsed.enumerated() {
            blackHole(WorkStatus.at(locals[index % locals.count], hours: hours, weekend: weekend))
            blackHole(hours.minutesUntilNextStart(from: locals[index % locals.count]))
        }
    }
}
