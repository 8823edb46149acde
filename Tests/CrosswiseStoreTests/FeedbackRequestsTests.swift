@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// Requests for feedback on both databases: the refusals, notices at the start of the asked
/// person's own shift, the one reminder, answers linked to the request, who sees what, and
/// the export and erasure.
@Suite struct FeedbackRequestsTests {
    let passwords = Passwords(cost: 4)
    /// Wednesday 2 December 2026, 06:00 UTC: 14:00 in Manila, between two night shifts.
    static let wednesday = Date(timeIntervalSince1970: 1_796_191_200)
    /// 21:00 in Manila that day, when the night shift starts.
    static let shiftStart = wednesday.addingTimeInterval(7 * 3600)

    struct World {
        let db: CrosswiseDatabase
        let clock: TestClock
        let requests: FeedbackRequests
        let asker: Person, nightAgent: Person, dayAgent: Person, admin: Person
        let organizationID: UUID
    }

    func person(_ name: String, hours: String, zone: String = "Asia/Manila", team: UUID, in directory: Directory) async throws -> Person {
        var form = PersonForm()
        form.name = name
        form.email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
        form.role = "member"
        form.teamIDs = [team]
        form.timeZone = zone
        form.country = "PH"
        form.workingHours = hours
        return try await directory.savePerson(form)
    }

    func world(_ kind: String) async throws -> World {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let admin = try #require(try await Person.query(on: db.db).filter(\.$email == DemoOrganization.signIns[0].email).first())
        let orgID = admin.$organization.id
        // The demo organization's notices stay in the inbox; this one is a real organization.
        try await Organization.query(on: db.db).filter(\.$id == orgID).set(\.$isDemo, to: false).update()
        let directory = Directory(db: db.db, organizationID: orgID, actor: .person(admin.id!, role: .admin))
        let team = try #require(try await directory.teams().first?.id)
        let asker = try await person("Imelda Santos Roque", hours: "Mon-Fri 09:00-18:00", team: team, in: directory)
        let night = try await person("Tomasz Adeyemi Lind", hours: "Mon-Fri 21:00-06:00", team: team, in: directory)
        let day = try await person("Farida Haddad Cole", hours: "Mon-Fri 13:00-22:00", team: team, in: directory)
        let clock = TestClock(Self.wednesday)
        return World(db: db, clock: clock, requests: FeedbackRequests(db: db.db, organizationID: orgID, now: { clock.now() }),
                     asker: asker, nightAgent: night, dayAgent: day, admin: admin, organizationID: orgID)
    }

    func draft(_ people: [Person], question: String = "How did I handle Tuesday's escalation call?") -> FeedbackRequestDraft {
        var draft = FeedbackRequestDraft()
        draft.question = question
        draft.personIDs = people.map { $0.id! }
        draft.competency = "communication"
        return draft
    }

    func notices(_ w: World, to person: Person, _ kind: NoticeKind) async throws -> [InboxNotice] {
        try await InboxNotice.query(on: w.db.db).filter(\.$person.$id == person.id!).filter(\.$kind == kind.rawValue).all()
    }

    @Test(arguments: TestDatabases.kinds)
    func yourselfOutsidersDuplicatesAndMoreThanTwentyAreRefusedAndNothingIsWritten(kind: String) async throws {
        let w = try await world(kind)
        let elsewhere = Organization(name: "Elsewhere BPO")
        try await elsewhere.create(on: w.db.db)
        let stranger = Person(organizationID: elsewhere.id!, name: "Rafael Ortiz Dunn", email: "rafael@elsewhere.example", role: .member)
        try await stranger.create(on: w.db.db)
        let many = try await Person.query(on: w.db.db).filter(\.$organization.$id == w.organizationID).filter(\.$id != w.asker.id!).all()
        try #require(many.count > 20)
        let asksBefore = try await FeedbackAsk.query(on: w.db.db).count()
        let cases: [(FeedbackRequestDraft, String)] = [
            (draft([w.nightAgent, w.asker]), "other than yourself"),
            (draft([w.nightAgent, stranger]), "in your organization"),
            (draft([w.nightAgent, w.nightAgent]), "chosen twice"),
            (draft(Array(many.prefix(21))), "at most 20"),
            (draft([]), "at least one colleague"),
            (draft([w.nightAgent], question: "  \u{7}\u{1B}  "), "question is required"),
            (draft([w.nightAgent], question: String(repeating: "a", count: 301)), "longer than 300"),
        ]
        for (bad, message) in cases {
            do {
                try await w.requests.ask(bad, from: w.asker.id!, competencies: ["communication"])
                Issue.record("\(message) was accepted")
            } catch let failure as ValidationFailure {
                #expect(failure.description.contains(message), "\(failure)")
            }
        }
        #expect(try await FeedbackRequest.query(on: w.db.db).filter(\.$asker.$id == w.asker.id!).count() == 0)
        #expect(try await FeedbackAsk.query(on: w.db.db).count() == asksBefore)
        #expect(try await InboxNotice.query(on: w.db.db).filter(\.$kind == NoticeKind.feedbackRequested.rawValue).count() == 0)
        var bell = draft([w.nightAgent], question: "How was my \u{7}call?\u{1B}")
        bell.competency = ""
        let made = try await w.requests.ask(bell, from: w.asker.id!, competencies: ["communication"])
        #expect(made.question == "How was my call?" && made.competency == nil)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func theNoticeArrivesAtTheStartOfEachPersonsShiftAndOneReminderAfterThreeDays(kind: String) async throws {
        let w = try await world(kind)
        let request = try await w.requests.ask(draft([w.nightAgent, w.dayAgent]), from: w.asker.id!, competencies: ["communication"])
        // 14:00 in Manila: the day agent (13:00-22:00) is on shift and hears at once; the night
        // agent is asleep and hears nothing until 21:00.
        #expect(try await notices(w, to: w.dayAgent, .feedbackRequested).count == 1)
        #expect(try await notices(w, to: w.nightAgent, .feedbackRequested).isEmpty)
        let job = FeedbackRequestNotices(db: w.db.db)
        #expect(try await job.run(at: Self.shiftStart.addingTimeInterval(-60)) == 0)
        #expect(try await job.run(at: Self.shiftStart) == 1)
        let first = try await notices(w, to: w.nightAgent, .feedbackRequested)
        #expect(first.count == 1 && first.first?.title == "Imelda Santos Roque asks for your feedback")
        #expect(first.first?.body.contains("Tuesday's escalation call") == true)
        #expect(try await job.run(at: Self.shiftStart.addingTimeInterval(600)) == 0)
        // Three days on is Saturday: the reminders wait for each one's Monday shift.
        let monday = Self.wednesday.addingTimeInterval(5 * 86400)
        #expect(try await job.run(at: monday.addingTimeInterval(-2 * 3600)) == 0)
        #expect(try await job.run(at: monday) == 1, "the day agent's, from 13:00 in Manila")
        #expect(try await notices(w, to: w.dayAgent, .feedbackReminder).count == 1)
        #expect(try await job.run(at: monday.addingTimeInterval(7 * 3600)) == 1, "the night agent's, at 21:00")
        #expect(try await notices(w, to: w.nightAgent, .feedbackReminder).count == 1)
        #expect(try await notices(w, to: w.dayAgent, .feedbackReminder).count == 1)
        #expect(try await job.run(at: monday.addingTimeInterval(30 * 86400)) == 0, "one reminder, never a second")
        // E-mail goes when the notice is posted, so it too arrives at the shift's start.
        let mails = try await OutboxMessage.query(on: w.db.db).filter(\.$person.$id == w.nightAgent.id!).sort(\.$createdAt).all()
        #expect(mails.map(\.createdAt) == [Self.shiftStart, monday.addingTimeInterval(7 * 3600)])
        _ = request
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anAnswerIsLinkedToTheRequestAndStopsTheReminderAndClosingStopsEverything(kind: String) async throws {
        let w = try await world(kind)
        let request = try await w.requests.ask(draft([w.nightAgent, w.dayAgent]), from: w.asker.id!, competencies: ["communication"])
        let book = FeedbackBook(db: w.db.db, organizationID: w.organizationID)
        var answer = FeedbackDraft()
        answer.receiverID = w.asker.id
        answer.requestID = request.id
        answer.kind = "praise"
        answer.situation = "Tuesday's escalation call"
        answer.behaviour = "You repeated the client's problem back before offering the refund"
        answer.impact = "The client stopped asking for a supervisor"
        answer.visibility = "person"
        let entry = try await book.give(answer, from: w.dayAgent.id!, competencies: ["communication"])
        let item = try await w.requests.request(request.id!, readBy: w.asker.id!)
        #expect(item.answeredCount == 1)
        #expect(item.asked.first { $0.personID == w.dayAgent.id }?.entryID == entry.id)
        #expect(item.asked.first { $0.personID == w.nightAgent.id }?.answeredAt == nil)
        // A second answer, an answer to someone else, and one from someone not asked are refused.
        await #expect(throws: ValidationFailure.self) { try await book.give(answer, from: w.dayAgent.id!, competencies: ["communication"]) }
        var elsewhere = answer
        elsewhere.receiverID = w.dayAgent.id
        await #expect(throws: ValidationFailure.self) { try await book.give(elsewhere, from: w.nightAgent.id!, competencies: []) }
        await #expect(throws: ValidationFailure.self) { try await book.give(answer, from: w.admin.id!, competencies: []) }
        #expect(try await FeedbackEntry.query(on: w.db.db).filter(\.$receiver.$id == w.asker.id!).count() == 1)

        let job = FeedbackRequestNotices(db: w.db.db)
        #expect(try await job.run(at: Self.shiftStart) == 1)
        // Only the asker closes it; then the night agent gets no reminder and cannot answer.
        await #expect(throws: DirectoryError.notFound) { try await w.requests.close(request.id!, by: w.nightAgent.id!) }
        try await w.requests.close(request.id!, by: w.asker.id!)
        #expect(try await job.run(at: Self.wednesday.addingTimeInterval(30 * 86400)) == 0)
        #expect(try await notices(w, to: w.dayAgent, .feedbackReminder).isEmpty)
        #expect(try await notices(w, to: w.nightAgent, .feedbackReminder).isEmpty)
        await #expect(throws: ValidationFailure.self) { try await book.give(answer, from: w.nightAgent.id!, competencies: []) }
        #expect(try await w.requests.waiting(for: w.nightAgent.id!).isEmpty)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func theAskerSeesEveryoneAskedAPersonAskedOnlyTheirPartAndNobodyElseAnything(kind: String) async throws {
        let w = try await world(kind)
        let request = try await w.requests.ask(draft([w.nightAgent, w.dayAgent]), from: w.asker.id!, competencies: ["communication"])
        #expect(try await w.requests.request(request.id!, readBy: w.asker.id!).asked.count == 2)
        let theirs = try await w.requests.request(request.id!, readBy: w.dayAgent.id!)
        #expect(theirs.asked.map(\.personID) == [w.dayAgent.id!])
        await #expect(throws: DirectoryError.notFound) { try await w.requests.request(request.id!, readBy: w.admin.id!) }
        let other = FeedbackRequests(db: w.db.db, organizationID: UUID())
        await #expect(throws: DirectoryError.notFound) { try await other.request(request.id!, readBy: w.asker.id!) }
        #expect(try await w.requests.made(by: w.asker.id!).count == 1)
        #expect(try await w.requests.made(by: w.dayAgent.id!).isEmpty)
        #expect(try await w.requests.waiting(for: w.dayAgent.id!).map(\.request.id) == [request.id])
        #expect(try await w.requests.waiting(for: w.asker.id!).isEmpty)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func requestsAreInTheExportOfBothSidesAndErasureRemovesThem(kind: String) async throws {
        let w = try await world(kind)
        // A throw would skip the shutdown and crash the runner; record it instead.
        do {
            try await w.requests.ask(draft([w.nightAgent, w.dayAgent]), from: w.asker.id!, competencies: ["communication"])
            try await w.requests.ask(draft([w.asker], question: "Was my handover clear?"), from: w.dayAgent.id!, competencies: ["communication"])
            let data = PersonalData(db: w.db.db, organizationID: w.organizationID)
            let document = try await data.export(w.asker.id!)
            let section = try #require(document.sections["feedbackRequests"])
            #expect(section["made"]?.array?.first?["peopleAsked"] == .int(2))
            #expect(section["asked"]?.array?.first?["question"] == .string("Was my handover clear?"))
            let json = String(decoding: try document.json(), as: UTF8.self)
            #expect(!json.contains(w.nightAgent.name) && !json.contains(w.dayAgent.name))

            try await data.erase(w.asker.id!, by: .person(w.admin.id!, role: .admin))
            let people = [w.asker.id!, w.nightAgent.id!, w.dayAgent.id!]
            #expect(try await FeedbackRequest.query(on: w.db.db).filter(\.$asker.$id ~~ people).all().map(\.question) == ["Was my handover clear?"])
            #expect(try await FeedbackAsk.query(on: w.db.db).filter(\.$person.$id ~~ people).count() == 0)
        } catch { Issue.record(error) }
        await w.db.shutdown()
    }
}
