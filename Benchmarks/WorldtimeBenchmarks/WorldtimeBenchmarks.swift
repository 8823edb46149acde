import Benchmark
import Foundation
import Worldtime

/// The work behind every Today and team page: parse each person's hours and read their status
/// at one instant. A page for a 250-person team does this 250 times.
let benchmarks: @Sendable () -> Void = {
    zoneLookupBenchmarks()
    plannerBenchmarks()
    placeSearchBenchmarks()
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

/// The same 100,000 (zone, instant) pairs that scripts/compare-zoneinfo.py gives to Python's
/// zoneinfo: six zones, instants spread over 2000-2040.
let zoneLookupBenchmarks: @Sendable () -> Void = {
    let zones = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney", "America/Vancouver", "Europe/Dublin"]
    let rules = zones.map { TimeZoneDatabase.shared.rules(for: $0)! }
    let instants = (0..<100_000).map { Int64(946_684_800) + Int64($0) * 12_622 }
    Benchmark("UTC offset of 100,000 instants (6 zones)", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3))) { _ in
        var sum = 0
        for (index, instant) in instants.enumerated() {
            sum &+= rules[index % rules.count].utcOffset(at: instant)
        }
        blackHole(sum)
    }
}

/// The meeting planner and series rotation on Benchmarks/inputs/planner-50.json, the input
/// scripts/compare-planner.py gives a straightforward Python planner.
struct PlannerInput: Decodable {
    struct Person: Decodable { var name: String; var zone: String; var hours: String; var region: String; var weekend: String? }
    var from: String; var days: Int; var durationMinutes: Int; var stepMinutes: Int; var participants: [Person]

    static func load() -> MeetingRequest {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("inputs/planner-50.json")
        let input = try! JSONDecoder().decode(PlannerInput.self, from: Data(contentsOf: url))
        let people = input.participants.map { p in
            Participant(key: p.name, name: p.name, schedule: WorkSchedule(
                zone: try! TimeZoneName(p.zone), hours: try! WeeklyHours.parse(p.hours),
                weekend: p.weekend.map { try! WeekdaySet.parse($0) }, holidayRegion: p.region))
        }
        return MeetingRequest(participants: people, durationMinutes: input.durationMinutes, from: CivilDate(iso: input.from)!, days: input.days, stepMinutes: input.stepMinutes)
    }
}

let plannerBenchmarks: @Sendable () -> Void = {
    let request = PlannerInput.load()
    // Holiday calendars are computed once per process and kept; warm them like a server would.
    _ = try! MeetingPlanner(request).rank(limit: 10)
    Benchmark("Rank slots: 50 people, 4 weeks, 15-minute steps", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5))) { _ in
        blackHole(try! MeetingPlanner(request).rank(limit: 10))
    }
    var weekly = request
    weekly.days = 1
    let series = SeriesRequest(meeting: weekly, recurrence: .weekly, count: 52)
    _ = try! SeriesPlanner.plan(series)
    Benchmark("Fair rotation: 52 weekly occurrences, 50 people", configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(5))) { _ in
        blackHole(try! SeriesPlanner.plan(series))
    }
}

/// The place picker: reading the bundled places (once per process, on the first search) and a
/// search per keystroke. "zzzq" finds nothing, so it reads every place: the worst case.
let placeSearchBenchmarks: @Sendable () -> Void = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Worldtime/Resources/places.tsv")
    let text = try! String(contentsOf: url, encoding: .utf8)
    let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal]
    Benchmark("Load 12,300 places from places.tsv", configuration: .init(metrics: metrics, maxDuration: .seconds(5))) { _ in
        blackHole(PlaceSearch(tsv: text))
    }
    let places = PlaceSearch(tsv: text)
    let typed = ["b", "ben", "bangalore", "cebu", "KRAKÓW", "toronto", "new yo", "asia/manila", "sao", "zzzq"]
    Benchmark("Search places: 10 queries, limit 10", configuration: .init(metrics: metrics, maxDuration: .seconds(3))) { _ in
        for query in typed { blackHole(places.search(query)) }
    }
    Benchmark("Search places: no match (every place read)", configuration: .init(metrics: metrics, maxDuration: .seconds(3))) { _ in
        blackHole(places.search("zzzq"))
    }
}
