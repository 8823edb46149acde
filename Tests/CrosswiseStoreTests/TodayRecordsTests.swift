import CrosswiseStore
import FluentKit
import Foundation
import Testing
import Worldtime

/// The store's reads for the Today page, on SQLite and PostgreSQL.
@Suite struct TodayRecordsTests {
    @Test(arguments: TestDatabases.kinds)
    func waitingCountsAFinishedAssessmentAndACheckInWithoutAComment(kind: String) async throws {
        let (db, book, people) = try await SkillsBookTests().demo(kind)
        let member = people[0], lead = people[1]
        #expect(try await book.waiting(for: lead.id!, coached: [member.id!]) == TodayWaiting())
        let framework = try await book.currentFramework()
        let assessment = try await book.resumeOrStartAssessment(for: member.id!)
        #expect(try await book.waiting(for: member.id!, coached: []).openAssessment)
        try await book.saveAnswers(SkillsBookTests().fullSheet(framework), to: assessment.id!, of: member.id!)
        _ = try await book.completeAssessment(assessment.id!, of: member.id!, at: Date())
        let career = try await book.career(of: member.id!, in: framework)
        let plan = try await book.draftPlan(for: member.id!, towards: career.target!.id, at: Date())
        try await book.addNote(to: plan.id!, of: member.id!, by: member.id!, kind: "check-in", day: "2026-11-20", text: "Practised")
        #expect(try await book.waiting(for: lead.id!, coached: [member.id!]) == TodayWaiting(ratingsWaiting: 1, planCommentsWaiting: 1))
        try await book.addNote(to: plan.id!, of: member.id!, by: lead.id!, kind: "comment", day: "2026-11-21", text: "Good")
        #expect(try await book.waiting(for: lead.id!, coached: [member.id!]).planCommentsWaiting == 0)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func nightSeatsAreTheWeeksMeetingsBookedIntoSleepHours(kind: String) async throws {
        let (db, book, people) = try await SkillsBookTests().demo(kind)
        let orgID = book.organizationID, someone = people[0], other = people[1]
        for (title, start, availability) in [("Night call", Int64(1_000_000), "night"), ("Day call", 1_000_000, "working"), ("Later", 2_000_000, "night")] {
            let meeting = Meeting(organizationID: orgID, organizerID: other.id!, teamID: nil, seriesID: nil, title: title,
                                  startsAt: start, endsAt: start + 1800, timeZone: "UTC")
            try await meeting.create(on: db.db)
            try await MeetingAttendee(meetingID: meeting.id!, personID: someone.id!, clientID: nil, participantKey: "person:\(someone.id!)",
                                      name: someone.name, cost: 80, availability: availability).create(on: db.db)
        }
        let seats = try await MeetingBook(db: db.db, organizationID: orgID).nightSeats(of: [someone.id!], startingIn: 900_000..<1_500_000)
        #expect(seats.map(\.title) == ["Night call"])
        #expect(try await MeetingBook(db: db.db, organizationID: UUID()).nightSeats(of: [someone.id!], startingIn: 0..<3_000_000).isEmpty)
        await db.shutdown()
    }
}
