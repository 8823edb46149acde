import Foundation

/// The wall-clock reading of an instant in one time zone, with what a page needs to show it.
public struct LocalTime: Sendable, Hashable {
    public let weekday: Weekday
    public let hour: Int
    public let minute: Int
    public let year: Int
    public let month: Int
    public let day: Int
    /// Offset from UTC in seconds, daylight saving included.
    public let utcOffsetSeconds: Int

    public init(_ instant: Date, in zone: TimeZoneName) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: instant)
        year = parts.year!
        month = parts.month!
        day = parts.day!
        hour = parts.hour!
        minute = parts.minute!
        weekday = Weekday(gregorianWeekday: parts.weekday!)
        utcOffsetSeconds = zone.timeZone.secondsFromGMT(for: instant)
    }

    public var minuteOfDay: Int { hour * 60 + minute }

    /// "21:05"
    public var clockText: String { ClockTime(minutes: minuteOfDay)!.text }

    /// "UTC+05:30"
    public var offsetText: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let total = abs(utcOffsetSeconds) / 60
        let h = total / 60, m = total % 60
        return "UTC\(sign)\(h < 10 ? "0" : "")\(h):\(m < 10 ? "0" : "")\(m)"
    }

    /// "Mon 23 Nov"
    public var dayText: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekday.shortName) \(day) \(months[month - 1])"
    }

    /// "Good morning" from 05:00, "Good afternoon" from 12:00, "Good evening" from 17:00 and
    /// through the night, which is when night-shift agents arrive.
    public var greeting: String {
        switch hour {
        case 5..<12: "Good morning"
        case 12..<17: "Good afternoon"
        default: "Good evening"
        }
    }
}
