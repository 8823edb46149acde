import FluentKit
import Foundation
import Skills
import Worldtime

/// "Add to my plan": feedback a person received becomes a practice action in their current
/// development plan, under the goal for its competency, or under a new goal for it when the
/// plan has none. The action remembers the entry, so the plan links back to the feedback and
/// the feedback says where it went.
extension FeedbackBook {
    public static let actionLimit = 300

    /// Where an entry went in its receiver's plans: the goal's name, or nil.
    public func planGoal(for entryID: UUID, of personID: UUID) async throws -> String? {
        let plans = try await DevelopmentPlan.query(on: db).filter(\.$person.$id == personID).all()
        for plan in plans {
            let goals = (try? JSONDecoder().decode([PlanGoal].self, from: Data(plan.goals.utf8))) ?? []
            if let goal = goals.first(where: { $0.actions.contains { $0.fromFeedback == entryID } }) { return goal.name }
        }
        return nil
    }

    /// Adds `text` as a weekly practice action from entry `entryID`, which `personID` must
    /// have received (anyone else's entry is not found). Refused, writing nothing: an empty or
    /// too long action, a competency not in `framework`, no unfinished plan, an entry already
    /// in the plan. Returns the goal's name.
    @discardableResult
    public func addToPlan(_ entryID: UUID, by personID: UUID, competency rawCompetency: String, action rawText: String,
                          framework: Framework, today: String) async throws -> String {
        let item = try await entry(entryID, readBy: personID)
        guard item.entry.$receiver.id == personID else { throw DirectoryError.notFound }
        var check = FieldChecker()
        let text = check.required(.actions, rawText, label: "The practice action", max: Self.actionLimit)
        let competency = framework.active.first { $0.id == rawCompetency.trimmingCharacters(in: .whitespaces) }
        if competency == nil { check.add(.competency, "Choose the competency this feedback is about") }
        let plans = try await DevelopmentPlan.query(on: db).filter(\.$person.$id == personID).sort(\.$createdAt, .descending).all()
        let plan = plans.first { $0.status != PlanStatus.complete.rawValue }
        if plan == nil { check.add(.plan, "You have no development plan to add to: draft one on My plan first") }
        if try await planGoal(for: entryID, of: personID) != nil { check.add(.actions, "This feedback is in your plan already") }
        try check.finish()
        guard let plan, let competency else { throw DirectoryError.notFound }
        var goals = (try? JSONDecoder().decode([PlanGoal].self, from: Data(plan.goals.utf8))) ?? []
        let action = PracticeAction(action: text, cadence: .weekly, fromFeedback: entryID,
                                    fromFeedbackOn: item.entry.createdAt.map { Self.isoDay($0) } ?? today)
        if let index = goals.firstIndex(where: { $0.competency == competency.id }) {
            goals[index].actions.append(action)
        } else {
            // A new goal: one level up from a start nobody has measured here, due in six weeks,
            // the pace the plan's own goals are drafted at.
            let start = CivilDate(iso: today) ?? CivilDate(days: Int((Date().timeIntervalSince1970 / 86400).rounded(.down)))
            let due = CivilDate(days: start.days + 42).description
            goals.append(PlanGoal(competency: competency.id, name: competency.name, startLevel: nil, targetLevel: 3, due: due,
                                  dos: competency.dos, donts: competency.donts, actions: [action], resources: competency.resources))
        }
        let encoded = try JSONEncoder().encode(goals)
        plan.goals = String(decoding: encoded, as: UTF8.self)
        try await plan.save(on: db)
        return competency.name
    }

    static func isoDay(_ date: Date) -> String {
        CivilDate(days: Int((date.timeIntervalSince1970 / 86400).rounded(.down))).description
    }
}

extension FieldName {
    public static let plan = FieldName("plan")
}
