/// A day off for everyone in a country or subdivision.
public struct Holiday: Hashable, Sendable {
    public var date: CivilDate
    public var name: String
    /// A substitute day ("observed") given because the holiday fell on a weekend.
    public var isSubstitute: Bool

    public init(date: CivilDate, name: String, isSubstitute: Bool = false) {
        self.date = date
        self.name = name
        self.isSubstitute = isSubstitute
    }
}

/// The holidays of one region in one year, with anything the reader should know about them.
public struct HolidayYear: Sendable {
    public var region: String
    public var year: Int
    public var holidays: [Holiday]
    /// Said when part of the calendar is not known for that year (table-based festivals).
    public var notes: [String]
}

public enum HolidayError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownRegion(String)
    case notCovered(String)
    case yearOutOfRange(Int)

    public var description: String {
        switch self {
        case .unknownRegion(let code):
            "“\(code)” is not a country or subdivision code; use ISO 3166 codes such as IN, IN-KA, US-NY or GB-SCT"
        case .notCovered(let code):
            "there is no built-in holiday calendar for \(code); built in: \(PublicHolidays.countries.joined(separator: ", ")) (an organization can import its own .ics calendar)"
        case .yearOutOfRange(let year):
            "\(year) is outside the years holidays are computed for (\(PublicHolidays.years.lowerBound)–\(PublicHolidays.years.upperBound))"
        }
    }
}

/// Public holidays computed from the built-in book.
public enum PublicHolidays {
    static let book = HolidayBook.builtIn

    /// The years holidays are computed for.
    public static let years = 1900...2200

    /// The years the Hindu festival table covers; other calendars are computed for any year.
    public static var festivalYears: ClosedRange<Int> { FestivalTable.years }

    /// Countries with a built-in calendar, sorted.
    public static let countries: [String] = book.sections.keys.filter { !$0.contains("-") }.sorted()

    /// Subdivisions with holidays of their own ("US-CA"), sorted.
    public static func subdivisions(of country: String) -> [String] {
        book.sections.keys.filter { $0.hasPrefix(country + "-") }.sorted()
    }

    /// Checks a region code: a covered country, or one of its ISO 3166-2 subdivisions (a
    /// subdivision without holidays of its own gets the national ones).
    public static func region(_ text: String) throws(HolidayError) -> String {
        let typed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let code = Regions.renamed[typed] ?? typed
        let country = String(code.prefix { $0 != "-" })
        guard Regions.countryName(country) != nil, code == country || Regions.subdivisionName(code) != nil else {
            throw .unknownRegion(code)
        }
        guard book.sections[country] != nil else { throw .notCovered(country) }
        return code
    }

    /// The calendar a region actually uses: the subdivision when it has days of its own,
    /// otherwise its country ("PH-00" → "PH"), so people in one calendar group together.
    public static func calendarRegion(_ text: String) throws(HolidayError) -> String {
        let code = try region(text)
        return book.sections[code] != nil ? code : String(code.prefix { $0 != "-" })
    }

    /// The usual weekend where a region's holidays are kept: the state's own when it has one
    /// (Kedah, Kelantan and Terengganu rest on Friday and Saturday), else the country's.
    public static func usualWeekend(_ regionText: String) -> WeekdaySet {
        let code = Regions.renamed[regionText.uppercased()] ?? regionText.uppercased()
        let country = String(code.prefix { $0 != "-" })
        return book.sections[code]?.weekend ?? book.sections[country]?.weekend ?? Regions.defaultWeekend(for: country)
    }

    public static func holidays(in regionText: String, year: Int) throws(HolidayError) -> HolidayYear {
        let region = try region(regionText)
        guard years.contains(year) else { throw .yearOutOfRange(year) }
        let country = String(region.prefix { $0 != "-" })
        let national = book.sections[country]!
        let local = region == country ? nil : book.sections[region]
        // A subdivision's line replaces the national line of the same name (its own substitute rule).
        let replaced = (local?.drops ?? []).union(local?.rules.map(\.name) ?? [])
        let rules = national.rules.filter { !replaced.contains($0.name) } + (local?.rules ?? [])
        let weekend = usualWeekend(region)

        var found: [Holiday] = []
        var notes: Set<String> = []
        // Substitute days cross year ends (New Year's Day on a Saturday is observed on
        // 31 December), so the neighbouring years are computed too and trimmed.
        for y in (year - 1)...(year + 1) {
            var yearNotes: Set<String> = []
            found += evaluate(rules, year: y, weekend: weekend, notes: &yearNotes)
            if y == year { notes = yearNotes }
        }
        let inYear = found.filter { $0.date.year == year }.sorted { ($0.date, $0.isSubstitute ? 1 : 0) < ($1.date, $1.isSubstitute ? 1 : 0) }
        return HolidayYear(region: region, year: year, holidays: inYear, notes: notes.sorted())
    }

    static func evaluate(_ rules: [HolidayRule], year: Int, weekend: WeekdaySet, notes: inout Set<String>) -> [Holiday] {
        var holidays: [(Holiday, HolidayRule)] = []
        for rule in rules where rule.applies(in: year) {
            let dates = baseDates(rule.date, year: year)
            if dates.isEmpty, case .festival(let name) = rule.date {
                notes.insert("\(rule.name) (\(name)) is known for \(FestivalTable.years.lowerBound)–\(FestivalTable.years.upperBound) only; it is missing from \(year).")
            }
            for base in dates {
                var date = base.adding(days: rule.offset + (CivilDate.isLeap(year) ? rule.leapShift : 0))
                if let move = rule.move, rule.shifts(in: year) {
                    guard let moved = shifted(date, by: move, weekend: weekend, taken: []) else { continue }
                    date = moved
                }
                holidays.append((Holiday(date: date, name: rule.name), rule))
            }
        }
        // Substitutes come after every holiday of the year is known, in book order, so that
        // "next working day" skips days that are already off (Christmas, then Boxing Day).
        var taken = Set(holidays.map(\.0.date))
        var result = holidays.map(\.0)
        for (holiday, rule) in holidays {
            guard let observe = rule.observe, rule.shifts(in: year), observe.shifts[holiday.date.weekday] != nil else { continue }
            guard let day = shifted(holiday.date, by: observe, weekend: weekend, taken: taken), day != holiday.date else { continue }
            result.append(Holiday(date: day, name: holiday.name + " (observed)", isSubstitute: true))
            taken.insert(day)
        }
        return result
    }

    static func baseDates(_ date: RuleDate, year: Int) -> [CivilDate] {
        switch date {
        case .fixed(let month, let day):
            guard day <= CivilDate.daysIn(month: month, year: year) else { return [] }
            return [CivilDate(year: year, month: month, day: day)]
        case .nthWeekday(let n, let weekday, let month):
            if n > 0 {
                let first = CivilDate(year: year, month: month, day: 1)
                let gap = (weekday.rawValue - first.weekday.rawValue + 7) % 7
                let date = first.adding(days: gap + 7 * (n - 1))
                return date.month == month ? [date] : []
            }
            let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
            return [last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7))]
        case .weekdayFrom(let weekday, let month, let day, let forward):
            let anchor = CivilDate(year: year, month: month, day: day)
            let gap = forward ? (weekday.rawValue - anchor.weekday.rawValue + 7) % 7 : -((anchor.weekday.rawValue - weekday.rawValue + 7) % 7)
            return [anchor.adding(days: gap)]
        case .easter(let orthodox):
            return [orthodox ? Easter.orthodox(year) : Easter.western(year)]
        case .lunar(let calendar, let month, let day):
            return calendar.dates(month: month, day: day, in: year)
        case .festival(let name):
            return FestivalTable.dates(name, in: year)
        case .once(let date):
            return date.year == year ? [date] : []
        case .parsiNewYear:
            return [CivilDate(year: year, month: 8, day: 28).adding(days: -Int(floorDiv(Int64(year - 1972), 4)))]
        }
    }

    /// Where a holiday lands under a shift rule; nil when the rule drops it.
    static func shifted(_ date: CivilDate, by rule: ShiftRule, weekend: WeekdaySet, taken: Set<CivilDate>) -> CivilDate? {
        guard let shift = rule.shifts[date.weekday] else { return date }
        switch shift {
        case .days(let n): return date.adding(days: n)
        case .dropped: return nil
        case .nextWorkday, .previousWorkday:
            let step = shift == .nextWorkday ? 1 : -1
            var day = date.adding(days: step)
            while weekend.contains(day.weekday) || taken.contains(day) { day = day.adding(days: step) }
            return day
        }
    }
}
