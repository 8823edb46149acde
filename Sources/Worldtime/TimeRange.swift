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

    /// Parses "21:00-06:00" (spaces and an en dash tolerated).
    public static func parse(_ text: some StringProtocol) throws(ScheduleError) -> TimeRange {
        let cleaned = text.contains("–") ? Substring(text.replacingOccurrences(of: "–", with: "-")) : Substring(text)
        guard let dash = cleaned.firstIndex(of: "-"), !cleaned[cleaned.index(after: dash)...].contains("-") else {
            throw .malformedRange(cleaned.trimmingCharacters(in: .whitespaces))
        }
        return try TimeRange(start: try ClockTime.parse(cleaned[..<dash]), end: try ClockTime.parse(cleaned[cleaned.index(after: dash)...]))
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
