/// A clock time as it was typed, keeping what the range rules need: whether it was a bare hour
/// ("5", no minutes, no am/pm, no "h", no leading zero), the one form whose half of the day is
/// left open.
struct WrittenTime: Equatable, Sendable {
    let time: ClockTime
    let isBareHour: Bool

    /// The same hour twelve hours later (5 → 17:00), when it is still a time of day.
    var afternoon: ClockTime? { isBareHour && time.hour < 12 ? ClockTime(minutes: time.minutes + 720) : nil }

    /// Reads "09:00", "9:00", "9", "9am", "9:30 p.m.", "17h", "9h30" (spaces around allowed).
    static func read(_ text: some StringProtocol) throws(ScheduleError) -> WrittenTime {
        // Bytes, not Characters: schedules are parsed for every person on every page.
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        // Made only for an error: schedules that read cleanly allocate no string.
        var written: String { String(decoding: bytes[start..<end], as: UTF8.self) }
        var at = start
        func digits(max: Int) -> (value: Int, count: Int) {
            var value = 0, count = 0
            while at < end, count < max, (0x30...0x39).contains(bytes[at]) {
                value = value * 10 + Int(bytes[at] - 0x30)
                at += 1
                count += 1
            }
            return (value, count)
        }
        let hour = digits(max: 2)
        guard hour.count > 0 else { throw .malformedTime(written) }
        var minute = 0, hasMinutes = false, isTwentyFourHour = false
        if at < end, bytes[at] == 0x3A || bytes[at] | 0x20 == 0x68 {
            // "9:30" or "9h30"; "17h" may stand alone, "9:" may not.
            let isColon = bytes[at] == 0x3A
            isTwentyFourHour = !isColon
            at += 1
            let read = digits(max: 2)
            guard read.count == 2 || (!isColon && read.count == 0) else { throw .malformedTime(written) }
            minute = read.value
            hasMinutes = read.count == 2
        }
        while at < end && bytes[at] == 0x20 { at += 1 }
        guard let meridiem = Meridiem(bytes[at..<end]) else { throw .malformedTime(written) }
        if meridiem != .none {
            guard !isTwentyFourHour else { throw .malformedTime(written) }
            guard (1...12).contains(hour.value), minute < 60 else { throw .timeOutOfRange(written) }
            let hour24 = hour.value % 12 + (meridiem == .pm ? 12 : 0)
            return WrittenTime(time: ClockTime(hour: hour24, minute: minute)!, isBareHour: false)
        }
        guard let time = ClockTime(hour: hour.value, minute: minute) else { throw .timeOutOfRange(written) }
        // A leading zero ("09") is how a 24-hour clock writes the hour, so it is not bare.
        let zeroPadded = hour.count == 2 && bytes[start] == 0x30
        return WrittenTime(time: time, isBareHour: !hasMinutes && !isTwentyFourHour && !zeroPadded)
    }
}

/// What follows the digits: nothing, or "am", "a.m.", "a" and their "pm" twins, in any case.
enum Meridiem: Sendable {
    case none, am, pm

    /// Nil for anything else ("9xm").
    init?(_ bytes: ArraySlice<UInt8>) {
        if bytes.isEmpty {
            self = .none
            return
        }
        switch bytes.filter({ $0 != 0x2E }).map({ $0 | 0x20 }) {
        case [0x61], [0x61, 0x6D]: self = .am
        case [0x70], [0x70, 0x6D]: self = .pm
        default: return nil
        }
    }
}
