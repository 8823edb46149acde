/// The per-day working-hours editor: a row for each day of the week, each with a start and an
/// end field per range ("add a split" adds a pair). It reads and writes `WeeklyHours`, so a
/// form filled in this way stores the same canonical text as one typed as text.
public struct WeeklyHoursForm: Hashable, Sendable {
    /// One start-end pair of fields, as typed ("9", "5pm") or as shown ("09:00", "17:00").
    public struct Fields: Hashable, Sendable {
        public var start: String
        public var end: String

        public init(start: String, end: String) {
            self.start = start
            self.end = end
        }

        /// Both fields empty: a split the person added and left blank, which is ignored.
        public var isBlank: Bool { start.allSatisfy(\.isWhitespace) && end.allSatisfy(\.isWhitespace) }
    }

    public struct Row: Hashable, Sendable {
        public let day: Weekday
        /// Empty on a day off.
        public var ranges: [Fields]
    }

    /// Monday to Sunday, always seven rows.
    public var rows: [Row]

    /// Seven empty rows: no working hours yet.
    public init() {
        rows = Weekday.allCases.map { Row(day: $0, ranges: []) }
    }

    /// The rows for existing hours, each range's times in canonical form ("09:00").
    public init(_ hours: WeeklyHours) {
        rows = Weekday.allCases.map { day in
            Row(day: day, ranges: hours.ranges(on: day).map { Fields(start: $0.start.text, end: $0.end.text) })
        }
    }

    /// Sets a day's ranges, as the form's submitted fields for that day arrive.
    public mutating func set(_ day: Weekday, _ ranges: [Fields]) {
        rows[day.rawValue - 1].ranges = ranges
    }

    /// The hours the rows say, read with the same rules as the text form ("9"-"5" is
    /// 09:00-17:00; a later bare start such as "1" after a 12:00 end is 13:00).
    ///
    /// A refusal names the day, so the page can show it beside that row.
    public func hours() throws(WeeklyHoursFormError) -> WeeklyHours {
        var ranges: [Weekday: [TimeRange]] = [:]
        for row in rows {
            var list: [TimeRange] = []
            for fields in row.ranges where !fields.isBlank {
                do {
                    list.append(try TimeRange.parse(start: fields.start, end: fields.end, after: list.last?.end))
                } catch {
                    throw WeeklyHoursFormError(day: row.day, problem: error)
                }
            }
            ranges[row.day] = list
        }
        let hours = WeeklyHours(ranges)
        do {
            try hours.checkNoOverlaps()
        } catch {
            if case .overlappingRanges(let day, _) = error { throw WeeklyHoursFormError(day: day, problem: error) }
            throw WeeklyHoursFormError(day: nil, problem: error)
        }
        return hours
    }
}

/// What is wrong with one row of the working-hours editor.
public struct WeeklyHoursFormError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The row to mark; nil only if a problem belongs to no single day.
    public let day: Weekday?
    public let problem: ScheduleError

    public var description: String { day.map { "\($0.name): \(problem)" } ?? problem.description }
}
