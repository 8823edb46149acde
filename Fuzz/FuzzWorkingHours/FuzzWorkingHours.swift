// libFuzzer target for the schedule texts people type: working hours (`WeeklyHours`, with
// `TimeRange` and `ClockTime`), weekends (`WeekdaySet`), and the engine parts of a `crosswise
// meet --with` participant (zone, hours, @holiday region). The participant spec itself lives in
// the executable (Sources/crosswise/ParticipantSpec.swift); `participant(_:)` below splits the
// text the same way and calls the same engine parsers. Built and run by scripts/fuzz.sh.
import Foundation
import FuzzSupport
import Worldtime

/// Invariants for any input:
/// - read hours have no overlapping ranges on a day, at most a week of minutes, ranges of 1 to
///   1439 minutes, and a canonical text that reads back to the same hours (and the same text),
///   as do the per-day editor's rows (`WeeklyHoursForm`) made from them;
/// - each range is working time at its first minute;
/// - a read clock time is 00:00-24:00 and its text reads back; a weekday set's text reads back;
/// - an accepted zone has rules; an accepted holiday region has holidays for 2026.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    if let hours = try? WeeklyHours.parse(text) { checkHours(hours, from: text) }
    if let days = try? WeekdaySet.parse(text) {
        check((try? WeekdaySet.parse(days.text)) == days, "weekday set “\(days.text)” does not read back")
    }
    if let range = try? TimeRange.parse(text) {
        // 00:00-24:00 is a whole day since 24:00 may end a range.
        check((1...1440).contains(range.minutes), "range \(range.text) lasts \(range.minutes) minutes")
        check((try? TimeRange.parse(range.text)) == range, "range \(range.text) does not read back")
    }
    if let time = try? ClockTime.parse(text) {
        check((0...1440).contains(time.minutes), "clock time of \(time.minutes) minutes")
        check((try? ClockTime.parse(time.text)) == time, "clock time \(time.text) does not read back")
    }
    participant(text)
    return 0
}

func checkHours(_ hours: WeeklyHours, from text: String) {
    check(hours.weeklyMinutes <= 7 * 1440, "\(hours.weeklyMinutes) working minutes in a week")
    for day in Weekday.allCases {
        let list = hours.ranges(on: day)
        for (a, b) in zip(list, list.dropFirst()) {
            check(a.start <= b.start, "\(day) ranges out of order")
            check(a.start.minutes + a.minutes <= b.start.minutes, "\(day): \(a.text) overlaps \(b.text)")
        }
        for range in list {
            // 00:00-24:00 is a whole day since 24:00 may end a range.
        check((1...1440).contains(range.minutes), "range \(range.text) lasts \(range.minutes) minutes")
            if range.start.minutes < 1440 {
                check(hours.isWorking(on: day, atMinute: range.start.minutes), "\(day) \(range.text) is not working time at its start")
            }
        }
    }
    let canonical = hours.text
    guard let again = try? WeeklyHours.parse(canonical) else {
        check(false, "canonical text “\(canonical)” of “\(text)” does not read back")
        return
    }
    check(again == hours, "“\(canonical)” reads back as other hours")
    check((try? WeeklyHoursForm(hours).hours()) == hours, "“\(canonical)” does not survive the per-day editor's rows")
    check(again.text == canonical, "canonical text changes: “\(canonical)” then “\(again.text)”")
}

/// "Asia/Manila 21:00-06:00 @PH" as `ParticipantSpec.inline` reads it.
func participant(_ text: String) {
    var words = text.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
    guard let zoneText = words.first else { return }
    words.removeFirst()
    if let last = words.last, last.hasPrefix("@") {
        words.removeLast()
        if let region = try? PublicHolidays.calendarRegion(String(last.dropFirst())) {
            check((try? PublicHolidays.holidays(in: region, year: 2026)) != nil, "region \(region) is accepted but has no holidays")
            _ = PublicHolidays.usualWeekend(region)
        }
    }
    if let zone = try? TimeZoneName(zoneText) {
        check(zone.rules != nil, "zone \(zone.identifier) is accepted but has no rules")
    }
    var hoursText = words.joined(separator: " ")
    if hoursText.first?.isNumber == true { hoursText = "Mon-Fri " + hoursText }
    if let hours = try? WeeklyHours.parse(hoursText) { checkHours(hours, from: hoursText) }
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
