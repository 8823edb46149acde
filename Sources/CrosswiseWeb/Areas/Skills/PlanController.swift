import CrosswiseStore
import Hummingbird
import Skills

/// Your development plan: drafted from your profile towards the role you aim for, then yours to
/// edit, activate, check in on and complete.
struct PlanController {
    let services: AppServices

    func page(_ viewer: Viewer, posted: [Int: SkillsBook.GoalEdit]? = nil, postedStatus: PlanStatus? = nil,
              errors: FormErrors = FormErrors()) async throws -> PlanPage {
        let book = services.skills(for: viewer)
        let home = try await book.home(of: viewer.person)
        let plan = try await PlanView.current(of: viewer.personID, book: book, framework: home.framework, today: services.today(for: viewer),
                                              dates: DateWords(viewer), posted: posted, postedStatus: postedStatus, editable: true)
        return PlanPage(home: home, plan: plan, errors: errors)
    }

    func render(_ page: PlanPage, context: AppRequestContext, request: Request?) -> Response {
        services.page("skills-plan", title: "My development plan", page, context: context, request: request, section: .skills,
                      status: page.errors.status)
    }

    @Sendable func draft(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        do {
            try await services.skills(for: viewer).draftPlan(for: viewer.personID, towards: context.form[PlanPage.role.name], at: services.now())
        } catch let failure as ValidationFailure {
            let errors = FormErrors(failure, fields: [PlanPage.role], heading: "The plan could not be drafted:")
            return render(try await page(viewer, errors: errors), context: context, request: nil)
        }
        return seeOther(SkillsRoute.plan, notice: .planDrafted)
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        let planID = try context.requireUUID("id")
        let goals = book.goals(of: try await book.plan(planID, of: viewer.personID)).count
        let edits = PlanView.edits(from: context.form, goalCount: goals)
        guard let status = PlanStatus(rawValue: context.form["status"]) else {
            let errors = FormErrors.refused("Choose a status: draft, active or complete. Nothing was saved.")
            return render(try await page(viewer, posted: edits, errors: errors), context: context, request: nil)
        }
        do {
            try await book.editPlan(planID, of: viewer.personID, goals: edits, status: status)
        } catch let failure as ValidationFailure {
            let errors = FormErrors(failure, fields: (0..<goals).flatMap(PlanPage.goalFields), heading: "The plan was not saved. Fix these and save again:")
            return render(try await page(viewer, posted: edits, postedStatus: status, errors: errors), context: context, request: nil)
        }
        return seeOther(SkillsRoute.plan, notice: .saved)
    }

    @Sendable func addNote(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let planID = try context.requireUUID("id")
        do {
            try await services.skills(for: viewer).addNote(to: planID, of: viewer.personID, by: viewer.personID, kind: "check-in",
                                                            day: context.form[PlanPage.day.name], text: context.form.text(PlanPage.text.name))
        } catch let failure as ValidationFailure {
            let errors = FormErrors(failure, fields: [PlanPage.day, PlanPage.text], heading: "The check-in was not saved:")
            return render(try await page(viewer, errors: errors), context: context, request: nil)
        }
        return seeOther(SkillsRoute.plan.path + "#notes", notice: .noted)
    }
}
