/// A day of the week, Monday first as in ISO 8601.
///
/// Raw values follow ISO 8601 (Monday = 1 ... Sunday = 7) so that stored schedules and CSV files
/// read the same in every locale.
public enum Weekday: Int, CaseIterable, Sendable, Comparable, Codable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }

    /// "Mon", as written in schedules and CSV files.
    public var shortName: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue - 1]
    }

    public var name: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
    }

    /// Accepts "Mon", "mon", "Monday", "MONDAY" and the three-letter forms people type.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        // Three letters or more of the full name: "tue", "tues", "thurs", "saturday".
        guard key.count >= 3, let day = Weekday.allCases.first(where: { $0.name.lowercased().hasPrefix(key) }) else {
            return nil
        }
        self = day
    }

    /// The weekday of a day counted from 1970-01-01, which was a Thursday.
    init(daysSince1970 days: Int) {
        self = Weekday(rawValue: ((days + 3) % 7 + 7) % 7 + 1)!
    }

    public var next: Weekday { Weekday(rawValue: rawValue % 7 + 1)! }
}

/// A set of weekdays written as "Sat, Sun" or "Fri-Sat".
public struct WeekdaySet: Hashable, Sendable {
    public private(set) var days: Set<Weekday>

    public init(_ days: some Sequence<Weekday>) { self.days = Set(days) }

    public func contains(_ day: Weekday) -> Bool { days.contains(day) }

    /// Parses a list separated by commas, semicolons or spaces, with ranges like "Mon-Fri".
    /// An empty text is an empty set (someone who works every day).
    public static func parse(_ text: String) throws(ScheduleError) -> WeekdaySet {
        var result = Set<Weekday>()
        let parts = text.split(whereSeparator: { ",; ".contains($0) }).map(String.init)
        for part in parts where !part.isEmpty {
            result.formUnion(try parseDays(part))
        }
        return WeekdaySet(result)
    }

    /// "Mon-Fri" (wrapping allowed: "Fri-Mon"), or a single day.
    static func parseDays(_ text: String) throws(ScheduleError) -> [Weekday] {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if ends.count == 1 {
            guard let day = Weekday(text: ends[0]) else { throw .unknownDay(text) }
            return [day]
        }
        guard ends.count == 2, let first = Weekday(text: ends[0]), let last = Weekday(text: ends[1]) else {
            throw .unknownDay(text)
        }
        var days = [first]
        var day = first
        while day != last {
            day = day.next
            days.append(day)
        }
        return days
    }

    /// "Sat, Sun" in week order; "none" when empty.
    public var text: String {
        days.isEmpty ? "" : days.sorted().map(\.shortName).joined(separator: ", ")
    }
}
