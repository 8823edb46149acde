import Foundation
import Worldtime

/// Writing about time that readers in another zone will misread: a time of day with no zone,
/// a numeric date that reads differently in the US and in India or the UK, deadlines such as
/// "EOD" that depend on whose day it is, and zone abbreviations that are ambiguous (IST) or wrong
/// for the season (EST in July). When the writer's and reader's zones are known, a time without
/// a zone is converted for the reader; when they are the same, zone-less times are fine.
public struct TimeCheck: Sendable {
    public var writer: TimeZoneName?
    public var reader: TimeZoneName?
    /// Today, for the season of abbreviations and for converting times (seconds since 1970).
    public var now: Int64

    public init(writer: TimeZoneName? = nil, reader: TimeZoneName? = nil, now: Int64 = Int64(Date().timeIntervalSince1970)) {
        self.writer = writer
        self.reader = reader
        self.now = now
    }

    /// Whether writer and reader are known to share a clock, so zone-less times are safe.
    var sameClock: Bool {
        guard let writer, let reader, let a = writer.rules, let b = reader.rules else { return false }
        return writer == reader || a.utcOffset(at: now) == b.utcOffset(at: now) && a.utcOffset(at: now + 180 * 86400) == b.utcOffset(at: now + 180 * 86400)
    }

    var zonesDiffer: Bool { writer != nil && reader != nil && !sameClock }

    func findings(in text: MessageText) -> [Finding] {
        let (hits, month, day, year) = text.bytes.withUnsafeBufferPointer { buffer in
            var scanner = TimeScanner(p: buffer)
            return (scanner.scan(), scanner.month, scanner.day, scanner.year)
        }
        // Abbreviations are judged for the day the message writes about, or its month, else
        // for today.
        let season = month.map { TimeCheck.noon(month: $0, day: day, year: year, after: now) } ?? now
        // One warning per ambiguous abbreviation is enough: "IST" twice is one question.
        var seen: Set<String> = []
        return hits.compactMap { hit in
            if case .zoneAbbreviation(let code) = hit.kind, !seen.insert(code).inserted { return nil }
            return finding(for: hit, in: text, season: season)
        }
    }

    func finding(for hit: TimeScanner.Hit, in text: MessageText, season: Int64) -> Finding? {
        let span = text.locate(Span(start: hit.start, end: hit.end))
        let written = String(decoding: text.bytes[hit.start..<hit.end], as: UTF8.self)
        switch hit.kind {
        case .clock(let minute):
            if sameClock { return nil }
            if let writer, let reader, let there = convert(minute, from: writer, to: reader) {
                return Finding(check: "time.no-zone", category: .time, severity: .warning, span: span,
                               message: "“\(written)” has no time zone and your reader is in \(reader.city): \(ClockTime(minutes: minute)!.text) in \(writer.city) is \(there) there.",
                               replacements: ["\(written) \(writer.city) time (\(there) \(reader.city) time)"])
            }
            let example = "\(written) \(writer?.city ?? "Manila") time"
            return Finding(check: "time.no-zone", category: .time, severity: .suggestion, span: span,
                           message: "“\(written)” has no time zone; readers in other zones will have to guess. Add a city or zone, as in “\(example)”.",
                           replacements: writer == nil ? [] : [example])
        case .ambiguousDate(let first, let second, let year):
            let us = TimeCheck.dateText(day: second, month: first, year: year), rest = TimeCheck.dateText(day: first, month: second, year: year)
            return Finding(check: "time.ambiguous-date", category: .time, severity: .warning, span: span,
                           message: "“\(written)” is \(us) in the US (and often in the Philippines) but \(rest) in India, the UK and most of the world; write the month as a word.",
                           replacements: [us, rest])
        case .relativeDeadline:
            if sameClock { return nil }
            let whose = writer.map { "\($0.city)'s" } ?? "whose"
            var message = "“\(written)” depends on \(whose) day; give the time and zone, for example “by 17:00 \(writer?.city ?? "London") time”."
            if let writer, let reader, let there = convert(17 * 60, from: writer, to: reader) {
                message += " 17:00 in \(writer.city) is \(there) in \(reader.city)."
            }
            return Finding(check: "time.relative-deadline", category: .time, severity: zonesDiffer || writer == nil ? .warning : .suggestion,
                           span: span, message: message)
        case .zoneAbbreviation(let code):
            return abbreviationFinding(code, span: span, at: season)
        }
    }

    /// The reader's clock ("07:00", or "07:00 Tue" when the date differs) for a minute of
    /// today on the writer's clock.
    func convert(_ minute: Int, from writer: TimeZoneName, to reader: TimeZoneName) -> String? {
        guard let rules = writer.rules else { return nil }
        let today = LocalTime(secondsSince1970: now, in: writer)
        let date = CivilDate(year: today.year, month: today.month, day: today.day)
        let instant = rules.resolve(local: Int64(date.days) * 86400 + Int64(minute) * 60).instant
        let there = LocalTime(secondsSince1970: instant, in: reader)
        let sameDay = there.year == today.year && there.month == today.month && there.day == today.day
        return sameDay ? there.clockText : "\(there.clockText) \(CivilDate(year: there.year, month: there.month, day: there.day).weekday.shortName)"
    }

    /// Noon UTC on the day written (the 15th when only the month is), in the year written or the
    /// one that makes it the next such month from `now` (or this one).
    static func noon(month: Int, day: Int?, year: Int?, after now: Int64) -> Int64 {
        guard let day, (1...31).contains(day) else { return middle(of: month, after: now) }
        let today = CivilDate(days: Int(now / 86400))
        let y = year ?? (month >= today.month ? today.year : today.year + 1)
        return Int64(CivilDate(year: y, month: month, day: min(day, 28 + (month == 2 ? 0 : 2))).days) * 86400 + 43200
    }

    /// The 15th of `month` at noon UTC, in the year that makes it the next such month from `now`
    /// (or this one).
    static func middle(of month: Int, after now: Int64) -> Int64 {
        let today = CivilDate(days: Int(now / 86400))
        let year = month >= today.month ? today.year : today.year + 1
        return Int64(CivilDate(year: year, month: month, day: 15).days) * 86400 + 43200
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static func dateText(day: Int, month: Int, year: Int?) -> String {
        "\(day) \(monthNames[month - 1])" + (year.map { " \($0)" } ?? "")
    }
}
