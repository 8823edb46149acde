import Foundation
import Testing
@testable import Worldtime

/// When a notice meant for someone's working time should arrive.
@Suite struct ShiftStartTests {
    let manila = try! TimeZoneName("Asia/Manila")

    /// Manila is UTC+8 all year.
    func manila(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
        Date(timeIntervalSince1970: TimeInterval(CivilDate(year: 2026, month: 12, day: day).days * 86400 + (hour - 8) * 3600 + minute * 60))
    }

    @Test func onShiftIsNowAndOffShiftIsTheNextStartOnTheirOwnClock() throws {
        let nights = WorkSchedule(zone: manila, hours: try WeeklyHours.parse("Mon-Fri 21:00-06:00"), holidayRegion: "PH")
        // Wednesday 2 December, 02:00: inside the shift that began on Tuesday at 21:00.
        #expect(nights.nextShiftStart(after: manila(2, 2)) == manila(2, 2))
        // 14:00 the same day: asleep until 21:00.
        #expect(nights.nextShiftStart(after: manila(2, 14)) == manila(2, 21))
        // Saturday: the next shift is Monday night.
        #expect(nights.nextShiftStart(after: manila(5, 14)) == manila(7, 21))
    }

    @Test func holidaysAndDaysOffAreSkipped() throws {
        var days = WorkSchedule(zone: manila, hours: try WeeklyHours.parse("Mon-Fri 09:00-18:00"), holidayRegion: "PH")
        // Monday 7 December after work; Tuesday 8 December is the Feast of the Immaculate Conception.
        #expect(days.nextShiftStart(after: manila(7, 19)) == manila(9, 9))
        days.daysOff = [CivilDate(year: 2026, month: 12, day: 9)]
        #expect(days.nextShiftStart(after: manila(7, 19)) == manila(10, 9))
    }

    @Test func noHoursMeansNineToFiveAndNoWorkingDayForAFortnightMeansNow() throws {
        let none = WorkSchedule(zone: manila, hours: WeeklyHours(), holidayRegion: nil)
        #expect(none.nextShiftStart(after: manila(2, 10)) == manila(2, 10))
        #expect(none.nextShiftStart(after: manila(2, 20)) == manila(3, 9))
        var leave = WorkSchedule(zone: manila, hours: try WeeklyHours.parse("Mon-Fri 09:00-18:00"))
        leave.daysOff = Set((0..<20).map { CivilDate(days: CivilDate(year: 2026, month: 12, day: 2).days + $0) })
        #expect(leave.nextShiftStart(after: manila(2, 20)) == manila(2, 20))
    }
}
