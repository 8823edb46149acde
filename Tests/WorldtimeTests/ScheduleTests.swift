import Foundation
import Testing
@testable import Worldtime

@Suite struct ScheduleTests {
    @Test func midnightEndsARangeSoAWholeDayCanBeWorkingTime() throws {
        let hours = try WeeklyHours.parse("Mon-Fri 00:00-24:00")
        #expect(hours.text == "Mon-Fri 00:00-24:00")
        #expect(try WeeklyHours.parse(hours.text) == hours)
        #expect(hours.weeklyMinutes == 5 * 1440)
        #expect(hours.isWorking(on: .monday, atMinute: 0) && hours.isWorking(on: .friday, atMinute: 1439))
        #expect(!hours.isWorking(on: .saturday, atMinute: 0))
        #expect(try WeeklyHours.parse("Sat 18:00-24:00").weeklyMinutes == 360)
        #expect(throws: ScheduleError.startsAtEndOfDay("24:00-06:00")) { try WeeklyHours.parse("Mon 24:00-06:00") }
        #expect(throws: ScheduleError.emptyRange("00:00-00:00")) { try WeeklyHours.parse("Mon 00:00-00:00") }
        #expect(throws: ScheduleError.timeOutOfRange("24:30")) { try WeeklyHours.parse("Mon 09:00-24:30") }
        // The messages describe exactly what is accepted.
        #expect(ScheduleError.timeOutOfRange("24:30").description.contains("hours run from 00 to 23"))
        #expect(ScheduleError.timeOutOfRange("24:30").description.contains("24:00 may end a range"))
        #expect(ScheduleError.emptyRange("00:00-00:00").description.contains("00:00-24:00"))
    }

    @Test func nightShiftBelongsToTheDayItStartsAndCountsPastMidnight() throws {
        let hours = try WeeklyHours.parse("Mon-Fri 21:00-06:00")
        #expect(hours.ranges(on: .monday).first?.isOvernight == true)
        #expect(hours.weeklyMinutes == 5 * 9 * 60)
        // Saturday 03:00 is still Friday night's shift; Monday 03:00 is not (Sunday is off).
        #expect(hours.isWorking(on: .saturday, atMinute: 180))
        #expect(!hours.isWorking(on: .monday, atMinute: 180))
        #expect(hours.isWorking(on: .tuesday, atMinute: 180))
    }

    @Test func severalRangesADayAndCanonicalTextRoundTrips() throws {
        let hours = try WeeklyHours.parse("mon-thu 09:00-12:00, 13:00-18:00; Fri 09:00-13:00")
        #expect(hours.ranges(on: .tuesday).count == 2)
        #expect(hours.text == "Mon-Thu 09:00-12:00,13:00-18:00; Fri 09:00-13:00")
        #expect(try WeeklyHours.parse(hours.text) == hours)
    }

    @Test func impossibleTimesAreRejectedWithTheOffendingText() {
        #expect(throws: ScheduleError.timeOutOfRange("25:00")) { try WeeklyHours.parse("Mon 25:00-26:00") }
        #expect(throws: ScheduleError.timeOutOfRange("9:75")) { try WeeklyHours.parse("Mon 9:75-17:00") }
        #expect(throws: ScheduleError.missingDays("09:00-17:00")) { try WeeklyHours.parse("09:00-17:00") }
        #expect(throws: ScheduleError.unknownDay("Funday")) { try WeeklyHours.parse("Funday 09:00-17:00") }
        #expect(throws: ScheduleError.emptyRange("09:00-09:00")) { try WeeklyHours.parse("Mon 09:00-09:00") }
    }

    @Test func overlappingRangesOnOneDayAreATypingSlip() {
        #expect(throws: ScheduleError.self) { try WeeklyHours.parse("Mon 09:00-13:00,12:00-17:00") }
    }

    @Test func weekdaySetsAcceptRangesThatWrapTheWeek() throws {
        #expect(try WeekdaySet.parse("Fri-Sat").text == "Fri, Sat")
        #expect(try WeekdaySet.parse("sat;sun").text == "Sat, Sun")
        #expect(try WeekdaySet.parse("Sat-Mon").days.count == 3)
        #expect(throws: ScheduleError.self) { try WeekdaySet.parse("Sat, Caturday") }
    }

    @Test func statusReadsTheScheduleAtTheLocalTimeTheWayThePlannerDoes() throws {
        let hours = try WeeklyHours.parse("Mon-Fri 21:00-06:00")
        // 2026-11-23 is a Monday. 14:00 UTC is 22:00 in Manila.
        let instant = Date(timeIntervalSince1970: 1_795_442_400)
        let manila = WorkSchedule(zone: try TimeZoneName("Asia/Manila"), hours: hours, weekend: WeekdaySet([.saturday, .sunday]))
        #expect(WorkStatus.at(instant, schedule: manila) == .working)
        // 14:00 in London on the same night-shift hours falls in the eight hours of sleep
        // that end two hours before the 21:00 start, as the planner counts them.
        let london = WorkSchedule(zone: try TimeZoneName("Europe/London"), hours: hours, weekend: WeekdaySet([.saturday, .sunday]))
        #expect(WorkStatus.at(instant, schedule: london) == .sleepHours)
        #expect(hours.minutesUntilNextStart(from: LocalTime(instant, in: london.zone)) == 7 * 60)
    }
}
