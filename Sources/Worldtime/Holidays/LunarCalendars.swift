import Foundation

/// Lunar and lunisolar calendars that place Eid, Lunar New Year and their kin.
///
/// Islamic and Chinese dates are computed with ICU's calendars (Umm al-Qura and the Chinese
/// astronomical calendar), so they work for any year ICU covers. Only the zone-free month and
/// day arithmetic of ICU is used; time zones always come from the IANA data.
enum LunarCalendar: String, Sendable {
    case islamic
    case chinese
    /// The Chinese calendar reckoned at UTC+7 instead of UTC+8; the two differ when a new moon
    /// falls between 16:00 and 17:00 UTC, which ICU cannot express, so those months are listed.
    case vietnamese
    /// The Solar Hijri calendar (Nowruz is its new year, at the March equinox).
    case persian

    /// Gregorian dates in `year` whose lunar month and day are `month`/`day` (zero, one or two).
    func dates(month: Int, day: Int, in year: Int) -> [CivilDate] {
        let table = LunarYearCache.shared.table(self, year: year)
        return table[month * 100 + day] ?? []
    }
}

/// Months whose first day differs between Hanoi (UTC+7) and Beijing (UTC+8) reckoning, 2000-2040,
/// keyed by the Gregorian year and lunar month, giving the shift in days for Vietnam.
private let vietnameseMonthShifts: [Int: [Int: Int]] = [
    // The new moon of 2 February 2030 falls at 16:07 UTC: still the 2nd in Hanoi, the 3rd in Beijing.
    2030: [1: -1],
]

/// One pass over a Gregorian year per calendar, remembered: 365 ICU conversions cost about a
/// millisecond, and the planner asks for the same few years again and again.
final class LunarYearCache: @unchecked Sendable {
    static let shared = LunarYearCache()
    private let lock = NSLock()
    private var tables: [String: [Int: [CivilDate]]] = [:]

    func table(_ calendar: LunarCalendar, year: Int) -> [Int: [CivilDate]] {
        let key = "\(calendar.rawValue)\(year)"
        lock.lock()
        if let cached = tables[key] { lock.unlock(); return cached }
        lock.unlock()
        let table = build(calendar, year: year)
        lock.lock()
        tables[key] = table
        lock.unlock()
        return table
    }

    private func build(_ calendar: LunarCalendar, year: Int) -> [Int: [CivilDate]] {
        let identifier: Calendar.Identifier = switch calendar {
        case .islamic: .islamicUmmAlQura
        case .chinese, .vietnamese: .chinese
        case .persian: .persian
        }
        var icu = Calendar(identifier: identifier)
        icu.timeZone = TimeZone(identifier: "UTC")!
        var table: [Int: [CivilDate]] = [:]
        let first = CivilDate(year: year, month: 1, day: 1).days
        let last = CivilDate(year: year, month: 12, day: 31).days
        // Vietnam's shifted months can pull a date from the neighbouring days, so scan wider.
        let margin = calendar == .vietnamese ? 2 : 0
        for dayNumber in (first - margin)...(last + margin) {
            let parts = icu.dateComponents([.month, .day, .isLeapMonth], from: Date(timeIntervalSince1970: Double(dayNumber) * 86400 + 43200))
            guard let month = parts.month, let day = parts.day else { continue }
            // Leap months of the Chinese calendar hold no holidays we observe.
            if parts.isLeapMonth == true { continue }
            var date = CivilDate(days: dayNumber)
            if calendar == .vietnamese, let shift = vietnameseMonthShifts[date.year]?[month] {
                date = date.adding(days: shift)
            }
            guard date.year == year else { continue }
            table[month * 100 + day, default: []].append(date)
        }
        return table
    }
}

/// Hindu festivals follow the lunisolar Panchang, which ICU does not compute; their dates come
/// from a table (`hindu-festivals.tsv`, made by scripts/refresh-holiday-tables.py from the
/// MIT-licensed python `holidays` package, which follows India's published holiday lists).
enum FestivalTable {
    static let years = 2001...2035

    /// By festival and year; a year can hold two dates (Guru Gobind Singh Jayanti in 2025).
    static let dates: [String: [Int: [CivilDate]]] = {
        guard let url = Bundle.module.url(forResource: "hindu-festivals", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var result: [String: [Int: [CivilDate]]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard let name = fields.first else { continue }
            for field in fields.dropFirst() {
                if let date = CivilDate(iso: field) { result[String(name), default: [:]][date.year, default: []].append(date) }
            }
        }
        return result
    }()

    static func dates(_ festival: String, in year: Int) -> [CivilDate] { dates[festival]?[year] ?? [] }
}
