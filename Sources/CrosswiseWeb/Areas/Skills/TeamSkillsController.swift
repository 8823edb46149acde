import CrosswiseStore
import Foundation
import Hummingbird
import Skills

/// A lead's view of the people in their teams (an admin's, of everyone): each profile and plan,
/// with a form to rate competencies and to comment on the plan.
struct TeamSkillsController {
    let services: AppServices


    struct Row { let name: String; let href: String; let selfAssessed: String; let leadRated: String; let plan: String; let planClass: String }
    struct ListView { let rows: [Row]; let hasRows: Bool }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let people = try await services.directory(for: viewer).people(inTeams: viewer.isAdmin ? nil : viewer.ledTeamIDs, includeInactive: false)
            .filter { $0.id != viewer.personID }
        let book = services.skills(for: viewer)
        let framework = try await book.currentFramework()
        let overview = try await book.overview(of: people.compactMap(\.id))
        let rows = people.map { person -> Row in
            let o = overview[person.id!]
            let status = o?.planStatus.flatMap(PlanStatus.init(rawValue:))
            return Row(name: person.name, href: "/skills/people/\(person.id!)",
                       selfAssessed: o?.selfAssessed.map { services.shortDate($0, for: viewer) } ?? "Not yet",
                       leadRated: o?.leadRated.map { services.shortDate($0, for: viewer) } ?? "Not yet",
                       plan: status.map { "\($0.label) · \(o?.planRole.flatMap { framework.role($0)?.name } ?? "")" } ?? "No plan",
                       planClass: status == .active ? "ok" : (status == nil ? "off" : "warn"))
        }
        return services.page("skills-people", title: "My team's skills", ListView(rows: rows, hasRows: !rows.isEmpty),
                             context: context, request: request, section: .skills)
    }

    struct RatingRow { let id: String; let name: String; let area: String; let levels: [PlanView.LevelOption]; let comment: String; let example: String; let error: String? }

    struct PersonView {
        let id: String
        let name: String
        let profile: ProfileView
        let plan: PlanView?
        let ratings: [RatingRow]
        let canRate: Bool
        let error: String?
        let errors: [String]
        let hasErrors: Bool
        let commentText: String
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        return try await render(try await services.person(try context.requireUUID("id"), inReachOf: viewer, includingSelf: true), context: context, request: request)
    }

    func render(_ person: Person, form: FormData? = nil, error: String? = nil, errors: ValidationFailure? = nil,
                context: AppRequestContext, request: Request?) async throws -> Response {
        let viewer = try context.requireViewer()
        let book = services.skills(for: viewer)
        let (framework, profile, records) = try await book.profile(of: person.id!)
        let career = try await book.career(of: person.id!, in: framework)
        let plan = try await book.currentPlan(of: person.id!)
        let planView = try await plan.asyncMap { plan in
            PlanView(plan: plan, goals: book.goals(of: plan), roleName: framework.role(plan.roleID)?.name ?? plan.roleID, notes: try await book.notes(on: plan.id!),
                     today: services.today(for: viewer).description, editable: false, services: services, viewer: viewer)
        }
        let ratings = framework.active.map { c in
            RatingRow(id: c.id, name: c.name, area: c.area,
                      levels: (1...5).map { PlanView.LevelOption(value: $0, selected: form?["\(c.id)-level"] == String($0)) },
                      comment: form?["\(c.id)-comment"] ?? "", example: form?["\(c.id)-example"] ?? "",
                      error: errors?.errors.filter { $0.field.item == c.id }.map(\.message).joined(separator: " "))
        }
        let view = PersonView(
            id: person.id!.uuidString, name: person.name,
            profile: ProfileView(framework: framework, profile: profile, records: records, target: career.target, services: services, viewer: viewer),
            plan: planView, ratings: ratings, canRate: person.id != viewer.personID,
            error: error, errors: errors?.errors.map(\.message) ?? [], hasErrors: !(errors?.errors.isEmpty ?? true),
            commentText: form?["text"] ?? "")
        return services.page("skills-person", title: "\(person.name) · skills", view, context: context, request: request, section: .skills,
                             status: error == nil ? .ok : .unprocessableContent)
    }

    @Sendable func rate(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let person = try await services.person(try context.requireUUID("id"), inReachOf: viewer, includingSelf: true)
        // A lead's rating of themselves would count twice as much as anyone's self-rating.
        guard person.id != viewer.personID else { throw HTTPError(.forbidden) }
        let framework = try await services.skills(for: viewer).currentFramework()
        let form = context.form
        let ratings = framework.active.compactMap { c -> SkillsBook.Rating? in
            let level = form["\(c.id)-level"], comment = form["\(c.id)-comment"], example = form["\(c.id)-example"]
            guard !level.isEmpty || !comment.trimmingCharacters(in: .whitespaces).isEmpty || !example.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return SkillsBook.Rating(competency: c.id, level: Int(level) ?? 0, comment: comment, example: example)
        }
        do {
            try await services.skills(for: viewer).recordRatings(ratings, of: person.id!, by: viewer.personID, at: services.now())
        } catch let failure as ValidationFailure {
            return try await render(person, form: form, error: "Nothing was saved. Each competency you rate needs a level, a comment and an example:",
                                    errors: failure, context: context, request: nil)
        }
        return seeOther("/skills/people/\(person.id!)", notice: .rated)
    }

    @Sendable func comment(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let person = try await services.person(try context.requireUUID("id"), inReachOf: viewer, includingSelf: true)
        // A lead's comment is someone else's view of the plan; on one's own plan it would pass
        // a self-review off as the lead's. Check-ins are for one's own plan.
        guard person.id != viewer.personID else {
            throw HTTPError(.forbidden, message: "You cannot add a lead's comment to your own plan. Add a check-in on My plan instead.")
        }
        let planID = try context.requireUUID("plan")
        do {
            try await services.skills(for: viewer).addNote(to: planID, of: person.id!, by: viewer.personID, kind: "comment",
                                                            day: services.today(for: viewer).description, text: context.form.text("text"))
        } catch DirectoryError.notFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await render(person, form: context.form, error: "The comment was not saved:", errors: failure, context: context, request: nil)
        }
        return seeOther("/skills/people/\(person.id!)#plan", notice: .noted)
    }
}
