import CrosswiseStore
import Foundation
import Hummingbird
import Skills

/// Your development plan: drafted from your profile towards the role you aim for, then yours to
/// edit, activate, check in on and complete.
struct PlanController {
    let services: AppServices


    struct RoleOption { let id: String; let name: String; let selected: Bool }

    struct View {
        let plan: PlanView?
        let roles: [RoleOption]
        let hasEvidence: Bool
        let error: String?
        let errors: [String]
        let hasErrors: Bool
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await render(context: context, request: request)
    }

    func render(context: AppRequestContext, request: Request?, posted: [Int: SkillsBook.GoalEdit]? = nil, postedStatus: PlanStatus? = nil,
                error: String? = nil, errors: [String] = []) async throws -> Response {
        let viewer = try context.requireViewer()
        let book = services.skills(for: viewer)
        let (framework, profile, _) = try await book.profile(of: viewer.personID)
        let career = try await book.career(of: viewer.personID, in: framework)
        let plan = try await book.currentPlan(of: viewer.personID)
        let planView = try await plan.asyncMap { plan in
            PlanView(plan: plan, goals: book.goals(of: plan), roleName: framework.role(plan.roleID)?.name ?? plan.roleID,
                     notes: try await book.notes(on: plan.id!), posted: posted, postedStatus: postedStatus,
                     today: services.today(for: viewer).description, editable: true, services: services, viewer: viewer)
        }
        let chosen = plan?.roleID ?? career.target?.id
        let view = View(plan: planView, roles: framework.roles.map { RoleOption(id: $0.id, name: $0.name, selected: $0.id == chosen) },
                        hasEvidence: !profile.isEmpty, error: error, errors: errors, hasErrors: !errors.isEmpty)
        return services.page("skills-plan", title: "My development plan", view, context: context, request: request, section: .skills,
                             status: error == nil ? .ok : .unprocessableContent)
    }

    @Sendable func draft(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        do {
            try await services.skills(for: viewer).draftPlan(for: viewer.personID, towards: context.form["role"], at: services.now())
        } catch let failure as ValidationFailure {
            return try await render(context: context, request: nil, error: failure.errors.first?.message ?? "The plan could not be drafted")
        }
        return seeOther("/skills/plan", notice: .planDrafted)
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let book = services.skills(for: viewer)
        let planID = try context.requireUUID("id")
        let plan: DevelopmentPlan
        do { plan = try await book.plan(planID, of: viewer.personID) } catch DirectoryError.notFound { throw HTTPError(.notFound) }
        let edits = PlanView.edits(from: context.form, goalCount: book.goals(of: plan).count)
        guard let status = PlanStatus(rawValue: context.form["status"]) else {
            return try await render(context: context, request: nil, posted: edits, error: "Choose a status: draft, active or complete. Nothing was saved.")
        }
        do {
            try await book.editPlan(planID, of: viewer.personID, goals: edits, status: status)
        } catch let failure as ValidationFailure {
            return try await render(context: context, request: nil, posted: edits, postedStatus: status,
                                    error: "The plan was not saved. Fix these and save again:", errors: failure.errors.map(\.message))
        }
        return seeOther("/skills/plan", notice: .saved)
    }

    @Sendable func addNote(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let planID = try context.requireUUID("id")
        do {
            try await services.skills(for: viewer).addNote(to: planID, of: viewer.personID, by: viewer.personID, kind: "check-in",
                                                            day: context.form["day"], text: context.form.text("text"))
        } catch DirectoryError.notFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await render(context: context, request: nil, error: "The check-in was not saved:", errors: failure.errors.map(\.message))
        }
        return seeOther("/skills/plan#notes", notice: .noted)
    }
}
