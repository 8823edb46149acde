@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing
import Worldtime

/// The first notices, written with the change that causes them: bookings and cancellations
/// with their calendar parts, a lead's comment and rating, the check-in reminder.
@Suite struct ChangeNoticesTests {
    let passwords = Passwords(cost: 4)
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// The demo organization, with e-mail allowed as for a real one.
    func demo(_ kind: String) async throws -> (CrosswiseDatabase, Directory, Team, [Person]) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let org = try await Organization.query(on: db.db).first()!
        org.isDemo = false
        try await org.save(on: db.db)
        try await InboxNotice.query(on: db.db).delete()
        let directory = Directory(db: db.db, organizationID: try org.requireID())
        let team = try await directory.teams().first!
        let people = try await directory.people(inTeams: [team.id!], includeInactive: false)
        return (db, directory, team, people)
    }

    func calendar(of row: OutboxMessage) -> [String] {
        (row.calendar ?? "").components(separatedBy: "\r\n")
    }

    @Test(arguments: TestDatabases.kinds)
    func bookingAndCancellingTellEveryoneOnceWithCalendarPartsThatMatch(kind: String) async throws {
        let (db, directory, team, people) = try await demo(kind)
        let book = MeetingBook(db: db.db, organizationID: team.$organization.id)
        let client = try #require(try await directory.clients().first)
        let participants = try await directory.participants(people).participants + [try Participant(client: client)]
        let request = MeetingRequest(participants: participants, durationMinutes: 30, from: CivilDate(year: 2027, month: 3, day: 2), days: 1)
        let plan = try SeriesPlanner.plan(SeriesRequest(meeting: request, recurrence: .weekly, count: 2))
        let organizer = people[0]
        let meeting = try await book.book(title: "Ops sync", organizerID: organizer.id!, teamID: team.id, zone: participants[0].schedule.zone,
                                          occurrences: [MeetingBook.Booking(slot: plan.occurrences[0].slot, participants: participants)])[0]
        let booked = try await InboxNotice.query(on: db.db).all()
        #expect(booked.count == people.count)
        #expect(Set(booked.map(\.$person.id)) == Set(people.map(\.id!)))
        #expect(booked.allSatisfy { $0.noticeKind == .meetingBooked && $0.subject == .meeting(meeting.id!) })
        #expect(booked.first { $0.$person.id == organizer.id }?.body.hasPrefix("You booked Ops sync") == true)
        #expect(booked.first { $0.$person.id == people[1].id }?.body.hasPrefix("\(organizer.name) booked Ops sync") == true)
        let invitations = try await OutboxMessage.query(on: db.db).all()
        #expect(Set(invitations.map(\.recipient)) == Set(people.map(\.email)))
        let uid = "UID:\(meeting.id!.uuidString.lowercased())@crosswise"
        let invitation = calendar(of: invitations[0])
        #expect(invitations[0].calendarMethod == "REQUEST")
        #expect(invitation.contains("METHOD:REQUEST") && invitation.contains(uid) && invitation.contains("SEQUENCE:0"))

        _ = try await book.cancel(meeting.id!, by: organizer.id!, isAdmin: false, wholeSeries: false)
        let cancelled = try await InboxNotice.query(on: db.db).filter(\.$kind == NoticeKind.meetingCancelled.rawValue).all()
        #expect(cancelled.count == people.count)
        let cancellations = try await OutboxMessage.query(on: db.db).filter(\.$calendarMethod == "CANCEL").all()
        #expect(cancellations.count == people.count)
        let lines = calendar(of: cancellations[0])
        #expect(lines.contains("METHOD:CANCEL") && lines.contains("STATUS:CANCELLED") && lines.contains(uid) && lines.contains("SEQUENCE:1"))
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func movingAMeetingSendsTheNewTimeUnderTheSameUIDAndCancelsForWhoeverIsLeftOut(kind: String) async throws {
        let (db, directory, team, people) = try await demo(kind)
        let book = MeetingBook(db: db.db, organizationID: team.$organization.id)
        let everyone = try await directory.participants(people).participants
        func slot(_ participants: [Participant], day: Int) throws -> MeetingBook.Booking {
            let request = MeetingRequest(participants: participants, durationMinutes: 30, from: CivilDate(year: 2027, month: 3, day: day), days: 1)
            let best = try #require(try MeetingPlanner(request).rank(limit: 1).first)
            return MeetingBook.Booking(slot: best, participants: participants)
        }
        let organizer = people[0]
        let meeting = try await book.book(title: "Ops sync", organizerID: organizer.id!, teamID: team.id, zone: everyone[0].schedule.zone,
                                          occurrences: [try slot(everyone, day: 2)])[0]
        try await InboxNotice.query(on: db.db).delete()
        try await OutboxMessage.query(on: db.db).delete()
        let left = people.last!
        let kept = Array(everyone.dropLast())
        let target = try slot(kept, day: 4)
        // Someone new in the moved meeting was never invited: their notice is a booking.
        let outsider = try #require(try await directory.people(includeInactive: false).first { p in !people.contains { $0.id == p.id } })
        let withOutsider = try slot(kept + (try await directory.participants([outsider]).participants), day: 4)

        // Only the organizer moves it; anyone else (even a participant) finds nothing, and nothing changes.
        await #expect(throws: DirectoryError.notFound) { try await book.move(meeting.id!, by: people[1].id!, to: target) }
        #expect(try await OutboxMessage.query(on: db.db).count() == 0)

        let moved = try await book.move(meeting.id!, by: organizer.id!, to: target)
        #expect(moved.startsAt == target.start && moved.sequence == 1)
        let stored = try #require(try await book.meeting(meeting.id!))
        #expect(Set(stored.attendees.compactMap(\.$person.id)) == Set(people.dropLast().map(\.id!)))
        let notices = try await InboxNotice.query(on: db.db).all()
        #expect(notices.filter { $0.noticeKind == .meetingMoved }.count == people.count - 1)
        #expect(notices.filter { $0.noticeKind == .meetingBooked }.isEmpty)
        #expect(notices.filter { $0.noticeKind == .meetingCancelled }.map(\.$person.id) == [left.id!])
        let uid = "UID:\(meeting.id!.uuidString.lowercased())@crosswise"
        let mails = try await OutboxMessage.query(on: db.db).all()
        let request = try #require(mails.first { $0.calendarMethod == "REQUEST" })
        #expect(calendar(of: request).contains(uid) && calendar(of: request).contains("SEQUENCE:1"))
        let dropped = try #require(mails.first { $0.calendarMethod == "CANCEL" })
        #expect(dropped.recipient == left.email && calendar(of: dropped).contains(uid) && calendar(of: dropped).contains("SEQUENCE:1"))

        try await InboxNotice.query(on: db.db).delete()
        _ = try await book.move(meeting.id!, by: organizer.id!, to: withOutsider)
        let second = try await InboxNotice.query(on: db.db).all()
        #expect(second.filter { $0.noticeKind == .meetingBooked }.map(\.$person.id) == [outsider.id!])
        #expect(second.filter { $0.noticeKind == .meetingMoved }.count == people.count - 1)
        try await OutboxMessage.query(on: db.db).filter(\.$calendarMethod == "CANCEL").delete()

        // A cancellation after the move must outrank the moved invitation, or calendars ignore it.
        _ = try await book.cancel(meeting.id!, by: organizer.id!, isAdmin: false, wholeSeries: false)
        let last = try await OutboxMessage.query(on: db.db).filter(\.$calendarMethod == "CANCEL").filter(\.$recipient == organizer.email).all()
        #expect(last.count == 1 && calendar(of: last[0]).contains("SEQUENCE:3"))
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aLeadsCommentAndRatingReachThePersonButTheirOwnCheckInDoesNot(kind: String) async throws {
        let (db, _, team, people) = try await demo(kind)
        let (member, lead) = (people[2], people[1])
        let book = SkillsBook(db: db.db, organizationID: team.$organization.id)
        try await book.recordRatings([.init(competency: "teamwork", level: 4, comment: "Covers handovers", example: "Wrote the 3 a.m. note")],
                                     of: member.id!, by: lead.id!, at: now)
        let plan = DevelopmentPlan(personID: member.id!, roleID: "team-lead", goals: "[]", frameworkVersion: 1)
        plan.status = "active"
        try await plan.save(on: db.db)
        try await book.addNote(to: plan.id!, of: member.id!, by: member.id!, kind: "check-in", day: "2027-01-10", text: "Joined one guild call")
        try await book.addNote(to: plan.id!, of: member.id!, by: lead.id!, kind: "comment", day: "2027-01-11", text: "Good start, keep going")
        let inbox = try await Notices(db: db.db, organizationID: team.$organization.id).inbox(of: member.id!)
        #expect(Set(inbox.compactMap(\.noticeKind)) == [.leadRating, .leadComment])
        #expect(inbox.first { $0.noticeKind == .leadComment }?.body == "Good start, keep going")
        #expect(inbox.first { $0.noticeKind == .leadComment }?.subject == .plan(plan.id!))
        #expect(try await InboxNotice.query(on: db.db).filter(\.$person.$id == lead.id!).count() == 0)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aCheckInIsDueTwoWeeksAfterTheLastAndIsNotRepeatedForTwoWeeks(kind: String) async throws {
        let (db, _, team, people) = try await demo(kind)
        let member = people[2]
        try await DevelopmentPlan.query(on: db.db).delete()
        let plan = DevelopmentPlan(personID: member.id!, roleID: "team-lead", goals: "[]", frameworkVersion: 1)
        plan.status = "active"
        try await plan.save(on: db.db)
        try await PlanNote(planID: plan.id!, authorID: member.id!, kind: "check-in", day: "2027-01-10", text: "Started").save(on: db.db)
        let reminders = PlanCheckIns(db: db.db)
        func day(_ iso: String) -> Date { Date(timeIntervalSince1970: TimeInterval(CivilDate(iso: iso)!.days) * 86400 + 12 * 3600) }
        #expect(try await reminders.run(at: day("2027-01-23")) == 0)
        #expect(try await reminders.run(at: day("2027-01-24")) == 1)
        #expect(try await reminders.run(at: day("2027-01-30")) == 0)
        #expect(try await reminders.run(at: day("2027-02-08")) == 1)
        let due = try await Notices(db: db.db, organizationID: team.$organization.id).inbox(of: member.id!)
        #expect(due.count == 2 && due.allSatisfy { $0.noticeKind == .checkInDue && $0.subject == .plan(plan.id!) })
        await db.shutdown()
    }
}
