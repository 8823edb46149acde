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

    /// Parses the ways people write a time: "09:00" and "9:00", "9am", "9:30 pm", "12pm" (noon),
    /// "12am" (midnight), "17h" and "9h30", or a bare hour "9". Rejects "25:00", "9:75", "13pm".
    public static func parse(_ text: some StringProtocol) throws(ScheduleError) -> ClockTime {
        try WrittenTime.read(text).time
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
