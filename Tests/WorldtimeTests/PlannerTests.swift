import Foundation
import Testing
@testable import Worldtime

func person(_ name: String, _ zone: String, _ hours: String, region: String? = nil, weekend: String? = nil, daysOff: [String] = []) throws -> Participant {
    Participant(key: "test:\(name)", name: name, schedule: WorkSchedule(
        zone: try TimeZoneName(zone), hours: try WeeklyHours.parse(hours),
        weekend: try weekend.map { try WeekdaySet.parse($0) }, holidayRegion: region,
        daysOff: Set(daysOff.compactMap { CivilDate(iso: $0) })))
}

func utcText(_ instant: Int64) -> String {
    let date = CivilDate(days: Int(floorDiv(instant, 86400)))
    let minute = Int(instant - Int64(date.days) * 86400) / 60
    return "\(date) \(ClockTime(minutes: minute)!.text)"
}

@Suite struct PlannerTests {
    @Test func manilaNightShiftMeetsNewYorkMorningForFree() throws {
        let request = MeetingRequest(participants: [
            try person("Angelica", "Asia/Manila", "Mon-Fri 21:00-06:00", region: "PH"),
            try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00", region: "US"),
        ], durationMinutes: 30, from: CivilDate(year: 2026, month: 12, day: 1), days: 5)
        let best = try #require(try MeetingPlanner(request).rank(limit: 3).first)
        #expect(best.isFree)
        #expect(best.explanations.isEmpty)
        // Manila's 21:00-06:00 is New York's 08:00-17:00 in December (13 hours apart).
        let manila = best.attendance[0].localStart, ny = best.attendance[1].localStart
        #expect((manila.hour - ny.hour + 24) % 24 == 13)
    }

    @Test func noOverlapRanksTheSmallestWorstCostAndExplainsIt() throws {
        let request = MeetingRequest(participants: [
            try person("Priya", "Asia/Kolkata", "Mon-Fri 09:30-18:30", region: "IN-KA", weekend: "Sat, Sun"),
            try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00", region: "US"),
        ], durationMinutes: 30, from: CivilDate(year: 2026, month: 12, day: 1), days: 5)
        let ranked = try MeetingPlanner(request).rank(limit: 5)
        let best = try #require(ranked.first)
        #expect(!best.isFree)
        // Worst cost is a shoulder hour, never a night, when shoulders can meet.
        #expect(best.attendance.allSatisfy { $0.availability <= .late })
        #expect(best.explanations.count >= 1)
        #expect(best.explanations[0].contains("before their shift starts") || best.explanations[0].contains("after their shift ends"))
        // Ranked by worst first, then total.
        for (a, b) in zip(ranked, ranked.dropFirst()) { #expect((a.worst, a.total) <= (b.worst, b.total)) }
    }

    @Test func holidaysAreRuledOutUnlessForced() throws {
        // 25 December 2026 is a Friday: both are on holiday.
        let people = [
            try person("Angelica", "Asia/Manila", "Mon-Fri 21:00-06:00", region: "PH"),
            try person("Tom", "Europe/London", "Mon-Fri 09:00-17:00", region: "GB-ENG"),
        ]
        let day = CivilDate(year: 2026, month: 12, day: 25)
        let planner = try MeetingPlanner(MeetingRequest(participants: people, durationMinutes: 30, from: day, days: 1))
        #expect(planner.rank().allSatisfy { slot in slot.attendance.allSatisfy { !$0.availability.isRuledOut } })
        let forced = try MeetingPlanner(MeetingRequest(participants: people, durationMinutes: 30, from: day, days: 1, forceHolidays: true)).rank(limit: 40)
        let holidaySlot = try #require(forced.first { $0.attendance.contains { $0.availability == .holiday } })
        #expect(holidaySlot.explanations.contains { $0.contains("Christmas") })
    }

    @Test func dayOffIsRuledOut() throws {
        let people = [try person("Priya", "Asia/Kolkata", "Mon-Fri 09:00-18:00", daysOff: ["2026-12-02"])]
        let ranked = try MeetingPlanner(MeetingRequest(participants: people, durationMinutes: 60, from: CivilDate(year: 2026, month: 12, day: 2), days: 1)).rank(limit: 200)
        #expect(ranked.allSatisfy { $0.attendance[0].availability != .dayOff })
    }

    @Test func overnightShiftBelongsToTheDayItStarts() throws {
        // Friday's 21:00-06:00 shift covers Saturday 02:00; nothing covers Sunday 02:00.
        let agent = try person("Angelica", "Asia/Manila", "Mon-Fri 21:00-06:00")
        let saturday = try MeetingPlanner(MeetingRequest(participants: [agent], durationMinutes: 60, from: CivilDate(year: 2026, month: 12, day: 5), days: 1))
        let slot = saturday.slot(startingAtBlock: 2 * 60 / saturday.block)
        #expect(slot.attendance[0].localStart.hour == 2 && slot.attendance[0].availability == .working)
        let sunday = try MeetingPlanner(MeetingRequest(participants: [agent], durationMinutes: 60, from: CivilDate(year: 2026, month: 12, day: 6), days: 1))
        #expect(sunday.slot(startingAtBlock: 2 * 60 / sunday.block).attendance[0].availability != .working)
    }

    @Test func newYorkAndLondonOverlapShiftsDuringTheDSTGap() throws {
        // From 8 to 28 March 2026 New York is on daylight time and London is not: 4 hours apart, not 5.
        let people = [try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00"), try person("Tom", "Europe/London", "Mon-Fri 09:00-17:00")]
        for (day, gap) in [(CivilDate(year: 2026, month: 3, day: 4), 5), (CivilDate(year: 2026, month: 3, day: 11), 4), (CivilDate(year: 2026, month: 4, day: 1), 5)] {
            let best = try #require(try MeetingPlanner(MeetingRequest(participants: people, durationMinutes: 60, from: day, days: 1)).rank(limit: 1).first)
            let ny = best.attendance[0].localStart, london = best.attendance[1].localStart
            #expect(london.hour - ny.hour == gap, "on \(day)")
            #expect(best.isFree)
        }
    }

    @Test func sydneyDaylightTimeMovesTheOverlapWithLondon() throws {
        // Sydney leaves daylight time on 5 April 2026 and London starts it on 29 March:
        // 11 hours apart in March before the 29th, 9 hours after 5 April.
        let people = [try person("Mia", "Australia/Sydney", "Mon-Fri 08:00-18:00"), try person("Tom", "Europe/London", "Mon-Fri 08:00-18:00")]
        for (day, gap) in [(CivilDate(year: 2026, month: 3, day: 25), 11), (CivilDate(year: 2026, month: 4, day: 8), 9)] {
            let best = try #require(try MeetingPlanner(MeetingRequest(participants: people, durationMinutes: 30, from: day, days: 1)).rank(limit: 1).first)
            let sydney = best.attendance[0].localStart, london = best.attendance[1].localStart
            #expect((sydney.hour - london.hour + 24) % 24 == gap, "on \(day)")
        }
    }

    @Test func gulfWeekendIsFridayAndSaturday() throws {
        let riyadh = try person("Faisal", "Asia/Riyadh", "Sun-Thu 08:00-17:00", weekend: "Fri, Sat")
        // 4 December 2026 is a Friday.
        let planner = try MeetingPlanner(MeetingRequest(participants: [riyadh], durationMinutes: 60, from: CivilDate(year: 2026, month: 12, day: 4), days: 1))
        let best = try #require(planner.rank(limit: 1).first)
        #expect(best.attendance[0].availability == .weekend)
        #expect(best.explanations[0].contains("Friday is their weekend"))
    }

    @Test func badRequestsSayWhatIsWrong() throws {
        let one = [try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00")]
        let day = CivilDate(year: 2026, month: 12, day: 1)
        #expect(throws: PlannerError.noParticipants) { try MeetingPlanner(MeetingRequest(participants: [], durationMinutes: 30, from: day, days: 1)) }
        #expect(throws: PlannerError.badDuration(0)) { try MeetingPlanner(MeetingRequest(participants: one, durationMinutes: 0, from: day, days: 1)) }
        #expect(throws: PlannerError.badStep(7)) { try MeetingPlanner(MeetingRequest(participants: one, durationMinutes: 30, from: day, days: 1, stepMinutes: 7)) }
        #expect(throws: PlannerError.badDays(0)) { try MeetingPlanner(MeetingRequest(participants: one, durationMinutes: 30, from: day, days: 0)) }
    }

    @Test func aWholeDayOfWorkingHoursIsFreeAllDay() throws {
        // 1 March 2027 is a Monday.
        let always = try person("Rhea", "Asia/Manila", "Mon-Fri 00:00-24:00")
        let planner = try MeetingPlanner(MeetingRequest(participants: [always], durationMinutes: 60, from: CivilDate(year: 2027, month: 3, day: 1), days: 1))
        let slots = planner.rank(limit: 200)
        #expect(slots.count == (1440 - 60) / 15 + 1)
        #expect(slots.allSatisfy { $0.isFree })
    }

    @Test func emptyGappedOrOutsideWindowsAndOddCountsNeverCrash() throws {
        let one = [try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00")]
        let day = CivilDate(year: 2026, month: 12, day: 1)
        #expect(throws: PlannerError.badDays(-1)) { try MeetingPlanner(MeetingRequest(participants: one, durationMinutes: 30, from: day, days: -1)) }
        #expect(throws: PlannerError.badDays(1_000_000)) { try MeetingPlanner(MeetingRequest(participants: one, durationMinutes: 30, from: day, days: 1_000_000)) }
        // A window past the last day holds nothing; one reaching before the first day is cut there.
        var request = MeetingRequest(participants: one, durationMinutes: 30, from: day, days: 1)
        request.windowMinutes = 2_000..<3_000
        #expect(throws: PlannerError.windowShorterThanMeeting(windowMinutes: 0, meetingMinutes: 30)) { try MeetingPlanner(request) }
        request.windowMinutes = -600..<60
        let planner = try MeetingPlanner(request)
        #expect(planner.counts().candidates == 3)
        #expect(planner.rank(limit: -1).isEmpty)
        // 02:45-03:15 on 14 March 2027 in New York straddles the spring-forward gap: on the UTC
        // clock it ends 30 minutes before it starts.
        var gap = MeetingRequest(participants: one, durationMinutes: 30, from: CivilDate(year: 2027, month: 3, day: 14), days: 1)
        gap.windowMinutes = 165..<195
        let gapped = try MeetingPlanner(gap)
        #expect(gapped.rank().isEmpty && gapped.counts().candidates == 0)
        #expect(WorldClock.upcomingHolidays(one, from: day, days: -3).isEmpty)
    }

    @Test func seriesCountsOutsideOneToTheLimitAreRefused() throws {
        let one = [try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00")]
        let meeting = MeetingRequest(participants: one, durationMinutes: 30, from: CivilDate(year: 2026, month: 12, day: 1), days: 1)
        #expect(throws: SeriesError.noOccurrences) { try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 0)) }
        #expect(throws: SeriesError.noOccurrences) { try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: -5)) }
        #expect(throws: SeriesError.tooManyOccurrences(100_000)) { try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 100_000)) }
        #expect(throws: SeriesError.noOccurrences) {
            try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, until: CivilDate(year: 2026, month: 11, day: 1)))
        }
        // A start late in the day leaves each occurrence the rest of that day, never more.
        var late = meeting
        late.days = 5
        late.windowMinutes = 1_380..<7_200
        let plan = try SeriesPlanner.plan(SeriesRequest(meeting: late, recurrence: .weekly, count: 2, rotate: false))
        #expect(plan.occurrences.allSatisfy { $0.organizerTime.minutes >= 1_380 })
    }

    @Test func zoneChangesFindDaylightSavingToTheSecond() throws {
        let rules = try #require(try TimeZoneName("America/New_York").rules)
        let start = Int64(CivilDate(year: 2026, month: 1, day: 1).days) * 86400
        let changes = rules.changes(from: start, to: start + 366 * 86400)
        #expect(changes.map { utcText($0.instant) } == ["2026-03-08 07:00", "2026-11-01 06:00"])
    }
}
