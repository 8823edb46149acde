import CrosswiseStore
import Foundation
import Hummingbird

/// Admin pages for teams: name, home site, leads, members and the clients they serve.
struct TeamsAdmin {
    let services: AppServices


    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        let sites = Dictionary(try await directory.sites().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let teams = try await directory.teams()
        let counts = try await directory.memberCounts(of: teams)
        let rows = teams.map { team in
            ListPage.Row(cells: [team.$site.id.flatMap { sites[$0] } ?? "—", "\(counts[team.id!] ?? 0)"],
                         href: "/admin/teams/\(team.id!)/edit", title: team.name, inactive: !team.active)
        }
        let page = ListPage(heading: "Teams", intro: "Teams group the people who work together, their leads and the clients they serve.",
                            newHref: "/admin/teams/new", newLabel: "Add a team", columns: ["Team", "Home site", "People"], rows: rows)
        return services.page("admin-list", title: "Teams", page, context: context, request: request, section: .admin)
    }

    @Sendable func new(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        return try await form(TeamForm(), id: nil, active: true, errors: [:], viewer: viewer, context: context, request: request)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: nil, context: context)
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard let detail = try await services.directory(for: viewer).teamDetail(try context.requireUUID("id")) else { throw HTTPError(.notFound) }
        let values = TeamForm(name: detail.team.name, siteID: detail.team.$site.id, leadIDs: detail.leads.compactMap(\.id),
                              memberIDs: detail.members.compactMap(\.id), clientIDs: detail.clients.compactMap(\.id))
        return try await form(values, id: detail.team.id, active: detail.team.active, errors: [:], viewer: viewer, context: context, request: request)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: try context.requireUUID("id"), context: context)
    }

    @Sendable func toggle(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let active = context.form["active"] == "true"
        try await services.directory(for: viewer).setActive(team: try context.requireUUID("id"), active)
        return seeOther("/admin/teams", notice: active ? .reactivated : .deactivated)
    }

    private func save(id: UUID?, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        let values = TeamForm(name: context.form["name"], siteID: UUID(uuidString: context.form["site"]),
                              leadIDs: context.form.uuids("leads"), memberIDs: context.form.uuids("members"), clientIDs: context.form.uuids("clients"))
        var active = true
        if let id {
            guard let team = try await directory.team(id) else { throw HTTPError(.notFound) }
            active = team.active
        }
        do {
            let team = try await directory.saveTeam(values, id: id)
            return seeOther("/teams/\(try team.requireID())", notice: id == nil ? .created : .saved)
        } catch let failure as ValidationFailure {
            return try await form(values, id: id, active: active, errors: failure.byField, viewer: viewer, context: context, request: nil, status: .unprocessableContent)
        }
    }

    private func form(_ values: TeamForm, id: UUID?, active: Bool, errors: [String: String], viewer: Viewer, context: AppRequestContext,
                      request: Request?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let directory = services.directory(for: viewer)
        let people = try await directory.people(includeInactive: false)
        let sites = try await directory.sites()
        let clients = try await directory.clients(includeInactive: false)
        let fields = [
            FieldView("name", "Name", value: values.name, required: true, errors: errors),
            FieldView("site", "Home site", kind: .select, options: Choices.sites(sites, selected: values.siteID), errors: errors),
            FieldView("leads", "Leads", kind: .checkboxes, hint: "Leads coach the team and manage its people.",
                      options: people.map { Choice($0.id!.uuidString, $0.name, selected: values.leadIDs.contains($0.id!), field: "leads") }, errors: errors),
            FieldView("members", "Members", kind: .checkboxes,
                      options: people.map { Choice($0.id!.uuidString, $0.name, selected: values.memberIDs.contains($0.id!), field: "members") }, errors: errors),
            FieldView("clients", "Clients served", kind: .checkboxes,
                      options: clients.map { Choice($0.id!.uuidString, $0.name, selected: values.clientIDs.contains($0.id!), field: "clients") }, errors: errors),
        ]
        let page = FormPage(
            heading: id == nil ? "Add a team" : "Edit \(values.name)", action: id.map { "/admin/teams/\($0)" } ?? "/admin/teams",
            fields: fields, submit: id == nil ? "Add team" : "Save changes", cancel: "/admin/teams",
            toggleAction: id.map { "/admin/teams/\($0)/active" }, toggleLabel: id == nil ? nil : (active ? "Deactivate team" : "Reactivate team"))
        return services.page("admin-form", title: page.heading, FormPageContext(form: page, active: active), context: context,
                             request: request, section: .admin, status: status)
    }
}
