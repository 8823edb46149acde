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
        routes.on(R.route(.new), use: new)
        routes.on(R.route(.create), use: create)
        routes.on(R.route(.edit(sampleID)), use: edit)
        routes.on(R.route(.update(sampleID)), use: update)
        routes.on(R.route(.setActive(sampleID)), use: setActive)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let search = (request.uri.queryParameters.get("q") ?? "").trimmingCharacters(in: .whitespaces)
        let listing = try await resource.listing(services.directory(for: viewer), viewer: viewer, search: search)
        let page = R.listPage(listing, viewer: viewer, search: search)
        return services.page("admin-list", title: page.heading, page, context: context, request: request, section: .admin)
    }

    @Sendable func new(request: Request, context: AppRequestContext) async throws -> Response {
        try await form(R.blank, id: nil, active: true, context: context, request: request)
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let id = try context.requireUUID("id")
        let stored = try await resource.record(id, in: services.directory(for: try context.requireViewer()), context: context)
        return try await form(stored.values, id: id, active: stored.active, context: context, request: request)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: nil, context: context)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: try context.requireUUID("id"), context: context)
    }

    @Sendable func setActive(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let active = context.form["active"] == "true"
        try await resource.setActive(try context.requireUUID("id"), active, in: services.directory(for: viewer), viewer: viewer)
        return seeOther(R.route(.list), notice: active ? .reactivated : .deactivated)
    }

    /// Saves what was sent, or shows it again with what to fix; a refused form writes nothing.
    private func save(id: UUID?, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        var stored: (values: R.Values, active: Bool)?
        if let id { stored = try await resource.record(id, in: directory, context: context) }
        let values = try R.read(context.form, stored: stored?.values, id: id, viewer: viewer)
        do {
            let next = try await resource.save(values, id: id, in: directory)
            return seeOther(next.path, notice: id == nil ? .created : .saved)
        } catch let failure as ValidationFailure {
            let errors = FormErrors(failure, fields: R.fields(for: viewer))
            return try await form(values, id: id, active: stored?.active ?? true, errors: errors, context: context, request: nil, status: .unprocessableContent)
        }
    }

    private func form(_ values: R.Values, id: UUID?, active: Bool, errors: FormErrors = FormErrors(), context: AppRequestContext,
                      request: Request?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let viewer = try context.requireViewer()
        let options = try await resource.options(services.directory(for: viewer), viewer: viewer)
        let page = AdminFormPage(R.self, values: values, id: id, active: active, options: options, viewer: viewer, errors: errors)
        return services.page("admin-form", title: page.heading, page, context: context, request: request, section: .admin, status: status)
    }
}

