import Testing
@testable import Worldtime

/// Inputs FuzzHolidayCalendar found (seeds in Fuzz/FuzzHolidayCalendar/corpus/regress-*).
@Suite struct HolidayCalendarFuzzRegressionTests {
    func calendar(_ event: String) -> String {
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260601\nSUMMARY:Company day\n\(event)\nEND:VEVENT\nEND:VCALENDAR\n"
    }

    /// The year counter overflowed and stopped the server on an interval near Int.max.
    @Test func aYearlyIntervalBeyondTheHorizonKeepsOnlyTheFirstDate() throws {
        for interval in ["31", "1000", "9223372036854775807"] {
            let file = try HolidayCalendarFile(parsing: calendar("RRULE:FREQ=YEARLY;INTERVAL=\(interval)"))
            #expect(file.days.map(\.date) == [CivilDate(year: 2026, month: 6, day: 1)])
        }
        let thirty = try HolidayCalendarFile(parsing: calendar("RRULE:FREQ=YEARLY;INTERVAL=30"))
        #expect(thirty.days.map(\.date.year) == [2026, 2056])
    }

    /// Seven times a huge week count overflowed; it is now refused like any over-long holiday.
    @Test func aDurationOfCountlessWeeksIsRefusedAsLongerThanAYear() {
        #expect(throws: HolidayCalendarError.self) { try HolidayCalendarFile(parsing: calendar("DURATION:P9223372036854775807W")) }
        do {
            _ = try HolidayCalendarFile(parsing: calendar("DURATION:P2000000000000000000W"))
        } catch {
            #expect(error.messages.count == 1 && error.messages[0].contains("at most a year"))
        }
        #expect((try? HolidayCalendarFile(parsing: calendar("DURATION:P2W")))?.days.count == 14)
    }
}
