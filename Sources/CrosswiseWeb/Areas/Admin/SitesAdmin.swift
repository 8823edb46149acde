import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// Admin pages for sites.
struct SitesAdmin {
    let services: AppServices


    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let rows = try await services.directory(for: viewer).sites().map { site in
            ListPage.Row(cells: [site.city, Regions.countryName(site.country) ?? site.country, site.timeZone],
                         href: "/admin/sites/\(site.id!)/edit", title: site.name, inactive: !site.active)
        }
        let page = ListPage(heading: "Sites", intro: "Offices and delivery centres. A person's site sets their default zone and country.",
                            newHref: "/admin/sites/new", newLabel: "Add a site", columns: ["Site", "City", "Country", "Time zone"], rows: rows)
        return services.page("admin-list", title: "Sites", page, context: context, request: request, section: .admin)
    }

    @Sendable func new(request: Request, context: AppRequestContext) async throws -> Response {
        return form(SiteForm(), id: nil, active: true, errors: [:], context: context, request: request)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: nil, context: context)
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard let site = try await services.directory(for: viewer).site(try context.requireUUID("id")) else { throw HTTPError(.notFound) }
        let values = SiteForm(name: site.name, city: site.city, country: site.country, timeZone: site.timeZone)
        return form(values, id: site.id, active: site.active, errors: [:], context: context, request: request)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: try context.requireUUID("id"), context: context)
    }

    @Sendable func toggle(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let active = context.form["active"] == "true"
        try await services.directory(for: viewer).setActive(site: try context.requireUUID("id"), active)
        return seeOther("/admin/sites", notice: active ? .reactivated : .deactivated)
    }

    private func save(id: UUID?, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        let values = SiteForm(name: context.form["name"], city: context.form["city"], country: context.form["country"], timeZone: context.form["time_zone"])
        var active = true
        if let id {
            guard let site = try await directory.site(id) else { throw HTTPError(.notFound) }
            active = site.active
        }
        do {
            try await directory.saveSite(values, id: id)
            return seeOther("/admin/sites", notice: id == nil ? .created : .saved)
        } catch let failure as ValidationFailure {
            return form(values, id: id, active: active, errors: failure.byField, context: context, request: nil, status: .unprocessableContent)
        }
    }

    private func form(_ values: SiteForm, id: UUID?, active: Bool, errors: [String: String], context: AppRequestContext,
                      request: Request?, status: HTTPResponse.Status = .ok) -> Response {
        let fields = [
            FieldView("name", "Name", value: values.name, hint: "How people refer to it, e.g. Manila – Ortigas", required: true, errors: errors),
            FieldView("city", "City", value: values.city, required: true, errors: errors),
            FieldView("country", "Country", value: values.country, kind: .select, options: Choices.countries(selected: values.country), required: true, errors: errors),
            FieldView("time_zone", "Time zone", value: values.timeZone, hint: "IANA name, e.g. Asia/Manila", list: "zones", required: true, errors: errors),
        ]
        let page = FormPage(
            heading: id == nil ? "Add a site" : "Edit \(values.name)", action: id.map { "/admin/sites/\($0)" } ?? "/admin/sites",
            fields: fields, submit: id == nil ? "Add site" : "Save changes", cancel: "/admin/sites",
            toggleAction: id.map { "/admin/sites/\($0)/active" }, toggleLabel: id == nil ? nil : (active ? "Deactivate site" : "Reactivate site"))
        return services.page("admin-form", title: page.heading, FormPageContext(form: page, active: active), context: context,
                             request: request, section: .admin, status: status)
    }
}

/// A form page plus what the toggle button posts.
struct FormPageContext: Sendable {
    let form: FormPage
    /// The value the toggle button sends: deactivate an active record, reactivate another.
    let toggleTo: String
    let zones: [String]

    init(form: FormPage, active: Bool) {
        self.form = form
        self.toggleTo = active ? "false" : "true"
        self.zones = form.fields.contains { $0.list == "zones" } ? TimeZoneName.all : []
    }
}
