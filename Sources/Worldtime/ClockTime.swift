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

    /// Parses "9:00" or "09:00" (surrounding spaces allowed); rejects "25:00" and "9:75".
    public static func parse(_ text: some StringProtocol) throws(ScheduleError) -> ClockTime {
        // Read the ASCII digits directly: schedules are parsed for every person on every page.
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        let body = bytes[start..<end]
        func digit(_ b: UInt8) -> Int? { (0x30...0x39).contains(b) ? Int(b - 0x30) : nil }
        guard let colon = body.firstIndex(of: 0x3A), (1...2).contains(colon - start), end - colon == 3,
              let h1 = digit(body[start]), let m1 = digit(body[colon + 1]), let m2 = digit(body[colon + 2]) else {
            throw .malformedTime(String(decoding: body, as: UTF8.self))
        }
        var hour = h1
        if colon - start == 2 {
            guard let h2 = digit(body[start + 1]) else { throw .malformedTime(String(decoding: body, as: UTF8.self)) }
            hour = h1 * 10 + h2
        }
        guard let time = ClockTime(hour: hour, minute: m1 * 10 + m2) else {
            throw .timeOutOfRange(String(decoding: body, as: UTF8.self))
        }
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
