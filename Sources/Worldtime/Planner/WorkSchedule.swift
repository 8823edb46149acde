import Foundation

/// Someone's working week as the planner sees it: hours in their own zone, weekend days,
/// the public holidays of where they work, and their own days off.
public struct WorkSchedule: Sendable, Hashable {
    public var zone: TimeZoneName
    public var hours: WeeklyHours
    public var weekend: WeekdaySet
    /// A country or subdivision with a built-in holiday calendar ("IN-KA"), already checked.
    public var holidayRegion: String?
    /// Days from the organization's own calendars (imported .ics), by date.
    public var extraHolidays: [CivilDate: String]
    /// Leave, training days, anything personal.
    public var daysOff: Set<CivilDate>

    public init(zone: TimeZoneName, hours: WeeklyHours, weekend: WeekdaySet? = nil, holidayRegion: String? = nil,
                extraHolidays: [CivilDate: String] = [:], daysOff: Set<CivilDate> = []) {
        self.zone = zone
        self.hours = hours
        self.holidayRegion = holidayRegion
        self.weekend = weekend ?? holidayRegion.map(PublicHolidays.usualWeekend) ?? WeekdaySet([.saturday, .sunday])
        self.extraHolidays = extraHolidays
        self.daysOff = daysOff
    }

    /// What kind of day a local date is for this person.
    public enum DayKind: Sendable, Equatable {
        case workday
        case weekend
        case holiday(String)
        case dayOff
    }

    public func kind(of date: CivilDate) -> DayKind {
        kind(of: date, publicHolidays: holidayRegion.map { HolidayCache.shared.names(region: $0, year: date.year) } ?? [:])
    }

    /// The same with the region's holidays for the date's year already read (loops over many
    /// days read the table once per year).
    func kind(of date: CivilDate, publicHolidays: [CivilDate: String]) -> DayKind {
        if daysOff.contains(date) { return .dayOff }
        if let name = extraHolidays[date] ?? publicHolidays[date] { return .holiday(name) }
        if weekend.contains(date.weekday) { return .weekend }
        return .workday
    }

    public func holidayName(on date: CivilDate) -> String? {
        if let name = extraHolidays[date] { return name }
        guard let region = holidayRegion else { return nil }
        return HolidayCache.shared.names(region: region, year: date.year)[date]
    }

    /// The shift start people plan their sleep around: the most common first start of the week.
    var usualStart: Int {
        var counts: [Int: Int] = [:]
        for day in Weekday.allCases { if let first = hours.ranges(on: day).first { counts[first.start.minutes, default: 0] += 1 } }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 9 * 60
    }
}

/// Holiday names by date for a region and year, computed once per process.
final class HolidayCache: @unchecked Sendable {
    static let shared = HolidayCache()
    private let lock = NSLock()
    private var years: [String: [CivilDate: String]] = [:]

    func names(region: String, year: Int) -> [CivilDate: String] {
        let key = "\(region) \(year)"
        lock.lock()
        if let cached = years[key] { lock.unlock(); return cached }
        lock.unlock()
        var names: [CivilDate: String] = [:]
        for holiday in (try? PublicHolidays.holidays(in: region, year: year).holidays) ?? [] where names[holiday.date] == nil {
            names[holiday.date] = holiday.name
        }
        lock.lock()
        years[key] = names
        lock.unlock()
        return names
    }
}
