import Foundation
import Testing
@testable import Worldtime

@Suite struct HolidayTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test func bookParses() throws {
        let url = try #require(Bundle.module.url(forResource: "holidays", withExtension: "txt"))
        _ = try HolidayBook.parse(String(contentsOf: url, encoding: .utf8))
        #expect(PublicHolidays.countries.count >= 15)
    }

    @Test func badBookLinesNameTheLine() {
        #expect(throws: HolidayBookError.self) { try HolidayBook.parse("== XX\nmon#9 jan | Never") }
        do {
            _ = try HolidayBook.parse("== XX\n01-01 | New Year | obs")
        } catch { #expect(error.description.hasPrefix("line 2")) }
    }

    @Test func easterDates() {
        #expect(Easter.western(2026) == CivilDate(year: 2026, month: 4, day: 5))
        #expect(Easter.western(2027) == CivilDate(year: 2027, month: 3, day: 28))
        #expect(Easter.orthodox(2026) == CivilDate(year: 2026, month: 4, day: 12))
        #expect(Easter.orthodox(2027) == CivilDate(year: 2027, month: 5, day: 2))
    }

    @Test func substituteDaysCrossTheYearEnd() throws {
        // 1 January 2028 is a Saturday: US federal offices close on Friday 31 December 2027.
        let days = try PublicHolidays.holidays(in: "US", year: 2027).holidays
        #expect(days.last == Holiday(date: CivilDate(year: 2027, month: 12, day: 31), name: "New Year's Day (observed)", isSubstitute: true))
    }

    @Test func christmasAndBoxingDayOnAWeekendTakeMondayAndTuesday() throws {
        let days = try PublicHolidays.holidays(in: "GB-ENG", year: 2027).holidays.filter(\.isSubstitute).map(\.date.description)
        #expect(days.contains("2027-12-27") && days.contains("2027-12-28"))
    }

    @Test func unknownRegionsAreNamed() {
        #expect(throws: HolidayError.unknownRegion("XX")) { try PublicHolidays.holidays(in: "xx", year: 2026) }
        #expect(throws: HolidayError.notCovered("FR")) { try PublicHolidays.holidays(in: "FR", year: 2026) }
        #expect(throws: HolidayError.yearOutOfRange(3000)) { try PublicHolidays.holidays(in: "IN", year: 3000) }
    }

    /// ISO renamed four Indian state codes in 2023; people stored with the old ones keep their
    /// state's holidays.
    @Test func oldIndianStateCodesReadAsTheNewOnes() throws {
        #expect(try PublicHolidays.calendarRegion("IN-OR") == "IN-OD")
        #expect(try Regions.subdivision("in-ut", in: "IN") == "IN-UK")
        let odisha = try PublicHolidays.holidays(in: "IN-OR", year: 2026).holidays.map(\.date.description)
        #expect(odisha.contains("2026-03-27") && !odisha.contains("2026-03-26"))
    }

    @Test func statesWithTheirOwnWeekendGiveItAsTheDefault() throws {
        #expect(PublicHolidays.usualWeekend("MY-02") == WeekdaySet([.friday, .saturday]))
        #expect(PublicHolidays.usualWeekend("MY-10") == WeekdaySet([.saturday, .sunday]))
        #expect(PublicHolidays.usualWeekend("IN-KA") == WeekdaySet([.sunday]))
        let kedah = WorkSchedule(zone: try TimeZoneName("Asia/Kuala_Lumpur"), hours: try WeeklyHours.parse("Sun-Thu 09:00-18:00"), holidayRegion: "MY-02")
        #expect(kedah.kind(of: CivilDate(year: 2026, month: 11, day: 27)) == .weekend)  // a Friday
        #expect(kedah.kind(of: CivilDate(year: 2026, month: 11, day: 29)) == .workday)  // a Sunday
    }

    @Test func festivalsBeyondTheTableSaySo() throws {
        let year = try PublicHolidays.holidays(in: "IN", year: 2040)
        #expect(year.notes.contains { $0.contains("Diwali") && $0.contains("2035") })
    }

    /// Every built-in region and year 2024-2035 against python `holidays` (scripts/holidays-expected.py).
    /// A difference passes only when holiday-differences.txt lists it with its reason, and a
    /// listed difference that no longer happens fails too, so the list stays true.
    @Test func sameDatesAsPythonHolidays() throws {
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("holidays-expected.txt"), encoding: .utf8)
        let explained = try Self.explainedDifferences()
        var unexplained: [String] = []
        var seen = Set<String>()
        var compared = 0, skipped = Set<String>()
        for line in expected.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ").map(String.init)
            let region = fields[0], year = Int(fields[1])!
            let country = String(region.prefix(2))
            guard PublicHolidays.book.sections[country] != nil, region == country || PublicHolidays.book.sections[region] != nil || Self.nationalOnly.contains(country) else {
                skipped.insert(region)
                continue
            }
            compared += 1
            // A state keeps the national lines it does not replace, so a difference the
            // country's entry explains is explained for the state too.
            // "MY-* 2028-11-15 missing" explains that difference in every state of the country.
            func inheritsReason(_ national: String) -> Bool {
                guard region != country else { return false }
                let everyState = national.replacingOccurrences(of: "\(country) ", with: "\(country)-* ", options: .anchored)
                if explained[everyState] != nil { seen.insert(everyState); return true }
                return explained[national] != nil
            }
            let theirs = Set(fields.dropFirst(2).map { "\(year)-\($0.prefix(2))-\($0.suffix(2))" })
            let ours = Set(try PublicHolidays.holidays(in: region, year: year).holidays.map(\.date.description))
            for date in theirs.subtracting(ours).sorted() {
                let key = "\(region) \(date) missing"
                if explained[key] != nil { seen.insert(key) } else if !inheritsReason("\(country) \(date) missing") { unexplained.append(key) }
            }
            for date in ours.subtracting(theirs).sorted() {
                let key = "\(region) \(date) extra"
                if explained[key] != nil { seen.insert(key) } else if !inheritsReason("\(country) \(date) extra") { unexplained.append(key) }
            }
        }
        let stale = Set(explained.keys).subtracting(seen).sorted()
        print("holidays: compared \(compared) region-years; subdivisions without their own section yet: \(skipped.count); unexplained differences: \(unexplained.count)")
        #expect(unexplained.isEmpty, "\(unexplained.count) unexplained:\n\(unexplained.prefix(2000).joined(separator: "\n"))")
        #expect(stale.isEmpty, "listed but no longer different:\n\(stale.joined(separator: "\n"))")
    }

    /// Countries whose subdivisions share the national calendar in python holidays as well.
    static let nationalOnly: Set<String> = ["PL"]

    /// "REGION DATE missing|extra  reason" lines; the reason is required.
    static func explainedDifferences() throws -> [String: String] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("holiday-differences.txt"), encoding: .utf8)
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 3).map(String.init)
            precondition(parts.count == 4 && !parts[3].isEmpty, "holiday-differences.txt needs a reason: \(line)")
            result["\(parts[0]) \(parts[1]) \(parts[2])"] = parts[3]
        }
        return result
    }
}

@Suite struct HolidayRegionTests {
    @Test func subdivisionsWithoutTheirOwnDaysUseTheCountry() throws {
        #expect(try PublicHolidays.calendarRegion("PH-00") == "PH")
        #expect(try PublicHolidays.calendarRegion("gb-sct") == "GB-SCT")
        #expect(try PublicHolidays.calendarRegion("IN") == "IN")
    }

    @Test func indianAndPhilippineHolidays() throws {
        let india = try PublicHolidays.holidays(in: "IN-KA", year: 2026).holidays.map { "\($0.date) \($0.name)" }
        #expect(india.contains("2026-01-26 Republic Day"))
        #expect(india.contains("2026-11-08 Diwali"))
        #expect(india.contains("2026-03-21 Eid al-Fitr"))
        let philippines = try PublicHolidays.holidays(in: "PH", year: 2026).holidays.map { "\($0.date) \($0.name)" }
        #expect(philippines.contains("2026-08-31 National Heroes Day"))
        #expect(philippines.contains("2026-04-02 Maundy Thursday"))
        #expect(philippines.contains("2026-02-17 Chinese New Year"))
    }
}
