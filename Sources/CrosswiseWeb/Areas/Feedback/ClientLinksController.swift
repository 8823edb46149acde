import CrosswiseStore
import Foundation
import Hummingbird

/// `/feedback/clients`: the links a person has for client feedback (and, for a lead, those they
/// made for their team), the form making one, and revoking. A new link's address is shown on
/// the page that answers the POST, once: only its hash is stored.
struct ClientLinksController {
    let services: AppServices

    func book(_ viewer: Viewer) -> ClientFeedbackLinks { ClientFeedbackLinks(db: services.db, organizationID: viewer.organizationID) }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        return try await render(viewer, ClientLinksPage.Data(), context: context, request: request)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), form = context.form
        var data = ClientLinksPage.Data()
        data.name = String(form.text(ClientLinksPage.name.name).prefix(121))
        data.email = String(form[ClientLinksPage.email.name].prefix(201))
        let about = UUID(uuidString: form[ClientLinksPage.about.name]) ?? viewer.personID
        data.about = about
        do {
            let made = try await book(viewer).create(for: about, by: viewer.personID, clientName: data.name, clientEmail: data.email)
            data = ClientLinksPage.Data()
            data.madeURL = services.linkBase + ClientFeedbackRoute.form(token: made.token).path
            data.madeFor = made.link.clientName
        } catch let failure as ValidationFailure {
            data.errors = FormErrors(failure, fields: ClientLinksPage.fields)
        } catch DirectoryError.notFound {
            data.errors = FormErrors(ValidationFailure([FieldError(.person, "Choose yourself or someone in a team you lead")]), fields: ClientLinksPage.fields)
        }
        return try await render(viewer, data, context: context, request: nil)
    }

    @Sendable func revoke(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try await book(viewer).revoke(try context.requireUUID("id"), by: viewer.personID)
        return seeOther(FeedbackRoute.clients, notice: .linkRevoked)
    }

    func render(_ viewer: Viewer, _ given: ClientLinksPage.Data, context: AppRequestContext, request: Request?) async throws -> Response {
        var data = given
        data.links = try await book(viewer).links(readBy: viewer.personID)
        data.people = try await book(viewer).people(for: viewer.personID)
        data.viewer = viewer.personID
        return services.page("feedback-clients", title: "Client feedback links", ClientLinksPage(data, dates: DateWords(viewer)),
                             context: context, request: request, section: .feedback, status: data.errors.status)
    }
}

/// The list of links with their state and answers, and the form making one.
struct ClientLinksPage {
    static let name = FormField("client_name", .name)
    static let email = FormField("client_email", .email)
    static let about = FormField("about", .person)
    static let fields = [name, email, about]

    struct Data {
        var name = "", email = ""
        var about: UUID?
        var viewer: UUID?
        var links: [ClientFeedbackLinks.Item] = []
        var people: [Person] = []
        var madeURL: String?
        var madeFor = ""
        var errors = FormErrors()
    }

    struct Row {
        let client, about, status, made, expires: String
        let answer: String?
        let comment: String?
        let revokeAction: String?
    }

    let rows: [Row]
    let nameField, emailField: FieldView
    let aboutChoices: [Choice]
    let choosesPerson: Bool
    let madeURL: String?
    let madeFor: String
    let errors: FormErrors
    let action = FeedbackRoute.createClientLink.path, back = FeedbackRoute.home.path
    let lifetimeDays = ClientFeedbackLinks.lifetimeDays

    init(_ data: Data, dates: DateWords) {
        rows = data.links.map { item in
            let answer = item.answer.map { "Clear communication \($0.clarity)/5 · responsiveness \($0.responsiveness)/5 · care \($0.care)/5" }
            return Row(client: item.link.clientName, about: item.link.$person.id == data.viewer ? "You" : item.personName,
                       status: item.status.label, made: dates.short(item.link.createdAt), expires: dates.short(item.link.expiresAt),
                       answer: answer, comment: item.answer?.comment,
                       revokeAction: item.status == .waiting ? FeedbackRoute.revokeClientLink(item.link.id!).path : nil)
        }
        nameField = FieldView(Self.name, "Client contact's name", value: data.name, hint: "Shown to them on the form, and with their answer.",
                              required: true, errors: data.errors)
        emailField = FieldView(Self.email, "Their e-mail (optional)", value: data.email, kind: .email,
                               hint: "Kept only to remind you who it went to; Crosswise does not write to them. Send the link yourself.",
                               errors: data.errors)
        let about = data.about ?? data.viewer
        aboutChoices = data.people.map { Choice($0.id!.uuidString, $0.id == data.viewer ? "\($0.name) (you)" : $0.name, selected: $0.id == about) }
        choosesPerson = data.people.count > 1
        madeURL = data.madeURL
        madeFor = data.madeFor
        errors = data.errors
    }
}
