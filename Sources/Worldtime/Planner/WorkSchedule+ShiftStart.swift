import Foundation

extension WorkSchedule {
    /// When a notice for this person should arrive: `now` if they are on shift, otherwise the
    /// start of their next shift on a day that is not a weekend, holiday or day off. Someone
    /// on nights in Manila asked at their 03:00 hears of it at 21:00, not in their sleep.
    /// Someone with no working hours gets it at 09:00 on their next working day (or now,
    /// between 09:00 and 17:00). A schedule with no working day in the next 15 days (a long
    /// leave) answers `now`: the notice should not wait forever.
    public func nextShiftStart(after now: Date) -> Date {
        guard let rules = zone.rules else { return now }
        let instant = Int64(now.timeIntervalSince1970.rounded(.down))
        let local = LocalTime(secondsSince1970: instant, in: zone)
        let today = CivilDate(year: local.year, month: local.month, day: local.day).days
        let nineToFive = [try! TimeRange(start: ClockTime(minutes: 9 * 60)!, end: ClockTime(minutes: 17 * 60)!)]
        var best: Int64?
        // A day back covers an overnight shift that started yesterday and runs now.
        for day in (today - 1)...(today + 15) {
            let date = CivilDate(days: day)
            guard kind(of: date) == .workday else { continue }
            let ranges = hours.isEmpty ? nineToFive : hours.ranges(on: date.weekday)
            for range in ranges {
                let start = rules.resolve(local: Int64(day) * 86400 + Int64(range.start.minutes) * 60).instant
                let end = start + Int64(range.minutes) * 60
                if start <= instant && instant < end { return now }
                if start > instant, best.map({ start < $0 }) ?? true { best = start }
            }
            if best != nil, day > today { break }
        }
        return best.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? now
    }
}
