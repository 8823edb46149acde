import CrosswiseStore
import Culture
import Foundation
import Worldtime

extension TodayPage {
    struct Link: Sendable { let text: String; let href: String }
    struct MeetingLine: Sendable { let title, when, odd: String; let hasOdd: Bool }
    struct HolidayLine: Sendable {
        let name, who: String
        /// For a client's holiday, its country's cultural brief (seasonal hours, customs).
        var briefLabel: String? = nil
        var briefHref: String? = nil
    }
    struct PersonNow: Sendable { let name, place, time, status, tone: String }
    struct TeamNow: Sendable { let name, href, summary: String; let people: [PersonNow]; let more: Int; let hasMore: Bool }
    struct NightLine: Sendable { let who, title, when: String }
    struct Lead: Sendable { let teams: [TeamNow]; let nights: [NightLine] }

    struct View: Sendable {
        let greeting, clock: String
        let shiftStatus, shiftTone, shiftText, hours: String
        let meetings: [MeetingLine]
        let holidays: [HolidayLine]
        let daysOff: [String]
        let waiting: [Link]
        let lead: Lead?
        let teams: [Link]
        let isAdmin: Bool
        let setUpTeams = AdminRoute.teams(.list).path
        let planMeeting = MeetingsRoute.planner.path
        let addDaysOff = MeetingsRoute.daysOff.path
    }

    /// A lead sees this many people of a team on Today; the team page has everyone.
    static let peoplePerTeam = 30

    static func make(_ data: Data) -> View {
        let viewer = data.viewer, zone = viewer.zone, nowSeconds = Int64(data.now.timeIntervalSince1970)
        let here = LocalTime(data.now, in: zone)
        let today = CivilDate(year: here.year, month: here.month, day: here.day)
        let me = data.participants[viewer.personID]
        let reading = me.map { WorldClock.reading($0, at: nowSeconds) }
        let status = reading.map { WorkStatus($0.availability) } ?? .offShift
        let place = data.places[viewer.personID] ?? zone.city
        return View(
            greeting: "\(here.greeting), \(viewer.person.firstName)",
            clock: "It is \(here.clockText) on \(here.dayText) in \(place) (\(here.offsetText)).",
            shiftStatus: status.label, shiftTone: status.tone, shiftText: reading.map { shiftText($0, now: nowSeconds) } ?? "Your working hours cannot be read; ask an admin to fix them.",
            hours: viewer.person.workingHours.isEmpty ? "none set" : viewer.person.workingHours,
            meetings: meetings(data, today: today, now: nowSeconds),
            holidays: holidays(data, today: today),
            daysOff: daysOff(me?.schedule.daysOff ?? [], from: today),
            waiting: waiting(data),
            lead: data.teams.contains(where: \.isLed) ? lead(data, now: nowSeconds) : nil,
            teams: data.teams.map { Link(text: $0.name, href: TeamRoute.team($0.id).path) },
            isAdmin: viewer.isAdmin)
    }

    /// "On shift, 3 h 20 min left", "Off shift, next shift in 9 h", "Holiday: Rizal Day, next shift in 2 days".
    static func shiftText(_ reading: ClockReading, now: Int64) -> String {
        let status = WorkStatus(reading.availability)
        guard let window = reading.window else { return "No working hours are set." }
        if status == .working { return "On shift, \(durationText(minutes: max(1, Int(window.end - now) / 60))) left." }
        let first: String
        switch status {
        case .weekend: first = "Weekend"
        case .holiday: first = "Holiday" + (reading.holidayName.map { ": \($0)" } ?? "")
        case .dayOff: first = "Day off"
        default: first = "Off shift"
        }
        return "\(first), next shift in \(durationText(minutes: max(1, Int(window.start - now) / 60)))."
    }

    /// Meetings on or before the end of tomorrow in the viewer's time, with who is at an odd hour.
    static func meetings(_ data: Data, today: CivilDate, now: Int64) -> [MeetingLine] {
        let zone = data.viewer.zone
        return data.meetings.compactMap { meeting in
            let start = LocalTime(secondsSince1970: meeting.startsAt, in: zone), end = LocalTime(secondsSince1970: meeting.endsAt, in: zone)
            let day = CivilDate(year: start.year, month: start.month, day: start.day)
            guard day <= today.adding(days: 1) else { return nil }
            let when = meeting.startsAt <= now ? "Now, until \(end.clockText)"
                : "\(day == today ? "Today" : "Tomorrow") \(start.clockText)–\(end.clockText)"
            let odd = meeting.attendees.compactMap { seat -> String? in
                guard let availability = Availability(code: seat.availability) else { return nil }
                let status = WorkStatus(availability)
                guard [.early, .late, .sleepHours].contains(status) else { return nil }
                return "\(seat.$person.id == data.viewer.personID ? "you" : seat.name) (\(status.label))"
            }
            return MeetingLine(title: meeting.title, when: when, odd: odd.joined(separator: ", "), hasOdd: !odd.isEmpty)
        }
    }

    static func holidays(_ data: Data, today: CivilDate) -> [HolidayLine] {
        let everyone = Array(data.participants.values).sorted { $0.name < $1.name } + data.clients
        return WorldClock.upcomingHolidays(everyone, from: today, days: 1).map { found in
            let names = found.names.map { $0 == data.viewer.person.name ? "you" : $0 }
            let who = names.count > 6 ? "\(names.prefix(6).joined(separator: ", ")) and \(names.count - 6) more" : names.joined(separator: ", ")
            let brief = ClientBriefLink(found, clientNames: Set(data.clients.map(\.name)))
            return HolidayLine(name: found.holiday.name, who: who, briefLabel: brief?.label, briefHref: brief?.href)
        }
    }

    /// The next three stretches of days off, from today on: "24 Dec 2026 – 28 Dec 2026 (5 days)".
    static func daysOff(_ dates: Set<CivilDate>, from today: CivilDate) -> [String] {
        var runs: [(first: CivilDate, last: CivilDate)] = []
        for date in dates.filter({ $0 >= today }).sorted() {
            if let last = runs.last, last.last.adding(days: 1) == date { runs[runs.count - 1].last = date } else { runs.append((date, date)) }
            if runs.count > 3 { break }
        }
        return runs.prefix(3).map { run in
            let count = run.last.days - run.first.days + 1
            return count == 1 ? DateWords.weekdayDate(run.first)
                : "\(DateWords.weekdayDate(run.first)) – \(DateWords.weekdayDate(run.last)) (\(count) days)"
        }
    }

    static func waiting(_ data: Data) -> [Link] {
        var items: [Link] = []
        let unread = data.viewer.unreadNotices, waiting = data.waiting
        if unread > 0 { items.append(Link(text: unread == 1 ? "1 unread notice" : "\(unread) unread notices", href: InboxRoute.inbox.path)) }
        if waiting.checkInDue { items.append(Link(text: "A check-in on your development plan is due", href: SkillsRoute.plan.path)) }
        if waiting.openAssessment { items.append(Link(text: "Your self-assessment is not finished", href: SkillsRoute.assessment.path)) }
        if waiting.ratingsWaiting > 0 {
            let n = waiting.ratingsWaiting
            items.append(Link(text: n == 1 ? "1 person waits for your rating of their self-assessment"
                                  : "\(n) people wait for your rating of their self-assessment", href: SkillsRoute.people.path))
        }
        if waiting.planCommentsWaiting > 0 {
            let n = waiting.planCommentsWaiting
            items.append(Link(text: n == 1 ? "1 plan check-in waits for your comment" : "\(n) plan check-ins wait for your comment",
                              href: SkillsRoute.people.path))
        }
        return items
    }
}
