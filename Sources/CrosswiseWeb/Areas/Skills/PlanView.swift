import CrosswiseStore
import Foundation
import Skills
import Worldtime

/// A development plan as the owner edits it and as their lead reads it.
struct PlanView {
    struct Option { let value, label: String; let selected: Bool }
    struct ActionRow {
        let goal, index: Int; let text: String; let cadences: [Option]; let label: String
        /// "from feedback of 2 Dec 2026" and the entry's page, for the owner only: the entry
        /// is theirs to read, not their lead's.
        var source: String? = nil
        var sourceHref: String? = nil
    }
    struct LevelOption { let value: Int; let selected: Bool }
    struct Goal {
        let index: Int
        let name, href, start: String
        let target: Int
        let due, dueText: String
        let levels: [LevelOption]
        let dos, donts: [String]
        let actions: [ActionRow]
        let resources: [LearningResource]
    }
    struct Note { let kind: String; let isComment: Bool; let day, author, text: String }

    let id, saveAction, checkInAction: String
    /// Where a lead's comment on this plan goes.
    let commentAction: String
    let role, roleID, status, statusClass, created: String
    let goals: [Goal]
    let statuses: [Option]
    let notes: [Note]
    let today: String
    /// The owner edits; a lead reads and comments.
    let editable: Bool

    static func current(of person: UUID, book: SkillsBook, framework: Framework, today: CivilDate, dates: DateWords,
                        posted: [Int: SkillsBook.GoalEdit]? = nil, postedStatus: PlanStatus? = nil, editable: Bool = false) async throws -> Self? {
        guard let plan = try await book.currentPlan(of: person) else { return nil }
        return PlanView(plan: plan, goals: book.goals(of: plan), roleName: framework.role(plan.roleID)?.name ?? plan.roleID,
                        notes: try await book.notes(on: plan.id!), posted: posted, postedStatus: postedStatus, today: today.description,
                        editable: editable, dates: dates)
    }

    /// `posted` carries a rejected submission back into the form, so nothing typed is lost.
    init(plan: DevelopmentPlan, goals stored: [PlanGoal], roleName: String, notes: [PlanNote], posted: [Int: SkillsBook.GoalEdit]? = nil,
         postedStatus: PlanStatus? = nil, today: String, editable: Bool, dates: DateWords) {
        self.editable = editable
        id = plan.id!.uuidString
        (role, roleID) = (roleName, plan.roleID)
        let status = postedStatus ?? PlanStatus(rawValue: plan.status) ?? .draft
        self.status = status.label
        statusClass = status == .active ? "ok" : (status == .complete ? "night" : "warn")
        created = dates.short(plan.createdAt)
        saveAction = SkillsRoute.editPlan(plan.id!).path
        checkInAction = SkillsRoute.addCheckIn(plan.id!).path
        commentAction = SkillsRoute.comment(person: plan.$person.id, plan: plan.id!).path
        goals = stored.enumerated().map { index, goal in
            let edit = posted?[index]
            let target = edit?.targetLevel ?? goal.targetLevel
            let due = edit?.due ?? goal.due
            // One empty row after the actions lets the person add their own.
            let actions = (edit?.actions ?? goal.actions) + [PracticeAction(action: "", cadence: .weekly)]
            return Goal(
                index: index, name: goal.name, href: SkillsRoute.competency(goal.competency).path,
                start: goal.startLevel.map(levelText) ?? "not assessed", target: target, due: due, dueText: DateWords.short(iso: due),
                levels: (1...5).map { LevelOption(value: $0, selected: $0 == target) },
                dos: goal.dos, donts: goal.donts,
                actions: actions.enumerated().map { i, action in
                    ActionRow(goal: index, index: i, text: action.action,
                              cadences: Cadence.allCases.map { Option(value: $0.rawValue, label: $0.phrase, selected: $0 == action.cadence) },
                              label: action.action.isEmpty ? "New action" : "Action \(i + 1)",
                              source: editable ? action.fromFeedback.map { _ in "from feedback of \(DateWords.short(iso: action.fromFeedbackOn ?? ""))" } : nil,
                              sourceHref: editable ? action.fromFeedback.map { FeedbackRoute.entry($0).path } : nil)
                },
                resources: goal.resources)
        }
        statuses = PlanStatus.allCases.map { Option(value: $0.rawValue, label: $0.label, selected: $0 == status) }
        self.notes = notes.map { note in
            Note(kind: note.kind == "comment" ? "Lead's comment" : "Check-in", isComment: note.kind == "comment",
                 day: DateWords.short(iso: note.day), author: note.author?.name ?? "Someone no longer here", text: note.text)
        }
        self.today = today
    }

    /// Reads the plan form: per goal a target, a due date and its action rows; empty rows are
    /// dropped (that is how an action is removed).
    static func edits(from form: FormData, goalCount: Int) -> [Int: SkillsBook.GoalEdit] {
        var edits: [Int: SkillsBook.GoalEdit] = [:]
        for g in 0..<min(goalCount, 10) {
            guard form.fields["g\(g)-target"] != nil else { continue }
            var actions: [PracticeAction] = []
            for a in 0..<30 {
                let text = form["g\(g)-a\(a)-text"].trimmingCharacters(in: .whitespacesAndNewlines)
                guard !text.isEmpty else { continue }
                actions.append(PracticeAction(action: text, cadence: Cadence(rawValue: form["g\(g)-a\(a)-cadence"]) ?? .weekly))
            }
            edits[g] = SkillsBook.GoalEdit(targetLevel: Int(form["g\(g)-target"]) ?? 0, due: form["g\(g)-due"].trimmingCharacters(in: .whitespaces), actions: actions)
        }
        return edits
    }
}
