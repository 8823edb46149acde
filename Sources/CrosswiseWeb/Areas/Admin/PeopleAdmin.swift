import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// People pages. Admins manage everyone; a lead sees and edits the people of the teams they
/// lead (zone, hours, weekend, languages), but not roles, team membership or passwords.
struct PeopleAdmin {
    let services: AppServices


    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        let sites = Dictionary(try await directory.sites().map { ($0.id!, $0.name) }, uniquingKeysWith: { a, _ in a })
        let everyone = try await directory.people(inTeams: viewer.isAdmin ? nil : viewer.ledTeamIDs)
        let query = (request.uri.queryParameters.get("q") ?? "").trimmingCharacters(in: .whitespaces)
        let people = query.isEmpty ? everyone : everyone.filter {
            $0.name.localizedCaseInsensitiveContains(query) || $0.email.localizedCaseInsensitiveContains(query) || $0.timeZone.localizedCaseInsensitiveContains(query)
        }
        let rows = people.map { person in
            ListPage.Row(cells: [person.role.title, person.$site.id.flatMap { sites[$0] } ?? "—", person.timeZone, person.workingHours.isEmpty ? "—" : person.workingHours],
                         href: "/admin/people/\(person.id!)/edit", title: person.name, inactive: !person.active)
        }
        let page = ListPage(
            heading: "People",
            intro: query.isEmpty ? (viewer.isAdmin ? "Everyone in the organization, \(everyone.count) in all." : "The people of the teams you lead.")
                : "\(people.count) of \(everyone.count) match “\(query)”.",
            newHref: viewer.isAdmin ? "/admin/people/new" : nil, newLabel: "Add a person",
            columns: ["Name", "Role", "Site", "Time zone", "Working hours"], rows: rows,
            extraHref: viewer.isAdmin ? "/admin/import" : nil, extraLabel: "Import from CSV", search: query)
        return services.page("admin-list", title: "People", page, context: context, request: request, section: .admin)
    }

    @Sendable func new(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        var values = PersonForm()
        values.workingHours = "Mon-Fri 09:00-18:00"
        values.languages = "en"
        return try await form(values, id: nil, active: true, errors: [:], viewer: viewer, context: context, request: request)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: nil, context: context)
    }

    @Sendable func edit(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let person = try await services.person(try context.requireUUID("id"), inReachOf: viewer)
        var values = PersonForm()
        values.name = person.name
        values.email = person.email
        values.role = person.role.rawValue
        values.siteID = person.$site.id
        values.teamIDs = try await services.directory(for: viewer).memberships(of: person.requireID()).compactMap { $0.team.id }
        values.timeZone = person.timeZone
        values.country = person.country
        values.subdivision = person.subdivision ?? ""
        values.workingHours = person.workingHours
        values.weekend = person.weekend
        values.languages = person.languages
        return try await form(values, id: person.id, active: person.active, errors: [:], viewer: viewer, context: context, request: request)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        try await save(id: try context.requireUUID("id"), context: context)
    }

    @Sendable func toggle(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let id = try context.requireUUID("id")
        guard id != viewer.personID else { throw HTTPError(.forbidden, message: "You cannot deactivate your own account; ask another admin.") }
        let active = context.form["active"] == "true"
        try await services.directory(for: viewer).setActive(person: id, active)
        return seeOther("/admin/people", notice: active ? .reactivated : .deactivated)
    }

    struct PasswordIssued { let name: String; let email: String; let password: String; let back: String }

    /// Issues a temporary password, shown once on this page and never stored in plain text.
    @Sendable func issuePassword(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let person = try await services.person(try context.requireUUID("id"), inReachOf: viewer)
        let password = Passwords.temporary()
        try await services.accounts.setPassword(of: person, to: password, temporary: true)
        let view = PasswordIssued(name: person.name, email: person.email, password: password, back: "/admin/people/\(person.id!)/edit")
        return services.page("password-issued", title: "Temporary password", view, context: context, section: .admin)
    }

    private func save(id: UUID?, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        var values = PersonForm()
        values.name = context.form["name"]
        values.email = context.form["email"]
        values.role = context.form["role"]
        values.siteID = UUID(uuidString: context.form["site"])
        values.teamIDs = context.form.uuids("teams")
        values.timeZone = context.form["time_zone"]
        values.country = context.form["country"]
        values.subdivision = context.form["subdivision"]
        values.workingHours = context.form["working_hours"]
        values.weekend = context.form["weekend"]
        values.languages = context.form["languages"]
        values.hoursRequired = true
        var active = true
        if let id {
            let person = try await services.person(id, inReachOf: viewer)
            active = person.active
            if !viewer.isAdmin {
                // A lead changes what the README gives them: zone, hours, weekend and languages.
                // Everything else is taken from the record, whatever the form sent.
                values.name = person.name
                values.role = person.role.rawValue
                values.email = person.email
                values.siteID = person.$site.id
                values.country = person.country
                values.subdivision = person.subdivision ?? ""
                values.teamIDs = try await directory.memberships(of: id).compactMap { $0.team.id }
            } else if id == viewer.personID && values.role != Role.admin.rawValue {
                throw HTTPError(.forbidden, message: "You cannot remove your own admin role; ask another admin.")
            }
        } else if !viewer.isAdmin {
            throw HTTPError(.forbidden)
        }
        do {
            try await directory.savePerson(values, id: id)
            return seeOther("/admin/people", notice: id == nil ? .created : .saved)
        } catch let failure as ValidationFailure {
            return try await form(values, id: id, active: active, errors: failure.byField, viewer: viewer, context: context, request: nil, status: .unprocessableContent)
        }
    }

    private func form(_ values: PersonForm, id: UUID?, active: Bool, errors: [String: String], viewer: Viewer, context: AppRequestContext,
                      request: Request?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let directory = services.directory(for: viewer)
        let sites = try await directory.sites()
        let teams = try await directory.teams(includeInactive: false)
        var fields: [FieldView] = []
        if viewer.isAdmin {
            fields.append(FieldView("name", "Name", value: values.name, required: true, errors: errors))
            fields.append(FieldView("email", "E-mail", value: values.email, kind: .email, hint: "Used to sign in.", required: true, errors: errors))
            fields.append(FieldView("role", "Role", kind: .select, hint: "Leads manage the people of the teams they lead; admins manage the organization.",
                                    options: Role.allCases.map { Choice($0.rawValue, $0.title, selected: $0.rawValue == values.role) }, errors: errors))
        }
        if viewer.isAdmin {
            fields.append(FieldView("site", "Site", kind: .select, options: Choices.sites(sites, selected: values.siteID), errors: errors))
            fields.append(FieldView("teams", "Teams", kind: .checkboxes,
                                    options: teams.map { Choice($0.id!.uuidString, $0.name, selected: values.teamIDs.contains($0.id!), field: "teams") }, errors: errors))
        }
        fields.append(FieldView("time_zone", "Time zone", value: values.timeZone, hint: "Where they work from, e.g. Asia/Manila", list: "zones", required: true, errors: errors))
        if viewer.isAdmin {
            fields.append(FieldView("country", "Country", value: values.country, kind: .select, options: Choices.countries(selected: values.country), required: true, errors: errors))
            fields.append(FieldView("subdivision", "State or province", value: values.subdivision, hint: "ISO 3166-2 code, e.g. IN-KA or US-NY; decides regional holidays", errors: errors))
        }
        fields += [
            FieldView("working_hours", "Working hours", value: values.workingHours,
                      hint: "Days, then ranges in their local time. Night shifts run past midnight: Mon-Fri 21:00-06:00. Split days: Mon-Fri 09:00-13:00,14:00-18:00",
                      errors: errors),
            FieldView("weekend", "Weekend days", value: values.weekend, hint: "e.g. Sat, Sun or Fri, Sat. Leave empty for the country's usual weekend.", errors: errors),
            FieldView("languages", "Languages", value: values.languages, hint: "Language codes, e.g. en, fil, hi", errors: errors),
        ]
        let isSelf = id == viewer.personID
        let page = FormPage(
            heading: id == nil ? "Add a person" : "Edit \(values.name)", action: id.map { "/admin/people/\($0)" } ?? "/admin/people",
            fields: fields, submit: id == nil ? "Add person" : "Save changes", cancel: "/admin/people",
            toggleAction: viewer.isAdmin && !isSelf ? id.map { "/admin/people/\($0)/active" } : nil,
            toggleLabel: id == nil || isSelf ? nil : (active ? "Deactivate person" : "Reactivate person"),
            extraAction: viewer.isAdmin && !isSelf ? id.map { "/admin/people/\($0)/password" } : nil,
            extraLabel: "Issue a temporary password")
        return services.page("admin-form", title: page.heading, FormPageContext(form: page, active: active), context: context,
                             request: request, section: .admin, status: status)
    }
}
