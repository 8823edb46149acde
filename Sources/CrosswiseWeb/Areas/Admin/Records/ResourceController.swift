import CrosswiseStore
import Foundation
import Hummingbird

/// The six pages of every admin record. Who may reach each is the route's (see AdminRoute);
/// what differs between sites, teams, clients and people is the resource's.
struct ResourceController<R: AdminResource>: Sendable {
    let resource: R
    let services: AppServices

    func mount(on routes: inout Routes<AdminRoute>) {
        routes.on(R.route(.list), use: list)
        for route in [R.route(.new), R.route(.edit(sampleID))] { routes.on(route, use: show) }
        for route in [R.route(.create), R.route(.update(sampleID))] { routes.on(route, use: save) }
        routes.on(R.route(.setActive(sampleID)), use: setActive)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        // Read as a form does: a browser sends the search box's spaces as "+", which
        // Hummingbird's query parameters leave as they are ("Mark+Villanueva" found nobody).
        let search = String(FormData.query(request.uri.query ?? "")["q"].trimmingCharacters(in: .whitespaces).prefix(200))
        let listing = try await resource.listing(services.directory(for: viewer), viewer: viewer, search: search)
        let page = R.listPage(listing, viewer: viewer, search: search)
        return services.page("admin-list", title: page.heading, page, context: context, request: request, section: .admin)
    }

    /// The form of a new record, or of the stored one the route's id names.
    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        guard let id = try recordID(context) else { return try await form(R.blank, id: nil, active: true, context: context, request: request) }
        let stored = try await resource.record(id, in: services.directory(for: try context.requireViewer()), context: context)
        return try await form(stored.values, id: id, active: stored.active, context: context, request: request)
    }

    /// Saves what was sent, or shows it again with what to fix; a refused form writes nothing.
    @Sendable func save(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), directory = services.directory(for: viewer)
        let id = try recordID(context)
        var stored: (values: R.Values, active: Bool)?
        if let id { stored = try await resource.record(id, in: directory, context: context) }
        let values = try R.read(context.form, stored: stored?.values, id: id, viewer: viewer)
        do {
            return seeOther(R.next(after: try await resource.save(values, id: id, in: directory)).path, notice: id == nil ? .created : .saved)
        } catch let failure as ValidationFailure {
            return try await form(values, id: id, active: stored?.active ?? true, failure: failure, context: context, request: nil)
        }
    }

    /// Reactivating happens at once. Deactivating first shows who it affects (`DeactivatePage`),
    /// and only the page's own form (`confirmed=yes`) deactivates, posting each of them a notice.
    @Sendable func setActive(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), directory = services.directory(for: viewer)
        let id = try context.requireUUID("id")
        let active = context.form["active"] == "true"
        guard let name = try await resource.label(id, in: directory) else { throw HTTPError(.notFound) }
        var notices: [NewNotice] = []
        if !active {
            guard R.canSetActive(id, viewer: viewer) else { throw HTTPError(.forbidden, message: "You cannot deactivate your own account; ask another admin.") }
            let affected = try await directory.affected(byDeactivating: R.deactivationTarget(id)).filter { $0.id != viewer.personID }
            guard context.form["confirmed"] == "yes" else {
                let page = DeactivatePage(R.self, id: id, name: name, affected: affected)
                return services.page("admin-deactivate", title: page.heading, page, context: context, section: .admin)
            }
            notices = affected.compactMap { person in person.id.map { DeactivatePage.notice(R.self, name: name, to: $0) } }
        }
        try await resource.setActive(id, active, in: directory, viewer: viewer, notifying: notices)
        return seeOther(R.route(.list), notice: active ? .reactivated : .deactivated)
    }

    private func form(_ values: R.Values, id: UUID?, active: Bool, failure: ValidationFailure? = nil, context: AppRequestContext,
                      request: Request?) async throws -> Response {
        let viewer = try context.requireViewer()
        let options = try await resource.options(services.directory(for: viewer), viewer: viewer)
        let page = AdminFormPage(R.self, values: values, id: id, active: active, options: options, viewer: viewer, failure: failure)
        return services.page("admin-form", title: page.heading, page, context: context, request: request, section: .admin,
                             status: failure == nil ? .ok : .unprocessableContent)
    }

    /// The stored record's id on edit and update routes, nil on new and create.
    private func recordID(_ context: AppRequestContext) throws -> UUID? {
        context.parameters.get("id") == nil ? nil : try context.requireUUID("id")
    }
}
