import CrosswiseStore
import Foundation
import Hummingbird

/// The client's form. A wrong or expired secret is the same 404 page; a used or withdrawn
/// link says so; too many requests from one address is a 429. Nothing here reads a session.
struct ClientFeedbackController {
    let services: AppServices

    func store() -> ClientFeedbackForm { ClientFeedbackForm(db: services.db) }

    @Sendable func form(request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let address = AuthController(services: services).client(request, context)
        do {
            let opened = try await store().open(token, address: address)
            return page(ClientFeedbackPage(opened, token: token), context: context)
        } catch let refusal as ClientFeedbackForm.Refusal {
            return refused(refusal, context: context)
        }
    }

    @Sendable func answer(request: Request, context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        let address = AuthController(services: services).client(request, context)
        let form = context.form
        let opened: ClientFeedbackForm.Opened
        do {
            opened = try await store().open(token, address: address)
        } catch let refusal as ClientFeedbackForm.Refusal {
            return refused(refusal, context: context)
        }
        // The per-link token: only a page served for this secret carries it.
        guard ClientFeedbackForm.formTokenMatches(form[ClientFeedbackPage.formTokenField], token: token) else {
            throw HTTPError(.forbidden, message: "This form did not come from your feedback link. Open the link again and send the form from there.")
        }
        var draft = ClientFeedbackForm.Draft()
        draft.clarity = String(form[ClientFeedbackPage.clarity.name].prefix(3))
        draft.responsiveness = String(form[ClientFeedbackPage.responsiveness.name].prefix(3))
        draft.care = String(form[ClientFeedbackPage.care.name].prefix(3))
        draft.comment = String(form.text(ClientFeedbackPage.comment.name).prefix(ClientFeedbackForm.commentLimit + 1))
        do {
            try await store().answer(opened, draft)
        } catch let failure as ValidationFailure {
            return page(ClientFeedbackPage(opened, token: token, draft: draft, errors: FormErrors(failure, fields: ClientFeedbackPage.fields)),
                        context: context)
        } catch {
            // The unique key refused a second answer sent at the same moment.
            if try await store().isAnswered(opened.link) {
                return refused(.used, context: context)
            }
            throw error
        }
        return services.page("client-feedback-done", title: "Thank you", ClientFeedbackPage.Done(name: opened.personName), context: context)
    }

    func page(_ model: ClientFeedbackPage, context: AppRequestContext) -> Response {
        services.page("client-feedback", title: "Feedback for \(model.personName)", model, context: context, status: model.errors.status)
    }

    func refused(_ refusal: ClientFeedbackForm.Refusal, context: AppRequestContext) -> Response {
        let (status, heading, text): (HTTPResponse.Status, String, String) = switch refusal {
        case .notFound: (.notFound, "This link does not work",
                         "Feedback links work for \(ClientFeedbackLinks.lifetimeDays) days. Check that the whole address was copied, or ask the person who sent it for a new one.")
        case .used: (.gone, "This link has been used",
                     "An answer was already sent through this link, and each link takes one. Thank you for taking the time.")
        case .revoked: (.gone, "This link was withdrawn",
                        "The person who sent it has withdrawn it, so it no longer takes answers. Nothing more is needed from you.")
        case .tooManyAttempts: (.tooManyRequests, "Too many tries",
                                "Too many feedback pages were opened from your network in the last hour. Wait an hour and open your link again.")
        }
        return services.page("client-feedback-closed", title: heading, ClientFeedbackPage.Closed(heading: heading, text: text), context: context,
                             status: status)
    }
}

/// The client's form: three ratings with their meaning, an optional comment, and the privacy
/// notice (who reads the answer and how long it is kept), before any field.
struct ClientFeedbackPage {
    static let clarity = FormField("clarity", .clarity)
    static let responsiveness = FormField("responsiveness", .responsiveness)
    static let care = FormField("care", .care)
    static let comment = FormField("comment", .comment)
    static let fields = [clarity, responsiveness, care, comment]
    static let formTokenField = "form_token"

    struct Rating { let name, legend, hint: String; let error: String?; let options: [Choice] }
    struct Done { let name: String }
    struct Closed { let heading, text: String }

    let personName, clientName: String
    let readers: String
    let keptFor: String
    let expires: String
    let ratings: [Rating]
    let comment: FieldView
    let formToken, action: String
    let errors: FormErrors

    /// What each score means, the same words on every rating.
    static let scale = [(1, "1 · poor"), (2, "2 · below what we need"), (3, "3 · as expected"), (4, "4 · good"), (5, "5 · excellent")]

    init(_ opened: ClientFeedbackForm.Opened, token: String, draft: ClientFeedbackForm.Draft = .init(), errors: FormErrors = FormErrors()) {
        personName = opened.personName
        clientName = opened.link.clientName
        readers = opened.readers.joined(separator: " and ")
        keptFor = "\(ClientFeedbackLinks.keptDays / 365) years"
        expires = DateWords(try! .init("UTC")).short(opened.link.expiresAt)
        func rating(_ field: FormField, _ legend: String, _ hint: String, _ value: String) -> Rating {
            Rating(name: field.name, legend: legend, hint: hint, error: errors[field],
                   options: Self.scale.map { Choice(String($0.0), $0.1, selected: value == String($0.0), field: field.name) })
        }
        ratings = [
            rating(Self.clarity, "Clear communication", "Were answers and updates easy to understand?", draft.clarity),
            rating(Self.responsiveness, "Responsiveness", "Did replies and fixes come when you needed them?", draft.responsiveness),
            rating(Self.care, "Care for your needs", "Did they understand what mattered to you and act on it?", draft.care),
        ]
        comment = FieldView(Self.comment, "Comment (optional)", value: draft.comment, kind: .textarea,
                            hint: "One example helps most: what happened, and what it meant for you. Up to \(ClientFeedbackForm.commentLimit) characters.",
                            errors: errors)
        formToken = ClientFeedbackForm.formToken(for: token)
        action = ClientFeedbackRoute.answer(token: token).path
        self.errors = errors
    }
}
