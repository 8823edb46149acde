/// The TZ string at the end of a TZif file (POSIX, with the RFC 8536 extensions), which gives a
/// zone's rule for every year after its last listed transition: "EST5EDT,M3.2.0,M11.1.0",
/// "<+0530>-5:30", or Ireland's negative daylight time "IST-1GMT0,M10.5.0,M3.5.0/1".
public struct PosixTZ: Sendable, Hashable {
    public struct Rule: Sendable, Hashable {
        enum Day: Sendable, Hashable {
            /// Jn: day 1...365, February 29 never counted.
            case julian(Int)
            /// n: day 0...365, February 29 counted in leap years.
            case zeroBased(Int)
            /// Mm.w.d: weekday d (0 = Sunday) of week w (5 = last) of month m.
            case monthWeekDay(month: Int, week: Int, weekday: Int)
        }
        let day: Day
        /// Local time of day of the change, in seconds; may be negative or past 24 h.
        let time: Int
    }

    public let standard: TZif.LocalTimeType
    public let daylight: TZif.LocalTimeType?
    let start: Rule?
    let end: Rule?

    public struct ParseError: Error, Equatable {}

    public init(_ text: String) throws(ParseError) {
        var scanner = PosixScanner(Array(text.utf8))
        let stdName = try scanner.name()
        let stdOffset = -(try scanner.offset())
        standard = TZif.LocalTimeType(utcOffset: stdOffset, isDST: false, abbreviation: stdName)
        guard !scanner.atEnd else {
            daylight = nil; start = nil; end = nil
            return
        }
        let dstName = try scanner.name()
        var dstOffset = stdOffset + 3600
        if !scanner.atEnd && scanner.peek != UInt8(ascii: ",") { dstOffset = -(try scanner.offset()) }
        daylight = TZif.LocalTimeType(utcOffset: dstOffset, isDST: true, abbreviation: dstName)
        if scanner.atEnd {
            // POSIX leaves the default to the implementation; this is the one C libraries use.
            start = Rule(day: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200)
            end = Rule(day: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200)
            return
        }
        try scanner.expect(UInt8(ascii: ","))
        start = try scanner.rule()
        try scanner.expect(UInt8(ascii: ","))
        end = try scanner.rule()
        guard scanner.atEnd else { throw ParseError() }
    }

    /// The local time type in force at `instant` (seconds since 1970, UTC).
    public func type(at instant: Int64) -> TZif.LocalTimeType {
        guard let daylight, let start, let end else { return standard }
        // Rules are written in local time of the year as seen in standard time.
        let year = CivilDate(days: Int(floorDiv(instant + Int64(standard.utcOffset), 86400))).year
        let begins = Int64(start.localSeconds(in: year)) - Int64(standard.utcOffset)
        let ends = Int64(end.localSeconds(in: year)) - Int64(daylight.utcOffset)
        if begins <= ends {
            return instant >= begins && instant < ends ? daylight : standard
        }
        // Southern hemisphere: daylight time spans New Year.
        return instant >= begins || instant < ends ? daylight : standard
    }
}

extension PosixTZ.Rule {
    /// Seconds from 1970-01-01 00:00 (local) to the change in `year`.
    func localSeconds(in year: Int) -> Int {
        let dayNumber: Int
        switch day {
        case .julian(let n):
            // Days 1...365 skip February 29: from March on, add the leap day back.
            let leap = CivilDate.isLeap(year) && n >= 60 ? 1 : 0
            dayNumber = CivilDate(year: year, month: 1, day: 1).days + n - 1 + leap
        case .zeroBased(let n):
            dayNumber = CivilDate(year: year, month: 1, day: 1).days + n
        case .monthWeekDay(let month, let week, let weekday):
            let first = CivilDate(year: year, month: month, day: 1).days
            let firstWeekday = Weekday(daysSince1970: first).rawValue % 7  // 0 = Sunday, as in the rule
            var day = first + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let nextMonth = month == 12 ? CivilDate(year: year + 1, month: 1, day: 1).days : CivilDate(year: year, month: month + 1, day: 1).days
            while day >= nextMonth { day -= 7 }
            dayNumber = day
        }
        return dayNumber * 86400 + time
    }
}

/// Division rounding toward minus infinity: the day of a negative instant is the one before.
public func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}

/// Parses the pieces of a TZ string.
private struct PosixScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { atEnd ? nil : bytes[index] }

    mutating func expect(_ byte: UInt8) throws(PosixTZ.ParseError) {
        guard peek == byte else { throw PosixTZ.ParseError() }
        index += 1
    }

    /// "EST" or "<+0530>".
    mutating func name() throws(PosixTZ.ParseError) -> String {
        if peek == UInt8(ascii: "<") {
            index += 1
            let start = index
            while let byte = peek, byte != UInt8(ascii: ">") { index += 1 }
            guard peek == UInt8(ascii: ">") else { throw PosixTZ.ParseError() }
            defer { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        let start = index
        while let byte = peek, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { index += 1 }
        guard index - start >= 3 else { throw PosixTZ.ParseError() }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// [+-]hh[:mm[:ss]] in seconds, with POSIX's sign (positive west of Greenwich).
    mutating func offset() throws(PosixTZ.ParseError) -> Int {
        var sign = 1
        if peek == UInt8(ascii: "+") { index += 1 } else if peek == UInt8(ascii: "-") { sign = -1; index += 1 }
        var seconds = try number() * 3600
        if peek == UInt8(ascii: ":") { index += 1; seconds += try number() * 60 }
        if peek == UInt8(ascii: ":") { index += 1; seconds += try number() }
        return sign * seconds
    }

    mutating func number() throws(PosixTZ.ParseError) -> Int {
        let start = index
        var value = 0
        while let byte = peek, (0x30...0x39).contains(byte) {
            value = value * 10 + Int(byte - 0x30)
            index += 1
        }
        guard index > start else { throw PosixTZ.ParseError() }
        return value
    }

    mutating func rule() throws(PosixTZ.ParseError) -> PosixTZ.Rule {
        let day: PosixTZ.Rule.Day
        if peek == UInt8(ascii: "M") {
            index += 1
            let month = try number()
            try expect(UInt8(ascii: "."))
            let week = try number()
            try expect(UInt8(ascii: "."))
            let weekday = try number()
            guard (1...12).contains(month), (1...5).contains(week), (0...6).contains(weekday) else { throw PosixTZ.ParseError() }
            day = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else if peek == UInt8(ascii: "J") {
            index += 1
            let n = try number()
            guard (1...365).contains(n) else { throw PosixTZ.ParseError() }
            day = .julian(n)
        } else {
            let n = try number()
            guard (0...365).contains(n) else { throw PosixTZ.ParseError() }
            day = .zeroBased(n)
        }
        var time = 7200
        if peek == UInt8(ascii: "/") {
            index += 1
            // RFC 8536 allows -167...167 hours here; the sign is the ordinary one.
            time = try offset()
        }
        return PosixTZ.Rule(day: day, time: time)
    }
}
