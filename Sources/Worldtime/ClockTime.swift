/// A time of day on a wall clock, to the minute: "09:00", "21:30".
///
/// "24:00" is allowed as the end of a range so that a shift can run to midnight exactly.
public struct ClockTime: Hashable, Comparable, Sendable {
    /// Minutes since midnight, 0 ... 1440.
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses "9:00", "09:00" or "0930"-free forms; rejects "25:00" and "9:75".
    public static func parse(_ text: String) throws(ScheduleError) -> ClockTime {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]) else {
            throw .malformedTime(trimmed)
        }
        guard let time = ClockTime(hour: hour, minute: minute) else { throw .timeOutOfRange(trimmed) }
        return time
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// "09:00"
    public var text: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }
}
