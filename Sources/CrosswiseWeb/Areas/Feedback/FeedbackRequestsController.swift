import CrosswiseStore
import Foundation
import Hummingbird

/// Asking colleagues for feedback, reading a request, closing it. Who may read a request is
/// `FeedbackRequests`' rule; answering is the give form with the request's id.
struct FeedbackRequestsController {
    let services: AppServices

    func book(_ viewer: Viewer) -> FeedbackRequests { FeedbackRequests(db: services.db, organizationID: viewer.organizationID) }

    @Sendable func ask(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        var data = AskFeedbackPage.Data()
        let query = FormData.query(request.uri.query ?? "")
        data.draft.personIDs = Array(query.uuids(AskFeedbackPage.people.name).prefix(FeedbackRequestDraft.mostPeople + 1))
        return try await render(viewer, data, who: query[PeoplePicker.findField], context: context, request: request)
    }

    @Sendable func send(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), form = context.form
        var data = AskFeedbackPage.Data()
        // Bounded here only so a huge paste costs nothing; the store says what is too long.
        data.draft.question = String(form.text(AskFeedbackPage.question.name).prefix(FeedbackRequestDraft.questionLimit + 1))
        data.draft.competency = String(form[AskFeedbackPage.competency.name].prefix(80))
        let sent = form.all(AskFeedbackPage.people.name).prefix(200)
        data.draft.personIDs = sent.compactMap { UUID(uuidString: $0) }
        data.draft.unreadable = sent.count - data.draft.personIDs.count
        // Find reloads the form with matches and everything typed, and asks nobody.
        if !form[PeoplePicker.findButton].isEmpty {
            return try await render(viewer, data, who: form[PeoplePicker.findField], context: context, request: nil)
        }
        do {
            let framework = try await services.skills(for: viewer).currentFramework()
            let made = try await book(viewer).ask(data.draft, from: viewer.personID, competencies: Set(framework.active.map(\.id)))
            return seeOther(FeedbackRoute.request(made.id!), notice: .feedbackAsked)
        } catch let failure as ValidationFailure {
            data.errors = FormErrors(failure, fields: AskFeedbackPage.fields)
            return try await render(viewer, data, who: form[PeoplePicker.findField], context: context, request: nil)
        }
    }

    @Sendable func request(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let item = try await book(viewer).request(try context.requireUUID("id"), readBy: viewer.personID)
        var name: String?
        if let id = item.request.competency { name = try await services.skills(for: viewer).currentFramework().competency(id)?.name }
        let model = FeedbackRequestPage(item, viewer: viewer.personID, competencyName: name, dates: DateWords(viewer), now: Date())
        let title = model.isAsker ? "Your request for feedback" : "\(item.askerName) asks for feedback"
        return services.page("feedback-request", title: title, model, context: context, request: request, section: .feedback)
    }

    @Sendable func close(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let id = try context.requireUUID("id")
        try await book(viewer).close(id, by: viewer.personID)
        return seeOther(FeedbackRoute.request(id), notice: .requestClosed)
    }

    func render(_ viewer: Viewer, _ given: AskFeedbackPage.Data, who: String, context: AppRequestContext, request: Request?) async throws -> Response {
        var data = given
        data.picker = try await PeoplePicker.gather(services.directory(for: viewer), chosen: data.draft.personIDs, query: who,
                                                    excluding: viewer.personID)
        data.competencies = try await services.skills(for: viewer).currentFramework().active.map { (id: $0.id, name: $0.name) }
        return services.page("feedback-ask", title: "Ask for feedback", AskFeedbackPage(data), context: context, request: request,
                             section: .feedback, status: data.errors.status)
    }
}
