/// Working hours for each day of the week: one or more ranges a day, overnight ranges allowed.
///
/// The text form is what people type in forms and CSV files and what the database stores:
/// `Mon-Fri 09:00-12:00,13:00-18:00; Sat 10:00-14:00`. Days without an entry are days off.
public struct WeeklyHours: Hashable, Sendable {
    public private(set) var ranges: [Weekday: [TimeRange]]

    public init(_ ranges: [Weekday: [TimeRange]] = [:]) {
        self.ranges = ranges.filter { !$0.value.isEmpty }.mapValues { $0.sorted { $0.start < $1.start } }
    }

    /// Monday to Friday with the same hours, the most common case.
    public static func weekdays(_ range: TimeRange) -> WeeklyHours {
        WeeklyHours(Dictionary(uniqueKeysWithValues: [Weekday.monday, .tuesday, .wednesday, .thursday, .friday].map { ($0, [range]) }))
    }

    public static func parse(_ text: String) throws(ScheduleError) -> WeeklyHours {
        var result: [Weekday: [TimeRange]] = [:]
        for rawGroup in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let group = rawGroup.drop { $0 == " " }
            if group.allSatisfy({ $0 == " " }) { continue }
            // "Mon-Fri 09:00-17:00" or "Mon, Wed 09:00-12:00,13:00-17:00": days, then hours.
            guard let firstDigit = group.firstIndex(where: { $0.isASCII && $0.isNumber }) else {
                throw .malformedRange(group.trimmingCharacters(in: .whitespaces))
            }
            let daysText = group[..<firstDigit]
            guard daysText.contains(where: { $0 != " " }) else { throw .missingDays(group.trimmingCharacters(in: .whitespaces)) }
            let days = try WeekdaySet.parse(String(daysText))
            var dayRanges: [TimeRange] = []
            for piece in group[firstDigit...].split(separator: ",") {
                dayRanges.append(try TimeRange.parse(piece, after: dayRanges.last?.end))
            }
            for day in days.days.sorted() {
                result[day, default: []].append(contentsOf: dayRanges)
            }
        }
        let hours = WeeklyHours(result)
        try hours.checkNoOverlaps()
        return hours
    }

    /// Two ranges of the same day may not overlap: 09:00-13:00 and 12:00-17:00 is a typing slip.
    /// Nor may an overnight range's morning overlap the next day's own hours (Mon 18:00-14:00
    /// with Tue 09:00-17:00), which counted those hours twice and made a day longer than 24.
    func checkNoOverlaps() throws(ScheduleError) {
        for (day, list) in ranges {
            for (a, b) in zip(list, list.dropFirst()) where a.span.overlaps(b.span) {
                throw .overlappingRanges(day, "\(a.text) and \(b.text)")
            }
        }
        for day in Weekday.allCases {
            for a in ranges(on: day) where a.span.upperBound > 1440 {
                let morning = 0..<(a.span.upperBound - 1440)
                if let b = ranges(on: day.next).first(where: { $0.span.overlaps(morning) }) {
                    throw .overlappingRanges(day.next, "\(day.shortName) \(a.text) and \(day.next.shortName) \(b.text)")
                }
            }
        }
    }

    public func ranges(on day: Weekday) -> [TimeRange] { ranges[day] ?? [] }

    public var isEmpty: Bool { ranges.isEmpty }

    /// Total working minutes in a week.
    public var weeklyMinutes: Int { ranges.values.joined().reduce(0) { $0 + $1.minutes } }

    /// Canonical text: consecutive days with the same ranges collapse to "Mon-Fri".
    public var text: String {
        var groups: [(first: Weekday, last: Weekday, ranges: [TimeRange])] = []
        for day in Weekday.allCases {
            guard let list = ranges[day] else { continue }
            if let last = groups.last, last.ranges == list, last.last.next == day {
                groups[groups.count - 1].last = day
            } else {
                groups.append((day, day, list))
            }
        }
        return groups.map { group in
            let days = group.first == group.last ? group.first.shortName : "\(group.first.shortName)-\(group.last.shortName)"
            return "\(days) \(group.ranges.map(\.text).joined(separator: ","))"
        }.joined(separator: "; ")
    }

    /// Whether `minuteOfDay` on `day` falls in working time, counting the tail of an overnight
    /// range that started the day before.
    public func isWorking(on day: Weekday, atMinute minuteOfDay: Int) -> Bool {
        if ranges(on: day).contains(where: { $0.span.contains(minuteOfDay) }) { return true }
        let previous = Weekday(rawValue: (day.rawValue + 5) % 7 + 1)!
        return ranges(on: previous).contains { $0.span.contains(minuteOfDay + 1440) }
    }
}

import Foundation
