import Foundation

/// What a world clock shows for one participant right now.
public struct ClockReading: Sendable {
    public var participant: Participant
    public var local: LocalTime
    public var availability: Availability
    public var holidayName: String?
    /// The current shift's end when working, else the next shift's start and end (UTC seconds).
    public var window: (start: Int64, end: Int64)?
}

/// A team's clocks, its next common working time, and the holidays ahead.
public enum WorldClock {
    public static func reading(_ p: Participant, at instant: Int64) -> ClockReading {
        let local = LocalTime(Date(timeIntervalSince1970: Double(instant)), in: p.schedule.zone)
        let offset = Int64(local.utcOffsetSeconds)
        let today = CivilDate(year: local.year, month: local.month, day: local.day).days
        let timeline = Timeline(schedule: p.schedule, firstDay: today - 1, lastDay: today + 1, block: 1, forceHolidays: false)
        let index = (today - (today - 1)) * 1440 + local.minuteOfDay
        let availability = timeline.status[index]
        var holiday: String?
        if availability == .holiday { holiday = p.schedule.holidayName(on: CivilDate(days: today)) }
        return ClockReading(participant: p, local: local, availability: availability, holidayName: holiday,
                            window: shiftWindow(p.schedule, localMinute: Int64(today) * 1440 + Int64(local.minuteOfDay), offset: offset))
    }

    /// The shift in progress, or the next one that does not start on a holiday or day off.
    static func shiftWindow(_ s: WorkSchedule, localMinute: Int64, offset: Int64) -> (start: Int64, end: Int64)? {
        let today = Int(floorDiv(localMinute, 1440))
        for day in (today - 1)...(today + 14) {
            let date = CivilDate(days: day)
            switch s.kind(of: date) {
            case .holiday, .dayOff: continue
            case .workday, .weekend: break
            }
            for r in s.hours.ranges(on: date.weekday) {
                let start = Int64(day) * 1440 + Int64(r.start.minutes)
                let end = start + Int64(r.minutes)
                if end > localMinute {
                    // Local minutes back to UTC seconds with the current offset: exact unless a
                    // clock change falls in between, when it is off by that change for display.
                    return (start * 60 - offset, end * 60 - offset)
                }
            }
        }
        return nil
    }

    /// The next time everyone is working together for at least `minutes`, within a week.
    public static func nextOverlap(_ participants: [Participant], at instant: Int64, minutes: Int = 30) -> RankedSlot? {
        guard let organizer = participants.first else { return nil }
        let local = LocalTime(Date(timeIntervalSince1970: Double(instant)), in: organizer.schedule.zone)
        let request = MeetingRequest(participants: participants, durationMinutes: minutes,
                                     from: CivilDate(year: local.year, month: local.month, day: local.day), days: 8, stepMinutes: 15)
        guard let planner = try? MeetingPlanner(request) else { return nil }
        let (starts, worst, _) = planner.scores()
        for (j, s) in starts.enumerated() where worst[j] == 0 {
            let start = planner.windowStart + Int64(s * planner.block * 60)
            if start + 60 * 15 > instant { return planner.slot(startingAtBlock: s) }
        }
        return nil
    }

    public struct UpcomingHoliday: Sendable {
        public var holiday: Holiday
        public var region: String
        /// Who is off: participant names.
        public var names: [String]
    }

    /// Public holidays of everyone's regions (and their own calendars) in the coming days.
    public static func upcomingHolidays(_ participants: [Participant], from date: CivilDate, days: Int) -> [UpcomingHoliday] {
        var byKey: [String: UpcomingHoliday] = [:]
        for p in participants {
            for offset in 0..<max(0, days) {
                let day = date.adding(days: offset)
                guard let name = p.schedule.holidayName(on: day) else { continue }
                let region = p.schedule.extraHolidays[day] != nil ? "organization" : (p.schedule.holidayRegion ?? "")
                let key = "\(day) \(region) \(name)"
                byKey[key, default: UpcomingHoliday(holiday: Holiday(date: day, name: name), region: region, names: [])].names.append(p.name)
            }
        }
        return byKey.values.sorted { ($0.holiday.date, $0.region) < ($1.holiday.date, $1.region) }
    }
}
