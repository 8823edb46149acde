import FluentKit
import Foundation
import Skills
import Worldtime

extension SkillsBook {
    // MARK: Career

    /// The person's rung and aim; someone who never chose stands on the ladder's first rung.
    public func career(of personID: UUID, in framework: Framework) async throws -> (current: CareerRole?, target: CareerRole?) {
        _ = try await requirePerson(personID)
        let choice = try await CareerChoice.query(on: db).filter(\.$person.$id == personID).first()
        return Self.career(current: choice?.currentRole, target: choice?.targetRole, in: framework)
    }

    /// The stored choice read against `framework`: someone who never chose stands on the first
    /// rung and aims at the next.
    static func career(current: String?, target: String?, in framework: Framework) -> (current: CareerRole?, target: CareerRole?) {
        let rung = current.flatMap(framework.role) ?? framework.entryRole
        return (rung, target.flatMap(framework.role) ?? rung.flatMap { framework.nextRoles(after: $0).first })
    }

    public func setCareer(of personID: UUID, current: String, target: String) async throws {
        _ = try await requirePerson(personID)
        let framework = try await currentFramework()
        var check = FieldChecker()
        if framework.role(current) == nil { check.add(.current, "Choose your current role from the list") }
        if framework.role(target) == nil { check.add(.target, "Choose the role you are aiming for from the list") }
        if current == target, check.errors.isEmpty { check.add(.target, "Aim for a role other than the one you have") }
        try check.finish()
        let choice = try await CareerChoice.query(on: db).filter(\.$person.$id == personID).first()
            ?? CareerChoice(personID: personID, currentRole: current, targetRole: target)
        choice.currentRole = current
        choice.targetRole = target
        try await choice.save(on: db)
    }

    // MARK: Plans

    /// The plan being worked on: the newest that is not complete, else the newest.
    public func currentPlan(of personID: UUID) async throws -> DevelopmentPlan? {
        _ = try await requirePerson(personID)
        let plans = try await DevelopmentPlan.query(on: db).filter(\.$person.$id == personID).sort(\.$createdAt, .descending).all()
        return plans.first { $0.status != PlanStatus.complete.rawValue } ?? plans.first
    }

    /// A plan of this person's, or not found.
    public func plan(_ id: UUID, of personID: UUID) async throws -> DevelopmentPlan {
        _ = try await requirePerson(personID)
        guard let plan = try await DevelopmentPlan.query(on: db).filter(\.$id == id).filter(\.$person.$id == personID).first() else {
            throw DirectoryError.notFound
        }
        return plan
    }

    public func goals(of plan: DevelopmentPlan) -> [PlanGoal] {
        (try? JSONDecoder().decode([PlanGoal].self, from: Data(plan.goals.utf8))) ?? []
    }

    /// A new draft plan from the person's profile towards `roleID`. An unfinished plan is
    /// replaced only when `replacing` says so, so a click cannot wipe someone's edits.
    @discardableResult
    public func draftPlan(for personID: UUID, towards roleID: String, at now: Date) async throws -> DevelopmentPlan {
        let (framework, profile, _) = try await profile(of: personID)
        guard let role = framework.role(roleID) else { throw ValidationFailure([FieldError(.role, "Choose a role from the career path")]) }
        guard !profile.isEmpty else {
            throw ValidationFailure([FieldError(.role, "Finish a self-assessment first: the plan is made from your profile")])
        }
        let goals = framework.planGoals(for: profile, towards: role, startingOn: now)
        let plan = DevelopmentPlan(personID: personID, roleID: role.id, goals: try Self.json(goals), frameworkVersion: framework.version)
        let open = try await DevelopmentPlan.query(on: db).filter(\.$person.$id == personID).filter(\.$status == PlanStatus.draft.rawValue).all()
        try await db.transaction { db in
            // Drafts nobody agreed to are superseded; active plans stay until marked complete.
            for draft in open { try await draft.delete(on: db) }
            try await plan.save(on: db)
        }
        return plan
    }

    /// The person's edits to a goal: target level, due date and their own practice actions.
    public struct GoalEdit: Sendable {
        public var targetLevel: Int
        public var due: String
        public var actions: [PracticeAction]

        public init(targetLevel: Int, due: String, actions: [PracticeAction]) {
            self.targetLevel = targetLevel; self.due = due; self.actions = actions
        }
    }

    public func editPlan(_ planID: UUID, of personID: UUID, goals edits: [Int: GoalEdit], status: PlanStatus) async throws {
        let plan = try await plan(planID, of: personID)
        var goals = goals(of: plan)
        var check = FieldChecker()
        for (index, edit) in edits.sorted(by: { $0.key < $1.key }) {
            guard goals.indices.contains(index) else { check.add(.goal.of(index), "Unknown goal"); continue }
            let name = goals[index].name
            if !(1...5).contains(edit.targetLevel) { check.add(.target.of(index), "\(name): the target level runs from 1 to 5") }
            if !Self.isDate(edit.due) { check.add(.due.of(index), "\(name): give the due date as YYYY-MM-DD") }
            if edit.actions.isEmpty { check.add(.actions.of(index), "\(name): keep at least one practice action") }
            if edit.actions.contains(where: { $0.action.count > 300 }) { check.add(.actions.of(index), "\(name): keep each action under 300 characters") }
            goals[index].targetLevel = edit.targetLevel
            goals[index].due = edit.due
            // The form carries text and cadence only: an action kept with the same text keeps
            // the feedback it came from.
            let sources = Dictionary(goals[index].actions.filter { $0.fromFeedback != nil }.map { ($0.action, $0) }, uniquingKeysWith: { a, _ in a })
            goals[index].actions = edit.actions.map { action in
                var kept = action
                if kept.fromFeedback == nil, let source = sources[action.action] {
                    (kept.fromFeedback, kept.fromFeedbackOn) = (source.fromFeedback, source.fromFeedbackOn)
                }
                return kept
            }
        }
        try check.finish()
        plan.goals = try Self.json(goals)
        plan.status = status.rawValue
        try await plan.save(on: db)
    }

    public func notes(on planID: UUID) async throws -> [PlanNote] {
        try await PlanNote.query(on: db).filter(\.$plan.$id == planID).sort(\.$day, .descending).sort(\.$createdAt, .descending).with(\.$author).all()
    }

    /// A dated check-in by the owner ("check-in") or a lead's comment ("comment").
    public func addNote(to planID: UUID, of personID: UUID, by authorID: UUID, kind: String, day: String, text rawText: String) async throws {
        let plan = try await plan(planID, of: personID)
        let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines)
        var check = FieldChecker()
        if !["check-in", "comment"].contains(kind) { check.add(.kind, "Unknown kind of note") }
        if !Self.isDate(day) { check.add(.day, "Give the date as YYYY-MM-DD") }
        if text.isEmpty { check.add(.text, "Write what happened") }
        if text.count > 2000 { check.add(.text, "Keep the note under 2,000 characters") }
        try check.finish()
        let note = PlanNote(planID: plan.id!, authorID: authorID, kind: kind, day: day, text: text)
        guard kind == "comment", authorID != personID else { return try await note.save(on: db) }
        // A comment by someone else (the lead) reaches the plan's owner.
        let author = try await requirePerson(authorID)
        let excerpt = text.count > 200 ? String(text.prefix(199)) + "…" : text
        let notice = NewNotice(to: personID, kind: .leadComment, title: "\(author.name) commented on your plan", body: excerpt,
                               subject: .plan(plan.id!))
        let notices = Notices(db: db, organizationID: organizationID)
        try await db.transaction { db in
            try await note.save(on: db)
            try await notices.post(notice, on: db)
        }
    }

    /// A real calendar date this century, "2027-01-15".
    static func isDate(_ text: String) -> Bool {
        CivilDate(iso: text).map { (2000...2100).contains($0.year) } ?? false
    }
}

extension SkillsBook {
    public struct PersonOverview: Sendable {
        public var lastEvidence: Date?
        public var selfAssessed: Date?
        public var leadRated: Date?
        public var planStatus: String?
        public var planRole: String?
    }

    /// For a lead's team list: when each person was last assessed and rated, and their plan's
    /// status, in two queries whatever the team's size.
    public func overview(of personIDs: [UUID]) async throws -> [UUID: PersonOverview] {
        guard !personIDs.isEmpty else { return [:] }
        let people = try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$id ~~ personIDs).all().compactMap(\.id)
        guard !people.isEmpty else { return [:] }
        var result = Dictionary(people.map { ($0, PersonOverview()) }, uniquingKeysWith: { a, _ in a })
        for row in try await EvidenceRecord.query(on: db).filter(\.$person.$id ~~ people).all() {
            guard var entry = result[row.$person.id] else { continue }
            entry.lastEvidence = max(entry.lastEvidence ?? .distantPast, row.recordedAt)
            if row.source == Evidence.Source.selfAssessment.rawValue { entry.selfAssessed = max(entry.selfAssessed ?? .distantPast, row.recordedAt) }
            if row.source == Evidence.Source.lead.rawValue { entry.leadRated = max(entry.leadRated ?? .distantPast, row.recordedAt) }
            result[row.$person.id] = entry
        }
        let plans = try await DevelopmentPlan.query(on: db).filter(\.$person.$id ~~ people).sort(\.$createdAt, .descending).all()
        for id in people {
            let theirs = plans.filter { $0.$person.id == id }
            if let plan = theirs.first(where: { $0.status != PlanStatus.complete.rawValue }) ?? theirs.first {
                result[id]?.planStatus = plan.status
                result[id]?.planRole = plan.roleID
            }
        }
        return result
    }
}
