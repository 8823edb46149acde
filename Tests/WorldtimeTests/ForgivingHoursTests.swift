import Testing
@testable import Worldtime

/// Working hours as people type them (issue 14), always stored in the canonical text.
@Suite struct ForgivingHoursTests {
    func canonical(_ text: String) throws -> String { try WeeklyHours.parse(text).text }

    @Test func bareHoursReadAsAWorkingDay() throws {
        #expect(try canonical("Mon-Fri 9-5") == "Mon-Fri 09:00-17:00")
        #expect(try canonical("Mon 12-8") == "Mon 12:00-20:00")
        #expect(try canonical("Mon 8-12") == "Mon 08:00-12:00")
        #expect(try canonical("Mon 9:30-6") == "Mon 09:30-18:00")
    }

    @Test func amAndPmInTheirUsualSpellings() throws {
        #expect(try canonical("Mon-Fri 9am-5pm") == "Mon-Fri 09:00-17:00")
        #expect(try canonical("Mon 9:30am-6pm") == "Mon 09:30-18:00")
        #expect(try canonical("Mon 12pm-8pm") == "Mon 12:00-20:00")
        #expect(try canonical("Mon 9 AM - 5:30 P.M.") == "Mon 09:00-17:30")
        #expect(try canonical("Mon 12am-8am") == "Mon 00:00-08:00")
        #expect(try canonical("Mon 10pm-6am") == "Mon 22:00-06:00")
    }

    @Test func frenchStyleHoursAreTwentyFourHourTimes() throws {
        #expect(try canonical("Mon 9h-17h") == "Mon 09:00-17:00")
        #expect(try canonical("Mon 9h30-17h45") == "Mon 09:30-17:45")
        // "h" says 24-hour clock, so 9h-5h is a night, not an afternoon.
        #expect(try canonical("Mon 9h-5h") == "Mon 09:00-05:00")
    }

    @Test func nightShiftsStayOvernight() throws {
        #expect(try canonical("Mon-Fri 21:00-06:00") == "Mon-Fri 21:00-06:00")
        #expect(try canonical("Mon-Fri 22-6") == "Mon-Fri 22:00-06:00")
        #expect(try WeeklyHours.parse("Mon 22-6").ranges(on: .monday).first?.isOvernight == true)
    }

    @Test func timesWrittenWithMinutesKeepTheirOldMeaning() throws {
        // Before bare hours were accepted these already meant an overnight range.
        #expect(try canonical("Mon 09:00-05:00") == "Mon 09:00-05:00")
        #expect(try canonical("Mon 9:00-5:00") == "Mon 09:00-05:00")
    }

    @Test func aSplitDayReadsTheAfternoonAfterTheMorning() throws {
        #expect(try canonical("Mon-Fri 9-12, 1-5") == "Mon-Fri 09:00-12:00,13:00-17:00")
        #expect(try canonical("Mon 8-1,2-6") == "Mon 08:00-13:00,14:00-18:00")
        #expect(try canonical("Mon 13:00-17:00, 9-12") == "Mon 09:00-12:00,13:00-17:00")
        #expect(try canonical("Mon 18:00-22:00, 1-5") == "Mon 01:00-05:00,18:00-22:00")
    }

    /// The outside review saved "17-9" and found 17:00-21:00 where a night shift was meant.
    @Test func aTwentyFourHourStartWithABareEarlierEndIsAskedAbout() throws {
        #expect(throws: ScheduleError.ambiguousRange(typed: "17-9", evening: "17:00-21:00", overnight: "17:00-09:00")) {
            try WeeklyHours.parse("Mon-Fri 17-9")
        }
        #expect(throws: ScheduleError.self) { try WeeklyHours.parse("Mon 16-9") }
        #expect(throws: ScheduleError.self) { try WeeklyHours.parse("Mon 13:30-5") }
        #expect(ScheduleError.ambiguousRange(typed: "17-9", evening: "17:00-21:00", overnight: "17:00-09:00").description.contains("17:00-09:00"))
        // Written unambiguously, both readings are accepted.
        #expect(try canonical("Mon 17-21") == "Mon 17:00-21:00")
        #expect(try canonical("Mon 17-09") == "Mon 17:00-09:00")
        #expect(try canonical("Mon 17h-9h") == "Mon 17:00-09:00")
        #expect(try canonical("Mon 9-05") == "Mon 09:00-05:00")
        // Only one reading fits, so no question: the afternoon is not after the start, or the start is a daytime hour.
        #expect(try canonical("Mon 18-6") == "Mon 18:00-06:00")
        #expect(try canonical("Mon 22-6") == "Mon 22:00-06:00")
        #expect(try canonical("Mon 12-8") == "Mon 12:00-20:00")
        // A split day's afternoon start decided by the morning range is not asked about.
        #expect(try canonical("Mon 9-12,1-5") == "Mon 09:00-12:00,13:00-17:00")
    }

    @Test func nonsenseIsRefusedWithAReason() {
        #expect(throws: ScheduleError.timeOutOfRange("25")) { try WeeklyHours.parse("Mon 25-3") }
        #expect(throws: ScheduleError.emptyRange("09:00-09:00")) { try WeeklyHours.parse("Mon 9-9") }
        #expect(throws: ScheduleError.timeOutOfRange("13pm")) { try WeeklyHours.parse("Mon 13pm-5pm") }
        #expect(throws: ScheduleError.timeOutOfRange("0am")) { try WeeklyHours.parse("Mon 0am-5am") }
        #expect(throws: ScheduleError.malformedTime("9xm")) { try WeeklyHours.parse("Mon 9xm-5pm") }
        #expect(throws: ScheduleError.malformedTime("9h30pm")) { try WeeklyHours.parse("Mon 9h30pm-5pm") }
        #expect(throws: ScheduleError.malformedTime("9:")) { try WeeklyHours.parse("Mon 9:-5") }
        #expect(ScheduleError.malformedTime("9xm").description.contains("9:30am"))
    }

    @Test func hoursWithoutDaysStillAskForTheDays() {
        // Which days is not ours to guess: Mon-Fri in Manila, Sun-Thu in Riyadh, six days in many Indian offices.
        #expect(throws: ScheduleError.missingDays("9-5")) { try WeeklyHours.parse("9-5") }
    }

    @Test func aSingleClockTimeAcceptsTheNewFormsToo() throws {
        #expect(try ClockTime.parse("9am").text == "09:00")
        #expect(try ClockTime.parse("12pm").text == "12:00")
        #expect(try ClockTime.parse("17h").text == "17:00")
        #expect(try ClockTime.parse("7").text == "07:00")
    }
}
