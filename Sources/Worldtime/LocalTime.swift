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

    /// Reads the clock from the IANA rules (`TimeZoneDatabase`), not from Foundation's
    /// `TimeZone`, whose ICU data lags behind (see TimeZoneDatabase).
    public init(_ instant: Date, in zone: TimeZoneName) {
        self.init(secondsSince1970: Int64(instant.timeIntervalSince1970.rounded(.down)), in: zone)
    }

    public init(secondsSince1970 seconds: Int64, in zone: TimeZoneName) {
        let offset = zone.rules?.utcOffset(at: seconds) ?? 0
        let local = seconds + Int64(offset)
        let days = floorDiv(local, 86400)
        let secondOfDay = Int(local - days * 86400)
        let date = CivilDate(days: Int(days))
        year = date.year
        month = date.month
        day = date.day
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        weekday = Weekday(daysSince1970: Int(days))
        utcOffsetSeconds = offset
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
