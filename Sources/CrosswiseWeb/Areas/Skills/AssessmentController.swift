import CrosswiseStore
import Hummingbird
import Skills

/// The self-assessment, one area of the framework per part. Every "Save" stores the part's
/// answers, so a person can stop after any part and carry on later, on any device.
struct AssessmentController {
    let services: AppServices

    struct Choice { let name: String; let value: Int; let label: String; let checked: Bool; let id: String }
    struct StatementItem { let id, text: String; let choices: [Choice]; let answered: Bool }
    struct ScenarioItem { let id, situation: String; let choices: [Choice]; let answered: Bool }
    struct CompetencyPart { let name, summary: String; let statements: [StatementItem]; let scenarios: [ScenarioItem] }
    struct Step { let number: Int; let area, href: String; let current, done: Bool }
    struct StartView { let questions, minutes, competencies: Int; let past: [String]; let links = SkillsLinks() }

    struct PartView {
        let part, parts: Int
        let area: String
        let competencies: [CompetencyPart]
        let steps: [Step]
        let answered, questions, percent: Int
        let isLast: Bool
        let errors: FormErrors
        let links = SkillsLinks()
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        guard let open = try await book.openAssessment(of: viewer.personID) else {
            let framework = try await book.currentFramework()
            let questions = framework.active.reduce(0) { $0 + $1.statements.count + $1.scenarios.count }
            let past = try await book.completedAssessments(of: viewer.personID).map { DateWords(viewer).short($0.completedAt) }
            let view = StartView(questions: questions, minutes: Int((Double(questions) * 0.2).rounded(.up)), competencies: framework.active.count,
                                 past: past)
            return services.page("skills-assessment-start", title: "Self-assessment", view, context: context, request: request, section: .skills)
        }
        let part = request.uri.queryParameters.get("part").flatMap { Int($0.prefix(6)) }
        return try await renderPart(open, part: part, context: context, request: request)
    }

    func renderPart(_ assessment: Assessment, part requested: Int?, errors: FormErrors = FormErrors(),
                    context: AppRequestContext, request: Request?) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        guard let framework = try await book.framework(version: assessment.frameworkVersion) else { throw HTTPError(.notFound) }
        let answers = book.answers(of: assessment)
        let parts = framework.areas
        // A framework version with nothing active to assess (stored before validation refused
        // such files) has no parts: say so instead of opening part 1 of nothing.
        guard !parts.isEmpty else {
            throw HTTPError(.conflict, message: "This self-assessment has no questions: the framework version it uses has no active competencies. Ask an admin to restore or import competencies; your saved answers are kept.")
        }
        func isDone(_ p: (name: String, competencies: [Competency])) -> Bool {
            p.competencies.allSatisfy { c in
                c.statements.indices.allSatisfy { answers.frequencies[AssessmentAnswers.key(c.id, $0)] != nil } && c.scenarios.allSatisfy { answers.choices[$0.id] != nil }
            }
        }
        // Without a part asked for, open the first one with questions left.
        let number = min(max(1, requested ?? ((parts.firstIndex { !isDone($0) } ?? 0) + 1)), parts.count)
        let current = parts[number - 1]
        let competencies = current.competencies.map { c in
            CompetencyPart(
                name: c.name, summary: c.summary,
                statements: c.statements.enumerated().map { i, s in
                    let key = AssessmentAnswers.key(c.id, i)
                    let value = answers.frequencies[key]
                    return StatementItem(id: key, text: s.text, choices: Frequency.allCases.map {
                        Choice(name: "f:\(key)", value: $0.rawValue, label: $0.label, checked: value == $0.rawValue, id: "f-\(c.id)-\(i)-\($0.rawValue)")
                    }, answered: value != nil)
                },
                scenarios: c.scenarios.map { s in
                    let value = answers.choices[s.id]
                    return ScenarioItem(id: s.id, situation: s.situation, choices: s.options.enumerated().map { i, o in
                        Choice(name: "s:\(s.id)", value: i, label: o.text, checked: value == i, id: "s-\(s.id)-\(i)")
                    }, answered: value != nil)
                })
        }
        let scores = framework.score(answers)
        let answered = scores.reduce(0) { $0 + $1.answered }, questions = scores.reduce(0) { $0 + $1.questions }
        let view = PartView(
            part: number, parts: parts.count, area: current.name, competencies: competencies,
            steps: parts.enumerated().map { i, p in Step(number: i + 1, area: p.name, href: SkillsRoute.assessment.path(query: [("part", "\(i + 1)")]), current: i + 1 == number, done: isDone(p)) },
            answered: answered, questions: questions, percent: questions == 0 ? 0 : answered * 100 / questions,
            isLast: number == parts.count, errors: errors)
        return services.page("skills-assessment", title: "Self-assessment · \(current.name)", view, context: context, request: request,
                             section: .skills, status: errors.status)
    }

    @Sendable func start(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        if try await book.openAssessment(of: viewer.personID) == nil, try await book.currentFramework().active.isEmpty {
            throw HTTPError(.conflict, message: "There is nothing to assess yet: the organization's framework has no active competencies. Ask an admin to restore some.")
        }
        _ = try await book.resumeOrStartAssessment(for: viewer.personID)
        return seeOther(SkillsRoute.assessment)
    }

    @Sendable func save(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), book = services.skills(for: viewer)
        guard let open = try await book.openAssessment(of: viewer.personID) else { return seeOther(SkillsRoute.assessment) }
        let part = min(max(1, Int(context.form["part"].prefix(6)) ?? 1), 1_000)
        var page = AssessmentAnswers()
        var unreadable: [String] = []
        for (name, values) in context.form.fields where name.hasPrefix("f:") || name.hasPrefix("s:") {
            guard let value = values.last else { continue }
            guard let n = Int(value) else { unreadable.append(name); continue }
            if name.hasPrefix("f:") { page.frequencies[String(name.dropFirst(2))] = n } else { page.choices[String(name.dropFirst(2))] = n }
        }
        guard unreadable.isEmpty else {
            return try await renderPart(open, part: part, errors: FormErrors.refused("Some answers could not be read; nothing from this part was saved. Choose again and save."),
                                        context: context, request: nil)
        }
        do {
            try await book.saveAnswers(page, to: open.id!, of: viewer.personID)
        } catch let failure as ValidationFailure {
            return try await renderPart(open, part: part, errors: FormErrors(heading: "Some answers are not among the choices offered; nothing from this part was saved.",
                                                                                failure.errors.map(\.message)), context: context, request: nil)
        }
        switch context.form["go"] {
        case "stop":
            return seeOther(SkillsRoute.profile, notice: .progressSaved)
        case "finish":
            do {
                try await book.completeAssessment(open.id!, of: viewer.personID, at: services.now())
            } catch let failure as ValidationFailure {
                let saved = try await book.openAssessment(of: viewer.personID) ?? open
                let heading = "Your answers are saved, but the assessment is not finished: \(failure.errors.first?.message ?? "questions are unanswered"). The first part with questions left is shown."
                return try await renderPart(saved, part: nil, errors: FormErrors.refused(heading), context: context, request: nil)
            }
            return seeOther(SkillsRoute.profile, notice: .assessed)
        case "back":
            return seeOther(SkillsRoute.assessment.path(query: [("part", "\(max(1, part - 1))")]))
        default:
            return seeOther(SkillsRoute.assessment.path(query: [("part", "\(part + 1)")]))
        }
    }
}
