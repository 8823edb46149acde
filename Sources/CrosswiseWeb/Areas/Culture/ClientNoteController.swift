import CrosswiseStore
import Foundation
import Hummingbird

/// A client's note. Handlers read and decode; who may read or write it is `ClientNotesBook`'s
/// rule, and a refusal is `DirectoryError.notFound`, which the error pages answer with 404.
struct ClientNoteController {
    let services: AppServices

    func book(_ viewer: Viewer) -> ClientNotesBook {
        ClientNotesBook(db: services.db, organizationID: viewer.organizationID, actor: viewer.actor, now: services.now)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        return try await render(viewer, try context.requireUUID("id"), draft: nil, errors: FormErrors(), context: context, request: request)
    }

    @Sendable func save(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), form = context.form, id = try context.requireUUID("id")
        // Bounded here only so a huge paste costs nothing; the store says what is too long.
        func part(_ field: FormField) -> String { String(form.text(field.name).prefix(ClientNoteDraft.partLimit + 1)) }
        let draft = ClientNoteDraft(names: part(ClientNotePage.names), escalation: part(ClientNotePage.escalation),
                                    topics: part(ClientNotePage.topics), other: part(ClientNotePage.other),
                                    ownerID: UUID(uuidString: form[ClientNotePage.owner.name]))
        do {
            try await book(viewer).save(draft, client: id, by: viewer.personID, isAdmin: viewer.isAdmin)
            return seeOther(CultureRoute.client(id), notice: .saved)
        } catch let failure as ValidationFailure {
            return try await render(viewer, id, draft: draft, errors: FormErrors(failure, fields: ClientNotePage.fields), context: context, request: nil)
        }
    }

    @Sendable func reviewed(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), id = try context.requireUUID("id")
        try await book(viewer).markReviewed(client: id, by: viewer.personID, isAdmin: viewer.isAdmin)
        return seeOther(CultureRoute.client(id), notice: .reviewed)
    }

    func render(_ viewer: Viewer, _ id: UUID, draft: ClientNoteDraft?, errors: FormErrors, context: AppRequestContext, request: Request?) async throws -> Response {
        let reading = try await book(viewer).read(id, by: viewer.personID, isAdmin: viewer.isAdmin)
        let history = try await AuditLog(db: services.db, organizationID: viewer.organizationID)
            .entries(entity: (subject: .clientNote, id: id.uuidString)).lines
        let home = try await services.directory(for: viewer).workCountry(of: viewer.person)
        let serves = reading.serving.contains { $0.id == viewer.personID }
        let readAt = serves ? try await BriefReadsBook(db: services.db, organizationID: viewer.organizationID).readAt(.client(id), by: viewer.personID) : nil
        let model = ClientNotePage(reading, draft: draft, errors: errors, history: history, homeCode: home, viewerID: viewer.personID,
                                   isAdmin: viewer.isAdmin, now: services.now(), dates: DateWords(viewer), readAt: readAt)
        return services.page("culture-client", title: "\(reading.client.name): client note", model, context: context, request: request,
                             section: .culture, status: errors.status)
    }
}
