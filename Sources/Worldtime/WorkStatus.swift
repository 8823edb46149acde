import Foundation

/// Where a person stands right now against their own schedule, for the Today page and team
/// clocks. Holidays and shoulder hours come with the meeting planner; this is the plain reading.
public enum WorkStatus: String, Sendable {
    case working
    case offShift = "off shift"
    case weekend
    /// Midnight to six in the morning and not working: the hours nobody should be called.
    case asleep = "night"

    public static func at(_ local: LocalTime, hours: WeeklyHours, weekend: WeekdaySet) -> WorkStatus {
        if hours.isWorking(on: local.weekday, atMinute: local.minuteOfDay) { return .working }
        if local.hour < 6 { return .asleep }
        if weekend.contains(local.weekday) { return .weekend }
        return .offShift
    }
}

extension WeeklyHours {
    /// Minutes from `local` until the next range starts, looking up to a week ahead; nil when
    /// the schedule is empty.
    public func minutesUntilNextStart(from local: LocalTime) -> Int? {
        var best: Int?
        for offset in 0...7 {
            let day = Weekday(rawValue: (local.weekday.rawValue - 1 + offset) % 7 + 1)!
            for range in ranges(on: day) {
                let wait = offset * 1440 + range.start.minutes - local.minuteOfDay
                if wait > 0, wait < best ?? .max { best = wait }
            }
            if best != nil { break }
        }
        return best
    }
}

/// "in 3 h 20 min", "in 45 min", "in 2 days"
public func durationText(minutes: Int) -> String {
    if minutes < 60 { return "\(minutes) min" }
    if minutes < 48 * 60 {
        let h = minutes / 60, m = minutes % 60
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }
    return "\(minutes / 1440) days"
}
