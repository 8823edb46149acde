import CrosswiseStore
import Foundation
import Hummingbird
import Skills

/// A lead's view of the people in their teams (an admin's, of everyone): each profile and plan,
/// with a form to rate competencies and to comment on the plan.
struct TeamSkillsController {
    let services: AppServices

    struct Row { let name, href, selfAssessed, leadRated, plan, planClass: String }
    struct ListView { let rows: [Row]; let links = SkillsLinks() }

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
            return Row(name: person.name, href: SkillsRoute.person(person.id!).path,
                       selfAssessed: o?.selfAssessed.map { DateWords(viewer).short($0) } ?? "Not yet",
                       leadRated: o?.leadRated.map { DateWords(viewer).short($0) } ?? "Not yet",
                       plan: status.map { "\($0.label) · \(o?.planRole.flatMap { framework.role($0)?.name } ?? "")" } ?? "No plan",
                       planClass: status == .active ? "ok" : (status == nil ? "off" : "warn"))
        }
        return services.page("skills-people", title: "My team's skills", ListView(rows: rows),
                             context: context, request: request, section: .skills)
    }

    struct RatingRow {
        let id, name, area: String; let levels: [PlanView.LevelOption]; let comment, example: String; let error: String?
        let levelField, commentField, exampleField: String
    }

    /// A rating row's three inputs for competency `id`: "<id>-level", "<id>-comment", "<id>-example".
    static func ratingFields(_ id: String) -> (level: FormField, comment: FormField, example: FormField) {
        (FormField("\(id)-level", .level.of(id)), FormField("\(id)-comment", .comment.of(id)), FormField("\(id)-example", .example.of(id)))
    }
    static let commentText = FormField("text", .text)

    struct PersonView {
        let id, name: String
        let profile: ProfileView
        let plan: PlanView?
        let ratings: [RatingRow]
        let canRate: Bool
        let rateAction: String
        let errors: FormErrors
        let commentText: String
        let links = SkillsLinks()
    }

    func render(_ person: Person, form: FormData? = nil, errors: FormErrors = FormErrors(), context: AppRequestContext, request: Request?) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        let home = try await book.home(of: person)
        let framework = home.framework, dates = DateWords(viewer)
        let planView = try await PlanView.current(of: person.id!, book: book, framework: framework, today: services.today(for: viewer), dates: dates)
        let ratings = framework.active.map { c in
            let fields = Self.ratingFields(c.id)
            return RatingRow(id: c.id, name: c.name, area: c.area,
                             levels: (1...5).map { PlanView.LevelOption(value: $0, selected: form?[fields.level.name] == String($0)) },
                             comment: form?[fields.comment.name] ?? "", example: form?[fields.example.name] ?? "",
                             error: [errors[fields.level], errors[fields.comment], errors[fields.example]].compactMap { $0 }.joined(separator: " ").nilIfEmpty,
                             levelField: fields.level.inputID, commentField: fields.comment.inputID, exampleField: fields.example.inputID)
        }
        let view = PersonView(
            id: person.id!.uuidString, name: person.name,
            profile: ProfileView(framework: framework, profile: home.profile, records: home.records, target: home.target, dates: dates),
            plan: planView, ratings: ratings, canRate: person.id != viewer.personID, rateAction: SkillsRoute.rate(person.id!).path,
            errors: errors, commentText: form?.text(Self.commentText.name) ?? "")
        return services.page("skills-person", title: "\(person.name) · skills", view, context: context, request: request, section: .skills,
                             status: errors.status)
    }

    @Sendable func rate(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let person = try context.requireSubject()
        // A lead's rating of themselves would count twice as much as anyone's self-rating.
        guard person.id != viewer.personID else { throw HTTPError(.forbidden) }
        let framework = try await services.skills(for: viewer).currentFramework()
        let form = context.form
        let ratings = framework.active.compactMap { c -> SkillsBook.Rating? in
            let fields = Self.ratingFields(c.id)
            let level = form[fields.level.name], comment = form[fields.comment.name], example = form[fields.example.name]
            guard !level.isEmpty || !comment.trimmingCharacters(in: .whitespaces).isEmpty || !example.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return SkillsBook.Rating(competency: c.id, level: Int(level) ?? 0, comment: comment, example: example)
        }
        do {
            try await services.skills(for: viewer).recordRatings(ratings, of: person.id!, by: viewer.personID, at: services.now())
        } catch let failure as ValidationFailure {
            let fields = framework.active.map { Self.ratingFields($0.id) }.flatMap { [$0.level, $0.comment, $0.example] }
            let errors = FormErrors(failure, fields: fields, heading: "Nothing was saved. Each competency you rate needs a level, a comment and an example:")
            return try await render(person, form: form, errors: errors, context: context, request: nil)
        }
        return seeOther(SkillsRoute.person(person.id!), notice: .rated)
    }

    @Sendable func comment(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let person = try context.requireSubject()
        // A lead's comment is someone else's view of the plan; on one's own plan it would pass
        // a self-review off as the lead's. Check-ins are for one's own plan.
        guard person.id != viewer.personID else {
            throw HTTPError(.forbidden, message: "You cannot add a lead's comment to your own plan. Add a check-in on My plan instead.")
        }
        let planID = try context.requireUUID("plan")
        do {
            try await services.skills(for: viewer).addNote(to: planID, of: person.id!, by: viewer.personID, kind: "comment",
                                                            day: services.today(for: viewer).description, text: context.form.text("text"))
        } catch let failure as ValidationFailure {
            let errors = FormErrors(failure, fields: [Self.commentText], heading: "The comment was not saved:")
            return try await render(person, form: context.form, errors: errors, context: context, request: nil)
        }
        return seeOther(SkillsRoute.person(person.id!), fragment: "#plan", notice: .noted)
    }
}
