import Foundation
import Testing
@testable import Worldtime

@Suite struct SeriesTests {
    /// Three offices with no common working hour: somebody always pays.
    func spreadTeam() throws -> [Participant] {
        [
            try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00", region: "US"),
            try person("Priya", "Asia/Kolkata", "Mon-Fri 09:30-18:30", region: "IN-KA", weekend: "Sat, Sun"),
            try person("Mia", "Australia/Sydney", "Mon-Fri 09:00-17:00", region: "AU-NSW"),
        ]
    }

    @Test func rotationSpreadsInconvenienceOver26Weeks() throws {
        let meeting = MeetingRequest(participants: try spreadTeam(), durationMinutes: 30, from: CivilDate(year: 2027, month: 1, day: 5), days: 1)
        let fixed = try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 26, rotate: false))
        let fair = try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 26, rotate: true))
        #expect(fair.occurrences.count == 26)
        func spread(_ ledger: FairnessLedger) -> Int {
            let values = ["Dana", "Priya", "Mia"].map { ledger.burden["test:\($0)", default: 0] }
            return values.max()! - values.min()!
        }
        // Without rotation the same person pays every week; with it the totals stay close.
        #expect(spread(fair.ledger) < spread(fixed.ledger))
        // Nobody carries as much as the fixed time's unlucky person did.
        #expect(fair.ledger.burden.values.max()! < fixed.ledger.burden.values.max()!)
        // And no week is much worse than that week's best slot for its worst-off person.
        for o in fair.occurrences { #expect(o.slot.worst <= fixed.occurrences[0].slot.worst + SeriesPlanner.tolerance + 20) }
        #expect(fair.occurrences.contains { $0.isMoved })
    }

    @Test func ledgerCarriesOverBetweenSeries() throws {
        let meeting = MeetingRequest(participants: try spreadTeam(), durationMinutes: 30, from: CivilDate(year: 2027, month: 1, day: 5), days: 1)
        let first = try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 4))
        var next = meeting
        next.from = CivilDate(year: 2027, month: 2, day: 2)
        let carried = try SeriesPlanner.plan(SeriesRequest(meeting: next, recurrence: .weekly, count: 4, ledger: first.ledger))
        for (key, value) in first.ledger.burden { #expect(carried.ledger.burden[key]! >= value) }
    }

    @Test func seriesKeepsTheOrganizersLocalTimeAcrossDST() throws {
        // New York moves its clocks on 14 March 2027; a 10:00 meeting stays at 10:00 for Dana.
        let people = [try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00"), try person("Tom", "Europe/London", "Mon-Fri 09:00-17:00")]
        let meeting = MeetingRequest(participants: people, durationMinutes: 60, from: CivilDate(year: 2027, month: 3, day: 2), days: 1)
        let plan = try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 4, rotate: false))
        #expect(Set(plan.occurrences.map(\.organizerTime)).count == 1)
        let utcHours = plan.occurrences.map { Int(($0.slot.start % 86400) / 3600) }
        #expect(utcHours[0] - utcHours[3] == 1)
    }

    @Test func occurrenceDates() throws {
        let meeting = MeetingRequest(participants: [try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00")], durationMinutes: 30, from: CivilDate(year: 2027, month: 1, day: 15), days: 1)
        #expect(try SeriesPlanner.dates(SeriesRequest(meeting: meeting, recurrence: .biweekly, count: 3)).map(\.description) == ["2027-01-15", "2027-01-29", "2027-02-12"])
        #expect(try SeriesPlanner.dates(SeriesRequest(meeting: meeting, recurrence: .monthly, until: CivilDate(year: 2027, month: 4, day: 1))).map(\.description) == ["2027-01-15", "2027-02-15", "2027-03-15"])
        #expect(throws: SeriesError.noOccurrences) { try SeriesPlanner.dates(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 0)) }
        var late = meeting
        late.from = CivilDate(year: 2027, month: 1, day: 31)
        #expect(throws: SeriesError.monthlyDayTooLate(31)) { try SeriesPlanner.dates(SeriesRequest(meeting: late, recurrence: .monthly, count: 3)) }
    }

    @Test func iCalendarIsFoldedAndCarriesTheZone() throws {
        let people = [try person("Dana", "America/New_York", "Mon-Fri 09:00-17:00"), try person("Tom", "Europe/London", "Mon-Fri 09:00-17:00")]
        let meeting = MeetingRequest(participants: people, durationMinutes: 60, from: CivilDate(year: 2027, month: 3, day: 2), days: 1)
        let plan = try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 4, rotate: false))
        let writer = ICalendarWriter(summary: "Weekly sync; London, New York", description: String(repeating: "Long description with ünïcödé ", count: 8),
                                     organizer: .init(name: "Dana", email: "dana@example.com"), attendees: [.init(name: "Tom", email: "tom@example.com")],
                                     uid: "series-1@crosswise", stamp: Date(timeIntervalSince1970: 1_800_000_000))
        let ics = writer.series(plan, zone: people[0].schedule.zone)
        let lines = ics.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(ics.contains("RRULE:FREQ=WEEKLY;COUNT=4"))
        #expect(ics.contains("SUMMARY:Weekly sync\\; London\\, New York"))
        #expect(ics.contains("BEGIN:DAYLIGHT") && ics.contains("TZOFFSETTO:-0400"))
        #expect(ics.contains("DTSTART;TZID=America/New_York:20270302T"))
        #expect(!ics.contains("RECURRENCE-ID"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
    }
}
