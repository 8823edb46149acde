import Foundation

/// Where a person stands at a moment, in the one set of words every page uses: Today, the team
/// page, the world clock and the meeting planner. The planner's `Availability` keeps its own
/// cost order and storage codes and borrows its labels from here.
public enum WorkStatus: String, Sendable, CaseIterable {
    case working
    /// Up to two hours before a shift starts.
    case early
    /// Up to two hours after a shift ends.
    case late
    case offShift
    /// The eight hours of sleep before the next shift (with two hours to get ready).
    case sleepHours
    case weekend
    case holiday
    case dayOff

    public var label: String {
        switch self {
        case .working: "working"
        case .early: "early"
        case .late: "late"
        case .offShift: "off shift"
        case .sleepHours: "sleep hours"
        case .weekend: "weekend"
        case .holiday: "holiday"
        case .dayOff: "day off"
        }
    }

    /// A client has business hours, never a shift or sleep of its own: open, closed or a
    /// public holiday where its office is.
    public var clientLabel: String {
        switch self {
        case .working: "business hours"
        case .holiday: "holiday"
        default: "closed"
        }
    }

    /// The stylesheet's colour for the status: "ok", "warn", "night" or "off".
    public var tone: String {
        switch self {
        case .working: "ok"
        case .early, .late: "warn"
        case .sleepHours: "night"
        case .offShift, .weekend, .holiday, .dayOff: "off"
        }
    }

    /// The planner's reading in these words; "in another meeting" is not a status of a person's
    /// day, so a busy moment reads as working.
    public init(_ availability: Availability) {
        switch availability {
        case .working, .busy: self = .working
        case .early: self = .early
        case .late: self = .late
        case .offShift: self = .offShift
        case .weekend: self = .weekend
        case .night: self = .sleepHours
        case .holiday: self = .holiday
        case .dayOff: self = .dayOff
        }
    }

    /// The status of a schedule at an instant, read exactly as the meeting planner reads it.
    public static func at(_ instant: Date, schedule: WorkSchedule) -> WorkStatus {
        let participant = Participant(key: "status", name: "", schedule: schedule)
        return WorkStatus(WorldClock.reading(participant, at: Int64(instant.timeIntervalSince1970.rounded(.down))).availability)
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
