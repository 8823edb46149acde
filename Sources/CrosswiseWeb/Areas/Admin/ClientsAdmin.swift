import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// Admin pages for clients.
struct ClientsAdmin {
    let services: AppServices


    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let rows = try await services.directory(for: viewer).clients().map { client in
            ListPage.Row(cells: [Regions.countryName(client.country) ?? client.country, client.timeZone, client.businessHours,
                                 client.regimeList.map(\.title).joined(separator: ", ")],
                         href: "/admin/clients/\(client.id!)/edit", title: client.name, inactive: !client.active)
        }
        let page = ListPage(heading: "Clients", intro: "Customers abroad. Their hours feed the world clock and meeting planner; their regimes say how their data must be handled.",
                            newHref: "/admin/clients/new", newLabel: "Add a client",
                            columns: ["Client", "Country", "Time zone", "Business hours", "Data protection"], rows: rows)
        return services.page("admin-list", title: "Clients", page, context: context, request: request, section: .admin)
    }

    @Sendable func new(request: Request, context: AppRequestContext) async throws -> Response {
        var values = ClientForm()
        values.businessHours = "Mon-Fri 09:00-17:00"
        return form(values, id: nil, active: true, errors: [:], context: context, request: request)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: nil, context: context)
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard let client = try await services.directory(for: viewer).client(try context.requireUUID("id")) else { throw HTTPError(.notFound) }
        var values = ClientForm()
        values.name = client.name
        values.country = client.country
        values.timeZone = client.timeZone
        values.businessHours = client.businessHours
        values.regimes = client.regimeList.map(\.rawValue)
        return form(values, id: client.id, active: client.active, errors: [:], context: context, request: request)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: try context.requireUUID("id"), context: context)
    }

    @Sendable func toggle(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let active = context.form["active"] == "true"
        try await services.directory(for: viewer).setActive(client: try context.requireUUID("id"), active)
        return seeOther("/admin/clients", notice: active ? .reactivated : .deactivated)
    }

    private func save(id: UUID?, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        var values = ClientForm()
        values.name = context.form["name"]
        values.country = context.form["country"]
        values.timeZone = context.form["time_zone"]
        values.businessHours = context.form["business_hours"]
        values.regimes = context.form.all("regimes")
        var active = true
        if let id {
            guard let client = try await directory.client(id) else { throw HTTPError(.notFound) }
            active = client.active
        }
        do {
            try await directory.saveClient(values, id: id)
            return seeOther("/admin/clients", notice: id == nil ? .created : .saved)
        } catch let failure as ValidationFailure {
            return form(values, id: id, active: active, errors: failure.byField, context: context, request: nil, status: .unprocessableContent)
        }
    }

    private func form(_ values: ClientForm, id: UUID?, active: Bool, errors: [String: String], context: AppRequestContext,
                      request: Request?, status: HTTPResponse.Status = .ok) -> Response {
        let regimes = DataRegime.allCases.map { Choice($0.rawValue, $0.title, selected: values.regimes.contains($0.rawValue), field: "regimes") }
        let fields = [
            FieldView("name", "Name", value: values.name, required: true, errors: errors),
            FieldView("country", "Country", value: values.country, kind: .select, options: Choices.countries(selected: values.country), required: true, errors: errors),
            FieldView("time_zone", "Time zone", value: values.timeZone, hint: "IANA name, e.g. Europe/London", list: "zones", required: true, errors: errors),
            FieldView("business_hours", "Business hours", value: values.businessHours,
                      hint: "Days, then ranges in the client's local time: Mon-Fri 09:00-17:30; Sat 10:00-14:00", required: true, errors: errors),
            FieldView("regimes", "Data-protection regimes", kind: .checkboxes, hint: "The laws that govern this client's data.", options: regimes, errors: errors),
        ]
        let page = FormPage(
            heading: id == nil ? "Add a client" : "Edit \(values.name)", action: id.map { "/admin/clients/\($0)" } ?? "/admin/clients",
            fields: fields, submit: id == nil ? "Add client" : "Save changes", cancel: "/admin/clients",
            toggleAction: id.map { "/admin/clients/\($0)/active" }, toggleLabel: id == nil ? nil : (active ? "Deactivate client" : "Reactivate client"))
        return services.page("admin-form", title: page.heading, FormPageContext(form: page, active: active), context: context,
                             request: request, section: .admin, status: status)
    }
}
