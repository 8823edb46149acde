/// One line of the holiday book: when a holiday falls, what it is called, and how it moves
/// when it lands on a weekend.
struct HolidayRule: Sendable {
    var date: RuleDate
    /// Days added after the date is found: Good Friday is Easter -2, "day after" is +1.
    var offset = 0
    /// Days added in leap years only: solar festivals that fall a day earlier after 29 February.
    var leapShift = 0
    var name: String
    /// A substitute day off added when the holiday falls on certain weekdays.
    var observe: ShiftRule?
    /// The holiday itself moves (Colombia's Monday holidays); the original day is not off.
    var move: ShiftRule?
    /// The first year the substitute or move rule applies (laws change).
    var shiftFrom: Int?
    var from: Int?
    var until: Int?
    /// Years in which it happens, as (period, a year it happened): elections every four years.
    var every: (period: Int, base: Int)?
    var only: Set<Int>?
    /// Years it did not happen, or happened on a date listed separately.
    var except: Set<Int> = []

    func shifts(in year: Int) -> Bool { shiftFrom.map { year >= $0 } ?? true }

    func applies(in year: Int) -> Bool {
        if let from, year < from { return false }
        if let until, year > until { return false }
        if let every, (year - every.base) % every.period != 0 { return false }
        if let only, !only.contains(year) { return false }
        if except.contains(year) { return false }
        return true
    }
}

/// The ways a holiday's date is fixed.
enum RuleDate: Sendable {
    case fixed(month: Int, day: Int)
    /// The nth weekday of a month; n = -1 is the last.
    case nthWeekday(Int, Weekday, month: Int)
    /// The first `weekday` on or after (or before) a date: "Monday before 25 May".
    case weekdayFrom(Weekday, month: Int, day: Int, forward: Bool)
    case easter(orthodox: Bool)
    case lunar(LunarCalendar, month: Int, day: Int)
    /// A festival from the Hindu lunisolar calendar, read from a table.
    case festival(String)
    /// A single day: an election, a one-off holiday by decree.
    case once(CivilDate)
    /// The Parsi (Shahenshahi) new year: its 365-day year drifts a day earlier every fourth
    /// year from 28 August 1972.
    case parsiNewYear
}

/// What happens to a holiday on each weekday: shift by days, to the next or previous working
/// day, or dropped. Written in the book as "sat-1,sun+1", "sat+w,sun+w", "sat:none".
struct ShiftRule: Sendable, Equatable {
    enum Shift: Sendable, Equatable {
        case days(Int)
        case nextWorkday
        case previousWorkday
        case dropped
    }

    var shifts: [Weekday: Shift]

    static func parse(_ text: some StringProtocol) -> ShiftRule? {
        var shifts: [Weekday: Shift] = [:]
        for part in text.split(separator: ",") {
            guard part.count >= 4, let day = Weekday(text: String(part.prefix(3))) else { return nil }
            let rest = part.dropFirst(3)
            switch rest {
            case "+w": shifts[day] = .nextWorkday
            case "-w": shifts[day] = .previousWorkday
            case ":none": shifts[day] = .dropped
            default:
                guard let n = Int(rest.hasPrefix("+") ? rest.dropFirst() : rest), n != 0 else { return nil }
                shifts[day] = .days(n)
            }
        }
        return shifts.isEmpty ? nil : ShiftRule(shifts: shifts)
    }
}
