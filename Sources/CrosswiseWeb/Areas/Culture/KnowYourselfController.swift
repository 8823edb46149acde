import CrosswiseStore
import Culture
import Foundation
import Hummingbird

/// "Know yourself": answering places you on the eight scales; the pair views then show you as
/// a third marker. Completing it writes practice evidence for cultural awareness when the
/// organization's framework has that competency.
struct KnowYourselfController {
    let services: AppServices

    func book(_ viewer: Viewer) -> CulturePlacementBook { CulturePlacementBook(db: services.db, organizationID: viewer.organizationID) }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let placement = try await book(viewer).placement(of: viewer.personID)
        return try await render(viewer, answers: placement?.answerValues ?? [:], placement: placement, errors: FormErrors(), context: context, request: request)
    }

    @Sendable func save(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), form = context.form
        var answers: [String: Int] = [:]
        for question in SelfPlacement.questions {
            if let value = Int(form["q-\(question.id)"].prefix(2)) { answers[question.id] = value }
        }
        do {
            let framework = try await services.skills(for: viewer).currentFramework()
            try await book(viewer).complete(answers, of: viewer.personID, framework: framework, at: services.now())
            return seeOther(CultureRoute.me, notice: .saved)
        } catch let failure as ValidationFailure {
            // One line a question, numbered as on the page, each linking to its fieldset.
            var errors = FormErrors()
            failure.message(for: .answer).map { errors.add($0) }
            for (index, question) in SelfPlacement.questions.enumerated() where failure.message(for: .answer.of(question.id)) != nil {
                errors.add(KnowYourselfPage.field(question), "Question \(index + 1): choose an answer")
            }
            let placement = try await book(viewer).placement(of: viewer.personID)
            return try await render(viewer, answers: answers, placement: placement, errors: errors, context: context, request: nil)
        }
    }

    func render(_ viewer: Viewer, answers: [String: Int], placement: CulturePlacement?, errors: FormErrors, context: AppRequestContext, request: Request?) async throws -> Response {
        let reader = try await CultureController(services: services).reader(viewer)
        let framework = try await services.skills(for: viewer).currentFramework()
        let model = KnowYourselfPage(answers: answers, placement: placement, reader: reader, errors: errors,
                                     hasCompetency: CulturePlacementBook.awarenessCompetency(in: framework) != nil, dates: DateWords(viewer))
        return services.page("culture-me", title: "Know yourself", model, context: context, request: request, section: .culture, status: errors.status)
    }
}
