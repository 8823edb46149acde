/// A stretch of working time on one day's clock, such as 09:00-17:30.
///
/// When the end is not after the start the range runs overnight: 21:00-06:00 starts on the day
/// it belongs to and ends the next morning. That is how night shifts in Manila and Bengaluru are
/// written by the people who work them, so it is how Crosswise stores them.
public struct TimeRange: Hashable, Sendable {
    public let start: ClockTime
    public let end: ClockTime

    /// 24:00 is the end of the day, so it may end a range (12:00-24:00, or the whole day
    /// 00:00-24:00) but never start one.
    public init(start: ClockTime, end: ClockTime) throws(ScheduleError) {
        guard start.minutes < 1440 else { throw .startsAtEndOfDay("\(start.text)-\(end.text)") }
        guard start.minutes != end.minutes % 1440 || (start.minutes == 0 && end.minutes == 1440) else {
            throw .emptyRange("\(start.text)-\(end.text)")
        }
        self.start = start
        self.end = end
    }

    /// Parses "21:00-06:00", "9-5", "9am-5:30pm", "9h-17h" (spaces and an en dash tolerated).
    public static func parse(_ text: some StringProtocol, after previousEnd: ClockTime? = nil) throws(ScheduleError) -> TimeRange {
        let cleaned = text.contains("–") ? Substring(text.replacingOccurrences(of: "–", with: "-")) : Substring(text)
        guard let dash = cleaned.firstIndex(of: "-"), !cleaned[cleaned.index(after: dash)...].contains("-") else {
            throw .malformedRange(cleaned.trimmingCharacters(in: .whitespaces))
        }
        return try parse(start: cleaned[..<dash], end: cleaned[cleaned.index(after: dash)...], after: previousEnd)
    }

    /// A range from a form's start and end fields, read as `parse(_:after:)` reads "start-end".
    ///
    /// Hours written bare (no minutes, am/pm or "h") leave the half of the day open, and people
    /// who write "9-5" mean 09:00-17:00. So a bare end hour before the start is read in the
    /// afternoon when that puts it after the start: 9-5 is 09:00-17:00, 12-8 is 12:00-20:00,
    /// while 22-6 stays overnight (18:00 is still before 22:00). An end equal to the start is
    /// refused (9-9), and an end with minutes keeps its meaning: 09:00-05:00 runs overnight.
    /// `previousEnd` ends the day's previous range: in "9-12,1-5" the bare start 1 comes before
    /// 12:00, so the second range is 13:00-17:00.
    public static func parse(
        start: some StringProtocol, end: some StringProtocol, after previousEnd: ClockTime? = nil
    ) throws(ScheduleError) -> TimeRange {
        let first = try WrittenTime.read(start), second = try WrittenTime.read(end)
        let typed = "\(start.trimmingCharacters(in: .whitespaces))-\(end.trimmingCharacters(in: .whitespaces))"
        func endTime(after start: ClockTime) -> ClockTime {
            if second.time < start, let later = second.afternoon, later > start { return later }
            return second.time
        }
        var start = first.time
        // Only when the afternoon reading is a daytime range: "13:00-17:00, 9-12" lists the
        // morning second, and 21:00-12:00 is not what anyone meant.
        if let previousEnd, start < previousEnd, let later = first.afternoon, later >= previousEnd, endTime(after: later) > later {
            start = later
        }
        // A start of 13:00 or later says the clock is 24-hour, so a bare end hour before it
        // can be the same evening or the next morning: "17-9" may be 17:00-21:00 or a night
        // shift to 09:00. Guessing saved the evening for people who meant the night, so ask.
        let end = endTime(after: start)
        if start == first.time, start.hour >= 13, end != second.time {
            throw .ambiguousRange(typed: typed, evening: "\(start.text)-\(end.text)", overnight: "\(start.text)-\(second.time.text)")
        }
        return try TimeRange(start: start, end: end)
    }

    public var isOvernight: Bool { end.minutes <= start.minutes }

    /// Length in minutes, counting past midnight for overnight ranges.
    public var minutes: Int { isOvernight ? 1440 - start.minutes + end.minutes : end.minutes - start.minutes }

    /// Start and end as minutes from the start of the day the range belongs to (end may pass 1440).
    var span: Range<Int> { start.minutes..<(start.minutes + minutes) }

    /// "21:00-06:00"
    public var text: String { "\(start.text)-\(end.text)" }
}

import Foundation
