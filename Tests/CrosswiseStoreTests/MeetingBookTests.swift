@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing
import Worldtime

/// Booked meetings, the ledger built from them, feeds, days off and organization calendars on
/// both databases.
@Suite struct MeetingBookTests {
    let passwords = Passwords(cost: 4)

    func demo(_ kind: String) async throws -> (CrosswiseDatabase, Directory, MeetingBook, Team, [Person]) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let org = try await Organization.query(on: db.db).first()!
        let directory = Directory(db: db.db, organizationID: try org.requireID())
        let team = try await directory.teams().first!
        let people = try await directory.people(inTeams: [team.id!], includeInactive: false)
        return (db, directory, MeetingBook(db: db.db, organizationID: org.id!), team, people)
    }

    @Test(arguments: TestDatabases.kinds)
    func bookingASeriesFillsTheLedgerThatTheNextSeriesStartsFrom(kind: String) async throws {
        let (db, directory, book, team, people) = try await demo(kind)
        let participants = try await directory.participants(people).participants
        let meeting = MeetingRequest(participants: participants, durationMinutes: 30, from: CivilDate(year: 2027, month: 3, day: 2), days: 1)
        let plan = try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 5))
        let stored = try await book.book(title: "Ops sync", organizerID: people[0].id!, teamID: team.id, zone: participants[0].schedule.zone,
                                         occurrences: plan.occurrences.map { MeetingBook.Booking(slot: $0.slot, participants: participants) })
        #expect(stored.count == plan.occurrences.count)
        #expect(try await MeetingAttendee.query(on: db.db).count() == plan.occurrences.count * participants.count)
        let (ledger, names, count) = try await book.ledger(team: team.id!)
        #expect(count == plan.occurrences.count)
        #expect(ledger == plan.ledger)
        #expect(names.count == participants.count)
        // Every attendee's list shows it.
        let mine = try await book.meetings(of: people.last!.id!, endingAfter: 0)
        #expect(mine.count == plan.occurrences.count && mine.allSatisfy { $0.title == "Ops sync" })
        await db.shutdown()
    }

    /// A booked weekly series of the team's people and one client, and its ledger as planned.
    func bookSeries(_ directory: Directory, _ book: MeetingBook, _ team: Team, _ people: [Person]) async throws -> (SeriesPlan, [Participant]) {
        let client = try #require(try await directory.clients().first)
        let participants = try await directory.participants(people).participants + [try Participant(client: client)]
        let meeting = MeetingRequest(participants: participants, durationMinutes: 30, from: CivilDate(year: 2027, month: 3, day: 2), days: 1)
        let plan = try SeriesPlanner.plan(SeriesRequest(meeting: meeting, recurrence: .weekly, count: 5))
        try await book.book(title: "Ops sync", organizerID: people[0].id!, teamID: team.id, zone: participants[0].schedule.zone,
                            occurrences: plan.occurrences.map { MeetingBook.Booking(slot: $0.slot, participants: participants) })
        return (plan, participants)
    }

    @Test(arguments: TestDatabases.kinds)
    func correctingSomeonesEmailKeepsTheirFairnessHistory(kind: String) async throws {
        let (db, directory, book, team, people) = try await demo(kind)
        let (plan, before) = try await bookSeries(directory, book, team, people)
        let person = people[1]
        var form = PersonForm(person: person, teamIDs: try await directory.memberships(of: person.id!).map { try $0.team.requireID() })
        form.email = "corrected.\(person.email)"
        try await directory.savePerson(form, id: person.id)

        let after = try await directory.participants(try await directory.people(inTeams: [team.id!], includeInactive: false)).participants
        let corrected = try #require(after.first { $0.email == form.email })
        #expect(corrected.key == before[1].key && corrected.key == Participant.key(person: person.id!))
        let ledger = try await book.ledger(team: team.id!).ledger
        #expect(ledger == plan.ledger)
        #expect(ledger.burden[corrected.key] == plan.ledger.burden[before[1].key])
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func theMigrationMovesAttendeesBookedByEmailToTheirIDs(kind: String) async throws {
        let (db, directory, book, team, people) = try await demo(kind)
        let (plan, _) = try await bookSeries(directory, book, team, people)
        // Rows as they were written before: people keyed by e-mail, and one person's rows
        // without their id (found again by e-mail in the meeting's organization).
        let emails = Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0.email) })
        for row in try await MeetingAttendee.query(on: db.db).all() {
            guard let personID = row.$person.id else { continue }
            row.participantKey = "person:\(emails[personID]!)"
            if personID == people[2].id { row.$person.id = nil }
            try await row.save(on: db.db)
        }
        let clientKeys = try await MeetingAttendee.query(on: db.db).filter(\.$client.$id != nil).all().map(\.participantKey).sorted()
        #expect(!clientKeys.isEmpty)
        #expect(try await book.ledger(team: team.id!).ledger != plan.ledger)

        try await M008_AttendeesByPersonID().prepare(on: db.db)
        #expect(try await book.ledger(team: team.id!).ledger == plan.ledger)
        let rows = try await MeetingAttendee.query(on: db.db).all()
        #expect(rows.filter { $0.$person.id == people[2].id }.count == plan.occurrences.count)
        #expect(rows.filter { $0.$client.id != nil }.map(\.participantKey).sorted() == clientKeys)
        #expect(!rows.contains { $0.participantKey.contains("@") })
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func onlyTheOrganizerOrAnAdminCancels(kind: String) async throws {
        let (db, directory, book, team, people) = try await demo(kind)
        let participants = try await directory.participants(Array(people.prefix(3))).participants
        let planner = try MeetingPlanner(MeetingRequest(participants: participants, durationMinutes: 30, from: CivilDate(year: 2027, month: 3, day: 2), days: 2))
        let slot = try #require(planner.rank(limit: 1).first)
        let series = try SeriesPlanner.plan(SeriesRequest(meeting: planner.request, recurrence: .weekly, count: 4))
        let bookings = series.occurrences.map { MeetingBook.Booking(slot: $0.slot, participants: participants) }
        let stored = try await book.book(title: "Weekly", organizerID: people[0].id!, teamID: team.id, zone: participants[0].schedule.zone, occurrences: bookings)
        await #expect(throws: DirectoryError.notFound) {
            try await book.cancel(stored[0].id!, by: people[1].id!, isAdmin: false, wholeSeries: false)
        }
        #expect(try await book.cancel(stored[2].id!, by: people[0].id!, isAdmin: false, wholeSeries: true) == 2)
        #expect(try await Meeting.query(on: db.db).count() == 2)
        #expect(try await book.cancel(stored[0].id!, by: people[1].id!, isAdmin: true, wholeSeries: false) == 1)
        // An empty title books nothing.
        await #expect(throws: ValidationFailure.self) {
            try await book.book(title: "  ", organizerID: people[0].id!, teamID: nil, zone: participants[0].schedule.zone,
                                occurrences: [MeetingBook.Booking(slot: slot, participants: participants)])
        }
        #expect(try await Meeting.query(on: db.db).count() == 1)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func feedTokensAreStoredAsHashesAndReplaced(kind: String) async throws {
        let (db, _, book, _, people) = try await demo(kind)
        let first = try await book.newFeedToken(for: people[0].id!)
        #expect(try await MeetingBook.person(forFeed: first, on: db.db)?.id == people[0].id)
        #expect(try await CalendarFeed.query(on: db.db).all().allSatisfy { $0.tokenHash != first && $0.tokenHash.count == 64 })
        let second = try await book.newFeedToken(for: people[0].id!)
        #expect(try await MeetingBook.person(forFeed: first, on: db.db) == nil)
        #expect(try await MeetingBook.person(forFeed: second, on: db.db)?.id == people[0].id)
        #expect(try await MeetingBook.person(forFeed: "not-a-token", on: db.db) == nil)
        try await directoryDeactivate(db, people[0])
        #expect(try await MeetingBook.person(forFeed: second, on: db.db) == nil)
        await db.shutdown()
    }

    func directoryDeactivate(_ db: CrosswiseDatabase, _ person: Person) async throws {
        try await Directory(db: db.db, organizationID: person.$organization.id).setActive(person: person.id!, false)
    }

    @Test(arguments: TestDatabases.kinds)
    func calendarsAndDaysOffReachTheParticipants(kind: String) async throws {
        let (db, directory, _, _, people) = try await demo(kind)
        let site = try #require(people.first { $0.$site.id != nil })
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270312\r\nSUMMARY:Site shutdown\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try await directory.importHolidayCalendar(name: "", siteID: site.$site.id, fileName: "shutdown.ics", text: ics.replacingOccurrences(of: "BEGIN:VCALENDAR\r\n", with: "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Manila shutdown\r\n"))
        #expect(try await directory.holidayCalendars().map(\.calendar.name) == ["Manila shutdown"])
        try await directory.addDayOff(personID: site.id!, first: "2027-03-15", last: "2027-03-16", today: CivilDate(year: 2027, month: 3, day: 1))
        await #expect(throws: ValidationFailure.self) {
            try await directory.addDayOff(personID: site.id!, first: "2027-03-16", last: "2027-03-20", today: CivilDate(year: 2027, month: 3, day: 1))
        }
        let loaded = try await directory.participants([site])
        let schedule = try #require(loaded.participants.first).schedule
        #expect(schedule.extraHolidays[CivilDate(year: 2027, month: 3, day: 11)] == "Site shutdown")
        #expect(schedule.extraHolidays[CivilDate(year: 2027, month: 3, day: 12)] == nil)
        #expect(schedule.daysOff == [CivilDate(year: 2027, month: 3, day: 15), CivilDate(year: 2027, month: 3, day: 16)])
        // A bad file is refused whole: no calendar, no dates.
        await #expect(throws: ValidationFailure.self) {
            try await directory.importHolidayCalendar(name: "Broken", siteID: nil, fileName: "x.ics", text: "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n")
        }
        #expect(try await HolidayCalendar.query(on: db.db).count() == 1)
        #expect(try await OrganizationHoliday.query(on: db.db).count() == 2)
        await db.shutdown()
    }
}
