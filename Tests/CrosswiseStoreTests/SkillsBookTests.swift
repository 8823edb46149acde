import CrosswiseStore
import FluentKit
import Foundation
import Skills
import Testing

/// Framework versions, assessments, evidence and plans on both databases.
@Suite struct SkillsBookTests {
    let passwords = Passwords(cost: 4)
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func demo(_ kind: String) async throws -> (CrosswiseDatabase, SkillsBook, [Person]) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let org = try await Organization.query(on: db.db).first()!
        // People the demo gave no skills history, so counts below start from zero.
        let assessed = Set(try await EvidenceRecord.query(on: db.db).all().map { $0.$person.id })
        let people = try await Directory(db: db.db, organizationID: try org.requireID()).people().filter { !assessed.contains($0.id!) }
        return (db, SkillsBook(db: db.db, organizationID: try org.requireID()), people)
    }

    /// Every question answered: statements "often" (reversed ones "rarely"), the best option.
    func fullSheet(_ framework: Framework) -> AssessmentAnswers {
        var answers = AssessmentAnswers()
        for c in framework.active {
            for (i, s) in c.statements.enumerated() { answers.frequencies[AssessmentAnswers.key(c.id, i)] = s.reversed ? 2 : 4 }
            for s in c.scenarios { answers.choices[s.id] = s.options.firstIndex { $0.effectiveness == 4 } }
        }
        return answers
    }

    @Test(arguments: TestDatabases.kinds)
    func editsMakeNewVersionsAndAnInvalidEditStoresNothing(kind: String) async throws {
        let (db, book, people) = try await demo(kind)
        let first = try await book.currentFramework()
        #expect(first.version == 1 && first.competencies == Framework.builtIn.competencies)
        let second = try await book.changeFramework(note: "Renamed teamwork", authorID: people[0].id) { f in
            let i = f.competencies.firstIndex { $0.id == "teamwork" }!
            f.competencies[i].name = "Working across shifts"
        }
        #expect(second.version == 2)
        #expect(try await book.currentFramework().competency("teamwork")?.name == "Working across shifts")
        #expect(try await book.framework(version: 1)?.competency("teamwork")?.name == "Teamwork and collaboration")
        await #expect(throws: FrameworkProblems.self) {
            try await book.changeFramework(note: "Broken", authorID: nil) { f in f.roles[0].requires["teamwork"] = 9 }
        }
        #expect(try await FrameworkVersion.query(on: db.db).count() == 2)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func anAssessmentIsSavedPageByPageResumedAndFinishedIntoEvidence(kind: String) async throws {
        let (db, book, people) = try await demo(kind)
        let me = people[0].id!
        let framework = try await book.currentFramework()
        let sheet = fullSheet(framework)
        let started = try await book.resumeOrStartAssessment(for: me)
        let half = AssessmentAnswers(frequencies: sheet.frequencies, choices: [:])
        try await book.saveAnswers(half, to: started.id!, of: me)
        // A bad value rejects the page and keeps what was there.
        await #expect(throws: ValidationFailure.self) {
            try await book.saveAnswers(AssessmentAnswers(frequencies: ["teamwork/0": 9]), to: started.id!, of: me)
        }
        let resumed = try await book.resumeOrStartAssessment(for: me)
        #expect(resumed.id == started.id)
        #expect(book.answers(of: resumed) == half)
        await #expect(throws: ValidationFailure.self) { try await book.completeAssessment(started.id!, of: me, at: now) }
        #expect(try await EvidenceRecord.query(on: db.db).filter(\.$person.$id ~~ people.compactMap(\.id)).count() == 0)

        try await book.saveAnswers(AssessmentAnswers(choices: sheet.choices), to: started.id!, of: me)
        try await book.completeAssessment(started.id!, of: me, at: now)
        #expect(try await EvidenceRecord.query(on: db.db).filter(\.$person.$id == me).count() == framework.active.count)
        #expect(try await book.openAssessment(of: me) == nil)
        let (_, profile, _) = try await book.profile(of: me)
        // Statements 4 everywhere, scenarios 5: (4 + 5) / 2 = 4.5.
        #expect(profile.entries.allSatisfy { $0.level == 4.5 })
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aLeadRatingNeedsACommentAndAnExampleAndWeighsTwice(kind: String) async throws {
        let (db, book, people) = try await demo(kind)
        let (member, lead) = (people[0].id!, people[1].id!)
        await #expect(throws: ValidationFailure.self) {
            try await book.recordRatings([.init(competency: "teamwork", level: 4, comment: "Helps the night shift", example: " ")], of: member, by: lead, at: now)
        }
        await #expect(throws: ValidationFailure.self) {
            try await book.recordRatings([.init(competency: "made-up", level: 4, comment: "x", example: "y")], of: member, by: lead, at: now)
        }
        #expect(try await EvidenceRecord.query(on: db.db).filter(\.$person.$id ~~ people.compactMap(\.id)).count() == 0)
        try await book.recordRatings([.init(competency: "teamwork", level: 4, comment: "Covers handovers", example: "Wrote the 3 a.m. handover note for the Ohio queue")],
                                     of: member, by: lead, at: now)
        let (_, profile, records) = try await book.profile(of: member)
        #expect(profile.entry("teamwork")?.level == 4 && profile.entry("teamwork")?.readings.first?.source == .lead)
        #expect(records.first?.example == "Wrote the 3 a.m. handover note for the Ohio queue")
        // Someone from another organization is not found.
        let other = SkillsBook(db: db.db, organizationID: UUID())
        await #expect(throws: DirectoryError.self) { try await other.profile(of: member) }
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aPlanIsDraftedFromTheProfileEditedAndCheckedIn(kind: String) async throws {
        let (db, book, people) = try await demo(kind)
        let me = people[0].id!
        await #expect(throws: ValidationFailure.self) { try await book.draftPlan(for: me, towards: "senior-associate", at: now) }
        let assessment = try await book.resumeOrStartAssessment(for: me)
        try await book.saveAnswers(fullSheet(try await book.currentFramework()), to: assessment.id!, of: me)
        try await book.completeAssessment(assessment.id!, of: me, at: now)
        try await book.recordRatings([.init(competency: "networking", level: 1, comment: "Rarely joins calls outside the team", example: "Skipped the last two guild sessions")],
                                     of: me, by: people[1].id!, at: now)
        let plan = try await book.draftPlan(for: me, towards: "team-lead", at: now)
        let goals = book.goals(of: plan)
        #expect(goals.count == 3 && goals[0].competency == "networking" && goals[0].targetLevel == 3)
        #expect(plan.status == "draft")

        await #expect(throws: ValidationFailure.self) {
            try await book.editPlan(plan.id!, of: me, goals: [0: .init(targetLevel: 6, due: "2027-02-30", actions: [])], status: .active)
        }
        #expect(try await book.plan(plan.id!, of: me).status == "draft")
        try await book.editPlan(plan.id!, of: me, goals: [0: .init(targetLevel: 4, due: "2027-03-01", actions: [PracticeAction(action: "Join the analytics guild call", cadence: .monthly)])], status: .active)
        let edited = try await book.plan(plan.id!, of: me)
        #expect(edited.status == "active" && book.goals(of: edited)[0].due == "2027-03-01" && book.goals(of: edited)[0].targetLevel == 4)

        try await book.addNote(to: plan.id!, of: me, by: me, kind: "check-in", day: "2027-01-10", text: "Joined one guild call")
        await #expect(throws: ValidationFailure.self) { try await book.addNote(to: plan.id!, of: me, by: me, kind: "check-in", day: "soon", text: "") }
        #expect(try await book.notes(on: plan.id!).map(\.text) == ["Joined one guild call"])
        // A new draft does not remove an active plan.
        try await book.draftPlan(for: me, towards: "team-lead", at: now)
        #expect(try await DevelopmentPlan.query(on: db.db).filter(\.$person.$id == me).count() == 2)
        await db.shutdown()
    }
}
