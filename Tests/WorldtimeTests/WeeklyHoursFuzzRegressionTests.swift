import Testing
@testable import Worldtime

/// Inputs FuzzWorkingHours found (seeds in Fuzz/FuzzWorkingHours/corpus/regress-*).
@Suite struct WeeklyHoursFuzzRegressionTests {
    /// "Mon-Fri 04:00-17:00; Mon-Sat 18:00-14:01" was accepted: each evening shift ran into the
    /// next morning's hours, so a week counted 11,106 working minutes (more than a week has).
    @Test func anOvernightRangeMayNotRunIntoTheNextDaysHours() {
        #expect(throws: ScheduleError.overlappingRanges(.tuesday, "Mon 18:00-14:01 and Tue 04:00-17:00")) {
            try WeeklyHours.parse("Mon-Fri 04:00-17:00; Mon-Sat 18:00-14:01")
        }
        #expect(throws: ScheduleError.overlappingRanges(.monday, "Sun 21:00-06:00 and Mon 05:00-13:00")) {
            try WeeklyHours.parse("Sun 21:00-06:00; Mon 05:00-13:00")
        }
    }

    @Test func nightShiftsThatEndBeforeTheNextDayStartsStillRead() throws {
        let hours = try WeeklyHours.parse("Mon-Fri 21:00-06:00; Sat 06:00-10:00")
        #expect(hours.weeklyMinutes == 5 * 540 + 240)
        #expect(try WeeklyHours.parse("Sun-Thu 21:00-06:00").weeklyMinutes == 5 * 540)
        #expect(try WeeklyHours.parse("Mon 09:00-17:00,22:00-08:00; Tue 08:00-12:00").ranges(on: .tuesday).count == 1)
    }
}
