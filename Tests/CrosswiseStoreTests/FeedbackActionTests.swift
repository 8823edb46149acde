@testable import CrosswiseStore
import FluentKit
import Foundation
import Skills
import Testing

/// Feedback turned into a plan action, and client feedback links, on both databases.
@Suite struct FeedbackActionTests {
    let passwords = Passwords(cost: 4)

    struct World {
        let db: CrosswiseDatabase
        let organizationID: UUID
        let giver: Person, receiver: Person, lead: Person, outsider: Person, admin: Person
    }

    func person(_ name: String, _ role: String, team: UUID, in directory: Directory) async throws -> Person {
        var form = PersonForm()
        form.name = name
        form.email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
        form.role = role
        form.teamIDs = [team]
        form.timeZone = "Asia/Manila"
        form.country = "PH"
        form.workingHours = "Mon-Fri 21:00-06:00"
        return try await directory.savePerson(form)
    }

    func world(_ kind: String) async throws -> World {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let admin = try #require(try await Person.query(on: db.db).filter(\.$email == DemoOrganization.signIns[0].email).first())
        let orgID = admin.$organization.id
        let directory = Directory(db: db.db, organizationID: orgID, actor: .person(admin.id!, role: .admin))
        let teams = try await directory.teams()
        return World(db: db, organizationID: orgID,
                     giver: try await person("Imelda Santos Roque", "member", team: teams[0].id!, in: directory),
                     receiver: try await person("Tomasz Adeyemi Lind", "member", team: teams[0].id!, in: directory),
                     lead: try await person("Farida Haddad Cole", "lead", team: teams[0].id!, in: directory),
                     outsider: try await person("Oskar Mbeki Laine", "lead", team: teams[1].id!, in: directory), admin: admin)
    }

    func entry(_ w: World, competency: String = "customer-experience") async throws -> FeedbackEntry {
        var draft = FeedbackDraft()
        draft.receiverID = w.receiver.id
        draft.kind = "suggestion"
        draft.situation = "Tuesday's refund call"
        draft.behaviour = "You read the policy aloud twice"
        draft.impact = "The client asked for a supervisor"
        draft.nextTime = "Say back what upset them before the options"
        draft.competency = competency
        draft.visibility = "person"
        return try await FeedbackBook(db: w.db.db, organizationID: w.organizationID).give(draft, from: w.giver.id!, competencies: [competency])
    }

    func plan(for person: Person, goals: [PlanGoal], on db: any Database) async throws -> DevelopmentPlan {
        let plan = DevelopmentPlan(personID: person.id!, roleID: "agent", goals: String(decoding: try JSONEncoder().encode(goals), as: UTF8.self),
                                   frameworkVersion: 1)
        try await plan.create(on: db)
        return plan
    }

    func goals(_ plan: DevelopmentPlan, on db: any Database) async throws -> [PlanGoal] {
        let stored = try #require(try await DevelopmentPlan.find(plan.id, on: db))
        return try JSONDecoder().decode([PlanGoal].self, from: Data(stored.goals.utf8))
    }

    // MARK: Add to my plan

    @Test(arguments: TestDatabases.kinds)
    func feedbackBecomesAPracticeActionUnderItsCompetencyOrANewGoalAndOnlyOnce(kind: String) async throws {
        let w = try await world(kind)
        let framework = Framework.builtIn
        let book = FeedbackBook(db: w.db.db, organizationID: w.organizationID)
        let first = try await entry(w), second = try await entry(w, competency: "teamwork")
        let existing = PlanGoal(competency: "customer-experience", name: "Customer experience", startLevel: 2, targetLevel: 3, due: "2027-01-15",
                                dos: [], donts: [], actions: [PracticeAction(action: "Listen first", cadence: .daily)], resources: [])
        let plan = try await plan(for: w.receiver, goals: [existing], on: w.db.db)
        #expect(try await book.planGoal(for: first.id!, of: w.receiver.id!) == nil)
        try await book.addToPlan(first.id!, by: w.receiver.id!, competency: "customer-experience", action: first.nextTime!, framework: framework,
                                 today: "2026-12-02")
        var stored = try await goals(plan, on: w.db.db)
        #expect(stored.count == 1 && stored[0].actions.count == 2)
        #expect(stored[0].actions.last?.fromFeedback == first.id && stored[0].actions.last?.action == "Say back what upset them before the options")
        #expect(try await book.planGoal(for: first.id!, of: w.receiver.id!) == "Customer experience")
        // Teamwork has no goal yet: a new one, due six weeks on.
        try await book.addToPlan(second.id!, by: w.receiver.id!, competency: "teamwork", action: "Share the handover checklist", framework: framework,
                                 today: "2026-12-02")
        stored = try await goals(plan, on: w.db.db)
        #expect(stored.map(\.competency) == ["customer-experience", "teamwork"] && stored[1].due == "2027-01-13")
        // Twice is refused and writes nothing.
        await #expect(throws: ValidationFailure.self) {
            try await book.addToPlan(first.id!, by: w.receiver.id!, competency: "customer-experience", action: "Again", framework: framework, today: "2026-12-02")
        }
        #expect(try await goals(plan, on: w.db.db) == stored)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func onlyTheReceiverAddsAndBadInputOrNoPlanWritesNothing(kind: String) async throws {
        let w = try await world(kind)
        let framework = Framework.builtIn
        let book = FeedbackBook(db: w.db.db, organizationID: w.organizationID)
        let given = try await entry(w)
        // No plan yet.
        do {
            try await book.addToPlan(given.id!, by: w.receiver.id!, competency: "customer-experience", action: "Listen", framework: framework, today: "2026-12-02")
            Issue.record("added without a plan")
        } catch let failure as ValidationFailure { #expect(failure.description.contains("no development plan")) }
        let plan = try await plan(for: w.receiver, goals: [], on: w.db.db)
        for (competency, action, message) in [("nonsense", "Listen", "Choose the competency"), ("teamwork", " \u{7} ", "is required"),
                                              ("teamwork", String(repeating: "x", count: 301), "longer than 300")] {
            do {
                try await book.addToPlan(given.id!, by: w.receiver.id!, competency: competency, action: action, framework: framework, today: "2026-12-02")
                Issue.record("\(message) was accepted")
            } catch let failure as ValidationFailure { #expect(failure.description.contains(message)) }
        }
        // The giver, the receiver's lead and an admin may not put it in the receiver's plan.
        for other in [w.giver, w.lead, w.admin] {
            await #expect(throws: DirectoryError.notFound) {
                try await book.addToPlan(given.id!, by: other.id!, competency: "teamwork", action: "Listen", framework: framework, today: "2026-12-02")
            }
        }
        #expect(try await goals(plan, on: w.db.db).isEmpty)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func editingThePlanKeepsTheLinkToTheFeedback(kind: String) async throws {
        let w = try await world(kind)
        let book = FeedbackBook(db: w.db.db, organizationID: w.organizationID)
        let given = try await entry(w)
        let plan = try await plan(for: w.receiver, goals: [], on: w.db.db)
        try await book.addToPlan(given.id!, by: w.receiver.id!, competency: "teamwork", action: "Share the checklist", framework: .builtIn, today: "2026-12-02")
        let skills = SkillsBook(db: w.db.db, organizationID: w.organizationID)
        try await skills.editPlan(plan.id!, of: w.receiver.id!, goals: [0: .init(targetLevel: 4, due: "2027-02-01", actions: [
            PracticeAction(action: "Share the checklist", cadence: .daily), PracticeAction(action: "My own", cadence: .weekly)])], status: .active)
        let stored = try await goals(plan, on: w.db.db)
        #expect(stored[0].actions.map(\.fromFeedback) == [given.id, nil])
        await w.db.shutdown()
    }

    // MARK: Client links

    @Test(arguments: TestDatabases.kinds)
    func aLinkStoresOnlyTheHashWorksOnceAndAnsweredBecomesTheReceiversFeedback(kind: String) async throws {
        let w = try await world(kind)
        let links = ClientFeedbackLinks(db: w.db.db, organizationID: w.organizationID)
        let made = try await links.create(for: w.receiver.id!, by: w.lead.id!, clientName: "Dana Whitfield", clientEmail: "Dana@Harbor.example")
        #expect(made.token.count == 43 && !made.token.contains("+") && !made.token.contains("/") && !made.token.contains("="))
        let stored = try #require(try await ClientFeedbackLink.find(made.link.id, on: w.db.db))
        #expect(stored.tokenHash == SecretToken.digest(made.token) && stored.tokenHash != made.token && stored.clientEmail == "dana@harbor.example")
        #expect(abs(stored.expiresAt.timeIntervalSince(Date()) - 14 * 86400) < 60)
        let form = ClientFeedbackForm(db: w.db.db)
        let opened = try await form.open(made.token, address: "203.0.113.7")
        #expect(opened.readers == ["Tomasz Adeyemi Lind", "Farida Haddad Cole, who sent you this link"])
        var bad = ClientFeedbackForm.Draft()
        bad.clarity = "6"
        bad.responsiveness = "x"
        await #expect(throws: ValidationFailure.self) { try await form.answer(opened, bad) }
        #expect(try await ClientFeedbackAnswer.query(on: w.db.db).filter(\.$person.$id == w.receiver.id!).count() == 0)
        var good = ClientFeedbackForm.Draft()
        (good.clarity, good.responsiveness, good.care, good.comment) = ("4", "5", "3", "Clear updates \u{1B}every day")
        try await form.answer(opened, good)
        let answers = try await links.answers(about: w.receiver.id!)
        #expect(answers.map(\.clientName) == ["Dana Whitfield"] && answers.first?.comment == "Clear updates every day")
        await #expect(throws: ClientFeedbackForm.Refusal.used) { try await form.open(made.token, address: "203.0.113.7") }
        // A second answer through the same opened link is refused by the database.
        await #expect(throws: (any Error).self) { try await form.answer(opened, good) }
        #expect(try await ClientFeedbackAnswer.query(on: w.db.db).filter(\.$person.$id == w.receiver.id!).count() == 1)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func wrongAndExpiredAreTheSameRevokedSaysSoAndAnAddressGetsTenTriesAnHour(kind: String) async throws {
        let w = try await world(kind)
        let clock = TestClock(Date())
        let links = ClientFeedbackLinks(db: w.db.db, organizationID: w.organizationID, now: { clock.now() })
        let form = ClientFeedbackForm(db: w.db.db, now: { clock.now() })
        let expiring = try await links.create(for: w.receiver.id!, by: w.receiver.id!, clientName: "Ada", clientEmail: "")
        let revoked = try await links.create(for: w.receiver.id!, by: w.receiver.id!, clientName: "Bo", clientEmail: "")
        await #expect(throws: DirectoryError.notFound) { try await links.revoke(revoked.link.id!, by: w.giver.id!) }
        try await links.revoke(revoked.link.id!, by: w.receiver.id!)
        await #expect(throws: ClientFeedbackForm.Refusal.revoked) { try await form.open(revoked.token, address: "a") }
        await #expect(throws: ClientFeedbackForm.Refusal.notFound) { try await form.open("not-a-real-token", address: "a") }
        clock.advance(14 * 86400 + 1)
        await #expect(throws: ClientFeedbackForm.Refusal.notFound) { try await form.open(expiring.token, address: "a") }
        for _ in 0..<9 { _ = try? await form.open("guess", address: "a") }
        await #expect(throws: ClientFeedbackForm.Refusal.tooManyAttempts) { try await form.open("guess", address: "a") }
        await #expect(throws: ClientFeedbackForm.Refusal.notFound) { try await form.open("guess", address: "b") }
        clock.advance(3601)
        await #expect(throws: ClientFeedbackForm.Refusal.notFound) { try await form.open("guess", address: "a") }
        // No address is stored as typed.
        #expect(try await ClientLinkAttempt.query(on: w.db.db).all().allSatisfy { $0.addressHash.count == 64 && $0.addressHash != "a" })
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func onlyThePersonAndTheirLeadMakeLinksAndBadInputWritesNothing(kind: String) async throws {
        let w = try await world(kind)
        let links = ClientFeedbackLinks(db: w.db.db, organizationID: w.organizationID)
        for maker in [w.giver, w.outsider, w.admin] {
            await #expect(throws: DirectoryError.notFound) { try await links.create(for: w.receiver.id!, by: maker.id!, clientName: "Ada", clientEmail: "") }
        }
        for (name, email, message) in [(" \u{7} ", "", "name is required"), ("Ada", "not an address", "e-mail address"),
                                       (String(repeating: "a", count: 121), "", "longer than 120")] {
            do {
                _ = try await links.create(for: w.receiver.id!, by: w.receiver.id!, clientName: name, clientEmail: email)
                Issue.record("\(message) was accepted")
            } catch let failure as ValidationFailure { #expect(failure.description.contains(message)) }
        }
        #expect(try await ClientFeedbackLink.query(on: w.db.db).filter(\.$person.$id == w.receiver.id!).count() == 0)
        let made = try await links.create(for: w.receiver.id!, by: w.lead.id!, clientName: "Ada", clientEmail: "")
        _ = try await links.create(for: w.receiver.id!, by: w.receiver.id!, clientName: "Own", clientEmail: "")
        // The lead's link for a team member is audited; the person's own is not.
        let audited = try await AuditEntry.query(on: w.db.db).filter(\.$entityType == AuditSubject.clientFeedbackLink.rawValue).all()
        #expect(audited.map(\.entityID) == [made.link.id!.uuidString] && audited.first?.entityLabel == "For Tomasz Adeyemi Lind, to Ada")
        #expect(try await links.links(readBy: w.lead.id!).count == 1)
        #expect(try await links.links(readBy: w.receiver.id!).count == 2)
        #expect(try await links.links(readBy: w.giver.id!).isEmpty)
        #expect(try await links.links(readBy: w.admin.id!).isEmpty)
        #expect(try await ClientFeedbackLinks(db: w.db.db, organizationID: UUID()).links(readBy: w.receiver.id!).isEmpty)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func clientFeedbackIsInTheExportAndErasureRemovesIt(kind: String) async throws {
        let w = try await world(kind)
        let links = ClientFeedbackLinks(db: w.db.db, organizationID: w.organizationID)
        let made = try await links.create(for: w.receiver.id!, by: w.lead.id!, clientName: "Dana Whitfield", clientEmail: "dana@harbor.example")
        let form = ClientFeedbackForm(db: w.db.db)
        var good = ClientFeedbackForm.Draft()
        (good.clarity, good.responsiveness, good.care) = ("4", "5", "3")
        try await form.answer(try await form.open(made.token, address: "x"), good)
        _ = try await links.create(for: w.giver.id!, by: w.lead.id!, clientName: "Other client", clientEmail: "")
        let data = PersonalData(db: w.db.db, organizationID: w.organizationID)
        let document = try await data.export(w.receiver.id!)
        let section = try #require(document.sections["clientFeedback"])
        #expect(section.array?.first?["answer"]?["care"] == .int(3))
        let json = String(decoding: try document.json(), as: UTF8.self)
        #expect(!json.contains("dana@harbor.example") && !json.contains(made.link.tokenHash) && !json.contains(w.lead.name))
        try await data.erase(w.receiver.id!, by: .person(w.admin.id!, role: .admin))
        let ours = [w.receiver.id!, w.giver.id!]
        #expect(try await ClientFeedbackAnswer.query(on: w.db.db).filter(\.$person.$id ~~ ours).count() == 0)
        #expect(try await ClientFeedbackLink.query(on: w.db.db).filter(\.$person.$id ~~ ours).all().map(\.clientName) == ["Other client"])
        try await data.erase(w.lead.id!, by: .person(w.admin.id!, role: .admin))
        #expect(try await ClientFeedbackLink.query(on: w.db.db).filter(\.$person.$id ~~ ours).all().map { $0.$createdBy.id } == [nil])
        await w.db.shutdown()
    }
}

/// Feedback health from fixed rows, and from the database on both.
@Suite struct FeedbackHealthTests {
    static let now = Date(timeIntervalSince1970: 1_796_191_200) // 2 Dec 2026

    static func entry(giver: UUID, receiver: UUID, daysAgo: Double, kind: FeedbackKind = .praise, words: String = "three words here") -> FeedbackEntry {
        let entry = FeedbackEntry()
        entry.id = UUID()
        entry.$giver.id = giver
        entry.$receiver.id = receiver
        entry.kind = kind.rawValue
        (entry.situation, entry.behaviour, entry.impact) = (words, words, words)
        entry.nextTime = kind == .suggestion ? "try this next" : nil
        entry.createdAt = now.addingTimeInterval(-daysAgo * 86400)
        return entry
    }

    @Test func countsPerMonthAnswersAndSpeedCompleteSBIAndPlanActions() {
        let me = UUID(), other = UUID()
        let inPlan = Self.entry(giver: other, receiver: me, daysAgo: 1)
        let entries = [
            Self.entry(giver: me, receiver: other, daysAgo: 1), Self.entry(giver: me, receiver: other, daysAgo: 40, words: "good job"),
            Self.entry(giver: me, receiver: other, daysAgo: 1, kind: .suggestion), inPlan, Self.entry(giver: other, receiver: me, daysAgo: 70),
        ]
        let request = FeedbackRequest()
        request.id = UUID()
        request.createdAt = Self.now.addingTimeInterval(-5 * 86400)
        func ask(answeredAfterHours hours: Double?) -> FeedbackAsk {
            let ask = FeedbackAsk()
            ask.$request.id = request.id!
            ask.answeredAt = hours.map { request.createdAt!.addingTimeInterval($0 * 3600) }
            return ask
        }
        let health = FeedbackHealth.make(personID: me, entries: entries, requests: [request],
                                         asks: [ask(answeredAfterHours: 2), ask(answeredAfterHours: 10), ask(answeredAfterHours: nil)],
                                         inPlan: [inPlan.id!], now: Self.now)
        #expect(health.months.map(\.month) == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"])
        #expect(health.months.last == .init(month: "2026-12", given: 2, received: 1, asked: 0))
        #expect(health.months[4] == .init(month: "2026-11", given: 0, received: 0, asked: 1))
        #expect(health.months[3].given == 1 && health.months[3].received == 0)
        #expect(health.months[2].received == 1)
        #expect(health.asks == 3 && health.answers == 2 && health.medianHoursToAnswer == 6)
        #expect(health.given == 3 && health.completeGiven == 2, "'good job' is not a situation")
        #expect(health.received == 2 && health.receivedInPlan == 1)
    }

    @Test(arguments: TestDatabases.kinds)
    func theStoreReadsOnlyThePersonsOwnRows(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: Passwords(cost: 4)).loadIfMissing()
        let member = try #require(try await Person.query(on: db.db).filter(\.$email == DemoOrganization.signIns[2].email).first())
        let health = try await FeedbackBook(db: db.db, organizationID: member.$organization.id).health(of: member.id!, now: Date())
        // The demo: two answers received, one request of three asks with two answered, nothing given.
        #expect(health.received == 2 && health.given == 0)
        #expect(health.asks == 3 && health.answers == 2)
        #expect(health.months.suffix(2).map(\.asked).reduce(0, +) == 1, "made four days ago")
        #expect(health.medianHoursToAnswer.map { $0 > 90 } == true, "answered four days after the request")
        await db.shutdown()
    }
}
