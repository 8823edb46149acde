import Foundation

/// An organization's own holiday calendar read from an iCalendar (.ics) file, as exported by
/// Google Calendar, Outlook or an HR system: all-day events (one day or several), timed events
/// (their start date counts), yearly repeats, RDATE and EXDATE, cancelled events left out.
///
/// Anything the reader cannot turn into exact dates is reported with its line number and the
/// whole file is refused, so an import never keeps half a calendar.
public struct HolidayCalendarFile: Sendable {
    public struct Day: Sendable, Hashable {
        public var date: CivilDate
        public var name: String
    }

    /// The calendar's own name (X-WR-CALNAME), if it has one.
    public var name: String?
    /// One entry per date, sorted; two events on one date are joined ("Founders' Day / Town fair").
    public var days: [Day]

    /// Yearly events without an end repeat this many years from their first date; the
    /// organization re-imports long before that runs out.
    public static let yearlyHorizon = 30
    /// A calendar of more dates than this is not a holiday calendar.
    public static let maxDays = 5_000

    public init(parsing text: String) throws(HolidayCalendarError) {
        let lines = HolidayCalendarFile.unfold(text)
        guard lines.contains(where: { HolidayCalendarFile.head($0) == "BEGIN:VCALENDAR" }) else { throw .notICalendar }
        var problems: [LineError] = []
        var events: [[Line]] = []
        var current: [Line]?
        var depth = 0
        for line in lines {
            let upper = HolidayCalendarFile.head(line)
            if upper == "BEGIN:VEVENT" { current = []; depth = 0; continue }
            if upper == "END:VEVENT" { if let event = current { events.append(event) }; current = nil; continue }
            if current != nil {
                // Alarms and other parts nested in an event have properties of their own.
                if upper.hasPrefix("BEGIN:") { depth += 1; continue }
                if upper.hasPrefix("END:") { depth -= 1; continue }
                if depth == 0 { current!.append(line) }
            } else if upper.hasPrefix("X-WR-CALNAME") , let property = Property(line) {
                name = property.value.isEmpty ? nil : HolidayCalendarFile.unescape(property.value)
            }
        }
        guard !events.isEmpty else { throw .noEvents }
        var byDate: [CivilDate: [String]] = [:]
        for event in events {
            for (date, summary) in HolidayCalendarFile.dates(of: event, problems: &problems) {
                if !(byDate[date]?.contains(summary) ?? false) { byDate[date, default: []].append(summary) }
            }
            if byDate.count > HolidayCalendarFile.maxDays { throw .tooManyDays(HolidayCalendarFile.maxDays) }
        }
        guard problems.isEmpty else { throw .problems(problems.map(\.message)) }
        days = byDate.keys.sorted().map { Day(date: $0, name: byDate[$0]!.joined(separator: " / ")) }
    }

    // MARK: Lines and properties

    struct Line { let number: Int; let text: String }

    /// The start of a line, upper-cased, for recognising BEGIN:/END: lines without copying a
    /// long property.
    static func head(_ line: Line) -> String { String(line.text.prefix(64)).uppercased() }

    /// Joins folded lines (a line starting with a space or tab continues the one before) in
    /// one pass over the bytes: each content line is built once, however many pieces it has.
    static func unfold(_ text: String) -> [Line] {
        var lines: [Line] = []
        var pending: [UInt8] = []
        var pendingNumber = 0
        func flush() {
            guard !pending.isEmpty else { return }
            lines.append(Line(number: pendingNumber, text: String(decoding: pending, as: UTF8.self)))
            pending.removeAll(keepingCapacity: true)
        }
        var number = 0
        for raw in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let piece = raw.last == 0x0D ? raw.dropLast() : raw[...]
            guard let first = piece.first else { continue }
            if (first == 0x20 || first == 0x09) && !pending.isEmpty {
                pending.append(contentsOf: piece.dropFirst())
            } else {
                flush()
                pendingNumber = number
                pending.append(contentsOf: piece)
            }
        }
        flush()
        return lines
    }

    struct Property {
        let name: String
        let parameters: [String: String]
        let value: String
        let line: Int

        /// NAME;PARAM=value;PARAM="quoted:value":VALUE, read over the UTF-8 bytes.
        init?(_ line: Line) {
            let text = line.text
            let utf8 = text.utf8
            var parts: [Substring] = []
            var pieceStart = utf8.startIndex
            var quoted = false
            var valueStart: String.Index?
            var index = utf8.startIndex
            while index < utf8.endIndex {
                switch utf8[index] {
                case UInt8(ascii: "\""): quoted.toggle()
                case UInt8(ascii: ":") where !quoted:
                    parts.append(text[pieceStart..<index])
                    valueStart = utf8.index(after: index)
                case UInt8(ascii: ";") where !quoted:
                    parts.append(text[pieceStart..<index])
                    pieceStart = utf8.index(after: index)
                default: break
                }
                if valueStart != nil { break }
                utf8.formIndex(after: &index)
            }
            guard let valueStart else { return nil }
            name = parts[0].uppercased()
            var parameters: [String: String] = [:]
            for part in parts.dropFirst() {
                let pair = part.split(separator: "=", maxSplits: 1)
                if pair.count == 2 { parameters[pair[0].uppercased()] = pair[1].filter { $0 != "\"" } }
            }
            self.parameters = parameters
            value = String(text[valueStart...])
            self.line = line.number
        }
    }

    struct LineError: Error {
        let line: Int
        let text: String
        var message: String { "line \(line): \(text)" }
    }

    /// A value as quoted in a problem: long ones cut, so one huge line cannot flood the page.
    static func shown(_ text: some StringProtocol) -> String {
        text.utf8.count <= 60 ? String(text) : String(text.prefix(60)) + "…"
    }

    // MARK: Dates of one event

    /// The dates of one event; every line that cannot be read adds its own problem (with its
    /// line number) instead of stopping at the first.
    static func dates(of event: [Line], problems: inout [LineError]) -> [(CivilDate, String)] {
        let before = problems.count
        func attempt<T>(_ body: () throws(LineError) -> T) -> T? {
            do { return try body() } catch { problems.append(error); return nil }
        }
        var properties: [String: [Property]] = [:]
        for line in event {
            if let p = Property(line) {
                properties[p.name, default: []].append(p)
            } else {
                problems.append(LineError(line: line.number, text: "“\(shown(line.text))” is not a property (NAME:value)"))
            }
        }
        if properties["STATUS"]?.first?.value.uppercased() == "CANCELLED" { problems.removeSubrange(before...); return [] }
        let summary = properties["SUMMARY"].map { unescape($0[0].value).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } ?? "Holiday"
        let startProperty = properties["DTSTART"]?.first
        if startProperty == nil {
            problems.append(LineError(line: event.first?.number ?? 0, text: "the event “\(shown(summary))” has no DTSTART"))
        }
        let start = startProperty.flatMap { p in attempt { () throws(LineError) in try date(p) } }
        // How many days one occurrence covers: DTEND is exclusive for all-day events.
        var length: Int? = 1
        if let end = properties["DTEND"]?.first {
            let endDate = attempt { () throws(LineError) in try date(end) }
            let isMidnight = end.value.count >= 15 && end.value.dropFirst(9).prefix(6) == "000000"
            let isAllDay = !end.value.contains("T")
            if let start, let endDate {
                length = max(1, endDate.days - start.days + (isAllDay || isMidnight ? 0 : 1))
            } else {
                length = nil
            }
        } else if let duration = properties["DURATION"]?.first {
            length = attempt { () throws(LineError) in try days(duration) }
        }
        if let length, let startProperty, length > 366 {
            problems.append(LineError(line: startProperty.line, text: "“\(shown(summary))” lasts \(length) days; a holiday lasts at most a year"))
        }

        var starts: [CivilDate] = []
        if let start {
            if let rule = properties["RRULE"]?.first {
                starts = attempt { () throws(LineError) in try yearly(rule, from: start) } ?? []
            } else {
                starts = [start]
            }
        }
        for rdate in properties["RDATE"] ?? [] { starts += attempt { () throws(LineError) in try dateList(rdate) } ?? [] }
        var excluded = Set<CivilDate>()
        for exdate in properties["EXDATE"] ?? [] { excluded.formUnion(attempt { () throws(LineError) in try dateList(exdate) } ?? []) }
        // This event's problems in the order of its lines.
        problems[before...].sort { $0.line < $1.line }
        guard problems.count == before, let length, length <= 366 else { return [] }
        if starts.count * length > maxDays {
            problems.append(LineError(line: startProperty?.line ?? 0, text: "“\(shown(summary))” has more than \(maxDays) dates; a holiday calendar has far fewer"))
            return []
        }
        var result: [(CivilDate, String)] = []
        for first in starts where !excluded.contains(first) {
            for offset in 0..<length { result.append((first.adding(days: offset), summary)) }
        }
        return result
    }

    /// The date of DTSTART/DTEND/EXDATE values: 20261225 or 20261225T090000[Z]; a timed value
    /// counts on the date it is written with.
    static func date(_ property: Property) throws(LineError) -> CivilDate {
        guard let date = parseDate(property.value) else {
            throw LineError(line: property.line, text: "\(property.name) “\(shown(property.value))” is not a date (expected 20261225 or 20261225T090000)")
        }
        return date
    }

    static func parseDate(_ value: some StringProtocol) -> CivilDate? {
        let digits = value.prefix(8)
        guard digits.count == 8, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return nil }
        let rest = value.dropFirst(8)
        guard rest.isEmpty || (rest.first == "T" && rest.count >= 7) else { return nil }
        let year = number / 10000, month = number / 100 % 100, day = number % 100
        guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    static func dateList(_ property: Property) throws(LineError) -> [CivilDate] {
        var dates: [CivilDate] = []
        for piece in property.value.split(separator: ",") {
            guard let date = parseDate(piece) else {
                throw LineError(line: property.line, text: "\(property.name) “\(shown(piece))” is not a date")
            }
            dates.append(date)
        }
        return dates
    }

    /// DURATION in whole days or weeks (P1D, P2W); holidays have no shorter length.
    static func days(_ property: Property) throws(LineError) -> Int {
        let value = property.value.uppercased()
        if value.hasPrefix("P"), let unit = value.last, let n = Int(value.dropFirst().dropLast()), n > 0 {
            if unit == "D" { return n }
            // Saturating: any count of weeks past a year is refused by the caller's length check.
            if unit == "W" { return n.multipliedReportingOverflow(by: 7).overflow ? Int.max : 7 * n }
        }
        throw LineError(line: property.line, text: "DURATION “\(shown(property.value))” is not whole days (P1D) or weeks (P1W)")
    }

    /// FREQ=YEARLY with optional INTERVAL, COUNT and UNTIL: the same month and day every year
    /// (a 29 February repeats only in leap years, as RFC 5545 says). Other rules change dates in
    /// ways a holiday list should spell out, so they are refused with a hint.
    static func yearly(_ property: Property, from start: CivilDate) throws(LineError) -> [CivilDate] {
        var parts: [String: String] = [:]
        for piece in property.value.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { parts[pair[0].uppercased()] = pair[1].uppercased() }
        }
        let supported: Set<String> = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"]
        guard parts["FREQ"] == "YEARLY", Set(parts.keys).isSubset(of: supported) else {
            throw LineError(line: property.line, text: "RRULE “\(shown(property.value))” is not supported; only FREQ=YEARLY on a fixed date is (export the calendar with one event per date)")
        }
        let interval = Int(parts["INTERVAL"] ?? "1") ?? 0
        let count = parts["COUNT"].map { Int($0) ?? 0 }
        let until = parts["UNTIL"].flatMap(parseDate)
        guard interval >= 1, count.map({ $0 >= 1 }) ?? true, parts["UNTIL"] == nil || until != nil else {
            throw LineError(line: property.line, text: "RRULE “\(shown(property.value))” has a bad INTERVAL, COUNT or UNTIL")
        }
        var dates: [CivilDate] = []
        var year = start.year
        var occurrences = 0
        while year <= start.year + yearlyHorizon {
            if let count, occurrences >= count { break }
            if start.day <= CivilDate.daysIn(month: start.month, year: year) {
                let date = CivilDate(year: year, month: start.month, day: start.day)
                if let until, date > until { break }
                dates.append(date)
                occurrences += 1
            }
            // An interval past the horizon leaves only the first date, and must not overflow.
            year += min(interval, yearlyHorizon + 1)
        }
        return dates
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for ch in text {
            if escaping {
                out.append(ch == "n" || ch == "N" ? "\n" : ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}

public enum HolidayCalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    case notICalendar
    case noEvents
    case tooManyDays(Int)
    case problems([String])

    public var description: String {
        switch self {
        case .notICalendar: "this is not an iCalendar file (there is no BEGIN:VCALENDAR line); export the calendar as .ics and try again"
        case .noEvents: "the calendar has no events"
        case .tooManyDays(let n): "the calendar has more than \(n) dates; a holiday calendar has far fewer"
        case .problems(let list): list.joined(separator: "; ")
        }
    }

    /// Each problem on its own, for a list on a page.
    public var messages: [String] {
        if case .problems(let list) = self { return list }
        return [description]
    }
}
