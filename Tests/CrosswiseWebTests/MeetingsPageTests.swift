import CrosswiseStore
@testable import CrosswiseWeb
import Foundation
import Testing
import Worldtime

/// The Meetings, Your meetings and Days off pages rendered from fixed page models, with no
/// database: what a person sees for a known plan, list or refused form.
@Suite struct MeetingsPageTests {
    static let org = UUID(uuidString: "00000000-0000-4000-8000-0000000000a0")!
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static func person(_ n: Int, _ name: String, zone: String) -> Person {
        let person = Person(organizationID: org, name: name, email: "\(name.split(separator: " ")[0].lowercased())@example.com", role: .member)
        person.id = id(n)
        person.timeZone = zone
        return person
    }

    static func participant(_ person: Person, hours: String) throws -> Participant {
        Participant(key: Participant.key(person: person.id!), name: person.name,
                    schedule: WorkSchedule(zone: try TimeZoneName(person.timeZone), hours: try WeeklyHours.parse(hours)), email: person.email)
    }

    /// On a phone the grid scrolls sideways from its first column, so that column is where the
    /// organizer's day starts, not midnight; a night shift opens in the evening.
    @Test func theGridOpensAnHourBeforeTheOrganizersShift() throws {
        let me = MeetingsPageTests.person(1, "Angelica Santos", zone: "Asia/Manila")
        let day = try MeetingsPageTests.participant(me, hours: "Mon-Fri 09:00-17:00")
        let night = try MeetingsPageTests.participant(me, hours: "Mon-Fri 21:00-06:00")
        #expect(PlannerGrid.startHour(best: 10, organizer: day, on: .tuesday) == 8)
        #expect(PlannerGrid.startHour(best: 6, organizer: day, on: .tuesday) == 5)
        #expect(PlannerGrid.startHour(best: 22, organizer: night, on: .tuesday) == 20)
        #expect(PlannerGrid.startHour(best: 0, organizer: day, on: .saturday) == 0)
    }

    /// A big meeting's grid names 40 people, the organizer and then whoever the best slot costs
    /// most, and folds the rest into a row per kind of hour whose counts add up to them.
    @Test func aBigMeetingsGridShowsWhoMattersFirstAndFoldsTheRest() throws {
        let organizer = try MeetingsPageTests.participant(MeetingsPageTests.person(1, "Angelica Santos", zone: "Asia/Manila"), hours: "Mon-Fri 09:00-17:00")
        var people = [organizer]
        for n in 2...60 {
            people.append(try MeetingsPageTests.participant(MeetingsPageTests.person(n, String(format: "Day Person %02d", n), zone: "Asia/Manila"), hours: "Mon-Fri 09:00-17:00"))
        }
        // One person in New York: any Manila working hour is their night.
        people.append(try MeetingsPageTests.participant(MeetingsPageTests.person(99, "Tom Becker", zone: "America/New_York"), hours: "Mon-Fri 09:00-17:00"))
        let planner = try MeetingPlanner(MeetingRequest(participants: people, durationMinutes: 30, from: CivilDate(year: 2026, month: 12, day: 8), days: 1, stepMinutes: 30))
        let best = try #require(planner.rank(limit: 1).first)
        let html = PlannerGrid.html(planner: planner, best: best)
        let named = html.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map { String($0.prefix(while: { $0 != "<" })) }
        #expect(named.count == 40)
        #expect(named.prefix(2) == ["Angelica Santos", "Tom Becker"])
        let folded = html.components(separatedBy: "<tr class=\"folded\">").dropFirst()
        #expect(!folded.isEmpty && folded.allSatisfy { $0.contains("21 others: how many") })
        // At every hour the folded rows count each of the other 21 once (61 people, 40 named).
        let counts = folded.map { row in row.components(separatedBy: "<td").dropFirst().map { cell in
            Int(cell.split(separator: ">", maxSplits: 1)[1].prefix(while: \.isNumber)) ?? 0 } }
        #expect(counts.allSatisfy { $0.count == 24 })
        for hour in 0..<24 { #expect(counts.map { $0[hour] }.reduce(0, +) == 21) }
        #expect(html.contains("count the other 21 people"))
    }

    @Test func aPlanShowsTheGridTheRankedSlotsAndTheTeamsLedger() async throws {
        let me = MeetingsPageTests.person(1, "Angelica Santos", zone: "Asia/Manila")
        let priya = MeetingsPageTests.person(2, "Priya Nair", zone: "Asia/Kolkata")
        let tom = MeetingsPageTests.person(3, "Tom Becker", zone: "America/New_York")
        let team = Team(id: MeetingsPageTests.id(10), organizationID: MeetingsPageTests.org, siteID: nil, name: "Night Desk")
        let search = MeetingSearch(query: "title=Ops+sync&duration=30&from=2027-03-02&days=1&step=60&me=1&team=\(team.id!)",
                                   today: CivilDate(year: 2027, month: 3, day: 1), now: nil)
        var input = MeetingsPlan.Input(participants: [try MeetingsPageTests.participant(me, hours: "Mon-Fri 09:00-17:00"),
                                                      try MeetingsPageTests.participant(priya, hours: "Mon-Fri 10:00-18:00"),
                                                      try MeetingsPageTests.participant(tom, hours: "Mon-Fri 08:00-16:00")], team: team)
        input.ledger.record(Participant.key(person: tom.id!), cost: 20, availability: .early)
        input.ledgerMeetings = 1
        let plan = MeetingsPlan(search, input: input, limit: 2)
        #expect(plan.problems.isEmpty && plan.ranked.count == 2)
        let picker = PeoplePicker(people: [priya, tom].map { PersonChoice(id: $0.id!, name: $0.name, timeZone: $0.timeZone) },
                                  searching: false, query: "", hint: "")
        let data = MeetingsPage.Data(search: search, people: picker, teams: [team], plan: plan)
        let html = try await Snapshot.render("meetings", title: "Meetings", section: .meetings, page: MeetingsPage(data))
        Snapshot.check(html, named: "meetings-plan")
    }

    @Test func yourMeetingsListCostsLinksAndWhatYouMayCancel() async throws {
        let me = MeetingsPageTests.person(1, "Angelica Santos", zone: "Asia/Manila")
        let priya = MeetingsPageTests.person(2, "Priya Nair", zone: "Asia/Kolkata")
        func meeting(_ n: Int, _ title: String, organizer: Person, start: Int64, series: UUID?, mine: String) -> Meeting {
            let m = Meeting(organizationID: MeetingsPageTests.org, organizerID: organizer.id!, teamID: nil, seriesID: series, title: title,
                            startsAt: start, endsAt: start + 1800, timeZone: organizer.timeZone)
            m.id = MeetingsPageTests.id(n)
            m.$organizer.value = organizer
            m.$attendees.value = [
                MeetingAttendee(meetingID: m.id!, personID: me.id, clientID: nil, participantKey: Participant.key(person: me.id!), name: me.name, cost: 10, availability: mine),
                MeetingAttendee(meetingID: m.id!, personID: priya.id, clientID: nil, participantKey: Participant.key(person: priya.id!), name: priya.name, cost: 0, availability: "working"),
            ]
            return m
        }
        // 2027-03-02 01:00 and 2027-03-09 12:30 UTC.
        let data = MyMeetingsPage.Data(personID: me.id!, zone: try TimeZoneName("Asia/Manila"), today: CivilDate(year: 2027, month: 3, day: 1), meetings: [
            meeting(20, "Ops sync", organizer: me, start: 1_803_949_200, series: MeetingsPageTests.id(30), mine: "working"),
            meeting(21, "Quarterly review", organizer: priya, start: 1_804_595_400, series: nil, mine: "late"),
        ], hasFeed: true)
        let html = try await Snapshot.render("my-meetings", title: "Your meetings", section: .meetings, page: MyMeetingsPage(data))
        Snapshot.check(html, named: "my-meetings")
    }

    @Test func aRefusedDayOffKeepsWhatWasTypedAndSaysWhatIsWrong() async throws {
        let dayOff = DayOff(personID: MeetingsPageTests.id(1), firstDay: "2027-03-15", lastDay: "2027-03-16")
        dayOff.id = MeetingsPageTests.id(40)
        var data = DaysOffPage.Data(daysOff: [dayOff], today: CivilDate(year: 2027, month: 3, day: 1), first: "2027-03-20", last: "2027-03-18")
        data.errors = FormErrors(ValidationFailure([FieldError(.last, "Last day is before the first day")]), fields: [DaysOffPage.first, DaysOffPage.last])
        let html = try await Snapshot.render("days-off", title: "Days off", section: .meetings, page: DaysOffPage(data))
        Snapshot.check(html, named: "days-off-refused")
    }
}
