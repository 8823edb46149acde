import CrosswiseStore
import Foundation
import Hummingbird
import FormBodies
import MessageCheck

/// Everyday feedback. Handlers read and decode; who may read what is `FeedbackBook`'s rule.
struct FeedbackController {
    let services: AppServices

    func book(_ viewer: Viewer) -> FeedbackBook { FeedbackBook(db: services.db, organizationID: viewer.organizationID) }

    @Sendable func home(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        // Only a lead's memberships open the team's shared entries; an admin's role does not.
        let lists = try await book(viewer).lists(of: viewer.personID, includingShared: viewer.managesPeople)
        var model = FeedbackPage(received: lists.received, given: lists.given, shared: lists.shared, dates: DateWords(viewer))
        let requests = FeedbackRequests(db: services.db, organizationID: viewer.organizationID)
        let asked = try await requests.lists(of: viewer.personID, limit: 20)
        model.add(waiting: asked.waiting, requests: asked.made, dates: DateWords(viewer))
        model.add(clientAnswers: try await ClientFeedbackLinks(db: services.db, organizationID: viewer.organizationID).answers(about: viewer.personID),
                  dates: DateWords(viewer))
        return services.page("feedback", title: "Feedback", model, context: context, request: request, section: .feedback)
    }

    /// Only the viewer's own figures: a lead's team view of them is not built.
    @Sendable func health(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let health = try await book(viewer).health(of: viewer.personID, now: services.now())
        return services.page("feedback-health", title: "Your feedback health", FeedbackHealthPage(health), context: context, request: request,
                             section: .feedback)
    }

    @Sendable func entry(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let item = try await book(viewer).entry(try context.requireUUID("id"), readBy: viewer.personID)
        return try await renderEntry(item, viewer: viewer, context: context, request: request)
    }

    /// "Add to my plan": one POST makes the practice action; a refusal shows the entry again
    /// with what was typed and why.
    @Sendable func addToPlan(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), form = context.form
        let id = try context.requireUUID("id")
        let competency = String(form[FeedbackEntryPage.planCompetency.name].prefix(80))
        let action = String(form.text(FeedbackEntryPage.planAction.name).prefix(FeedbackBook.actionLimit + 1))
        do {
            let framework = try await services.skills(for: viewer).currentFramework()
            try await book(viewer).addToPlan(id, by: viewer.personID, competency: competency, action: action, framework: framework,
                                             today: services.today(for: viewer).description)
            return seeOther(FeedbackRoute.entry(id), notice: .addedToPlan)
        } catch let failure as ValidationFailure {
            let item = try await book(viewer).entry(id, readBy: viewer.personID)
            return try await renderEntry(item, viewer: viewer, context: context, request: nil,
                                         typed: (competency, action), errors: FormErrors(failure, fields: FeedbackEntryPage.planFields))
        }
    }

    func renderEntry(_ item: FeedbackBook.Item, viewer: Viewer, context: AppRequestContext, request: Request?,
                     typed: (competency: String, action: String)? = nil, errors: FormErrors = FormErrors()) async throws -> Response {
        let framework = try await services.skills(for: viewer).currentFramework()
        let name = item.entry.competency.flatMap { framework.competency($0)?.name }
        var model = FeedbackEntryPage(item, competencyName: name, dates: DateWords(viewer))
        // Only the receiver acts on it: the giver and a lead read the entry and nothing more.
        if item.entry.$receiver.id == viewer.personID {
            let goal = try await book(viewer).planGoal(for: item.entry.id!, of: viewer.personID)
            model.plan = FeedbackEntryPage.PlanForm(item.entry, inGoal: goal, competencies: framework.active.map { (id: $0.id, name: $0.name) },
                                                    typed: typed, errors: errors)
        }
        return services.page("feedback-entry", title: "\(item.entry.feedbackKind.label) for \(item.receiverName)", model,
                             context: context, request: request, section: .feedback, status: errors.status)
    }

    @Sendable func give(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        var data = GiveFeedbackPage.Data()
        data.find = String(TextCleaning.line(request.uri.queryParameters.get("find") ?? "").prefix(60))
        data.draft.receiverID = request.uri.queryParameters.get("to").flatMap { UUID(uuidString: String($0)) }
        data.draft.requestID = request.uri.queryParameters.get("request").flatMap { UUID(uuidString: String($0)) }
        return try await render(viewer, data, context: context, request: request)
    }

    @Sendable func send(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), form = context.form
        var data = GiveFeedbackPage.Data()
        var draft = FeedbackDraft()
        draft.receiverID = UUID(uuidString: form[GiveFeedbackPage.receiver.name])
        draft.kind = String(form[GiveFeedbackPage.kind.name].prefix(20))
        // Bounded here only so a huge paste costs nothing; the store says what is too long.
        draft.situation = String(form.text(GiveFeedbackPage.situation.name).prefix(FeedbackDraft.partLimit + 1))
        draft.behaviour = String(form.text(GiveFeedbackPage.behaviour.name).prefix(FeedbackDraft.partLimit + 1))
        draft.impact = String(form.text(GiveFeedbackPage.impact.name).prefix(FeedbackDraft.partLimit + 1))
        draft.nextTime = String(form.text(GiveFeedbackPage.nextTime.name).prefix(FeedbackDraft.partLimit + 1))
        draft.competency = String(form[GiveFeedbackPage.competency.name].prefix(80))
        draft.visibility = String(form[GiveFeedbackPage.visibility.name].prefix(30))
        draft.requestID = UUID(uuidString: form[GiveFeedbackPage.request.name])
        data.draft = draft
        data.find = String(form["find"].prefix(60))
        if form["step"] != "send" {
            data.findings = Self.findings(in: draft)
            return try await render(viewer, data, context: context, request: nil)
        }
        do {
            let framework = try await services.skills(for: viewer).currentFramework()
            let entry = try await book(viewer).give(draft, from: viewer.personID, competencies: Set(framework.active.map(\.id)))
            return seeOther(FeedbackRoute.entry(entry.id!), notice: draft.requestID == nil ? .feedbackSent : .requestAnswered)
        } catch let failure as ValidationFailure {
            data.errors = FormErrors(failure, fields: GiveFeedbackPage.fields)
            return try await render(viewer, data, context: context, request: nil)
        }
    }

    /// Tone and clarity findings per part: the same checker as "Check a message", with the
    /// profile of a note to a colleague. Privacy and time findings belong to client mail.
    static func findings(in draft: FeedbackDraft) -> [(part: String, finding: Finding)] {
        let checker = MessageChecker(profile: .internalChat)
        let parts = [("Situation", draft.situation), ("Behaviour", draft.behaviour), ("Impact", draft.impact)]
            + (draft.kind == FeedbackKind.suggestion.rawValue ? [("Next time, try", draft.nextTime)] : [])
        return parts.flatMap { part, text in
            text.isEmpty ? [] : checker.check(text).filter { $0.category == .tone || $0.category == .clarity }.map { (part: part, finding: $0) }
        }
    }

    func render(_ viewer: Viewer, _ given: GiveFeedbackPage.Data, context: AppRequestContext, request: Request?) async throws -> Response {
        var data = given
        // The same search as every people picker: any word of a name by its start, accents folded.
        data.matches = try await services.directory(for: viewer).findPeople(data.find, excluding: viewer.personID)
        if let id = data.draft.receiverID, id != viewer.personID,
           let person = try await services.directory(for: viewer).person(id), person.active {
            data.chosen = person
        }
        data.competencies = try await services.skills(for: viewer).currentFramework().active.map { (id: $0.id, name: $0.name) }
        // Answering a request: its question above the form, its competency chosen unless the
        // giver chose another. A request the viewer was not asked shows nothing and is refused
        // on Send.
        if let id = data.draft.requestID,
           let asked = try? await FeedbackRequests(db: services.db, organizationID: viewer.organizationID).request(id, readBy: viewer.personID),
           asked.request.$asker.id != viewer.personID {
            data.answering = asked
            if data.draft.competency.isEmpty, data.errors.isEmpty, let competency = asked.request.competency { data.draft.competency = competency }
        }
        return services.page("feedback-give", title: "Give feedback", GiveFeedbackPage(data), context: context, request: request,
                             section: .feedback, status: data.errors.status)
    }
}
