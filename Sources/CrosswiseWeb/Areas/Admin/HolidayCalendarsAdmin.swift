import CrosswiseStore
import Foundation
import Hummingbird

/// The organization's own holiday calendars: upload an .ics export (company days, site
/// shutdowns), see what each holds, delete one. The planner rules those dates out like public
/// holidays for everyone, or for one site's people.
struct HolidayCalendarsAdmin {
    let services: AppServices


    struct Row { let id: String; let name: String; let appliesTo: String; let days: Int; let span: String; let source: String }

    struct View {
        let rows: [Row]
        let hasRows: Bool
        let sites: [Choice]
        let name: String
        let nameError: String?
        let siteError: String?
        let fileErrors: [String]
        let hasFileErrors: Bool
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        try await render(context: context, request: request)
    }

    func render(context: AppRequestContext, request: Request?, name: String = "", site: String = "", errors: ValidationFailure? = nil) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        let rows = try await directory.holidayCalendars().map { c in
            Row(id: c.calendar.id!.uuidString, name: c.calendar.name, appliesTo: c.siteName.map { "People at \($0)" } ?? "Everyone",
                days: c.dayCount, span: [c.first, c.last].compactMap { $0 }.joined(separator: " to "), source: c.calendar.source)
        }
        let sites = [Choice("", "Everyone in the organization", selected: site.isEmpty)]
            + (try await directory.sites(includeInactive: false)).map { Choice($0.id!.uuidString, "People at \($0.name)", selected: $0.id!.uuidString == site) }
        let fileErrors = errors?.errors.filter { $0.field == .file }.map(\.message) ?? []
        let view = View(rows: rows, hasRows: !rows.isEmpty, sites: sites, name: name, nameError: errors?.message(for: .name),
                        siteError: errors?.message(for: .site), fileErrors: fileErrors, hasFileErrors: !fileErrors.isEmpty)
        return services.page("admin-holidays", title: "Holiday calendars", view, context: context, request: request, section: .admin,
                             status: errors == nil ? .ok : .unprocessableContent)
    }

    @Sendable func upload(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let name = String(context.form["name"].prefix(200)), site = context.form["site"]
        func refuse(_ errors: [FieldError]) async throws -> Response {
            try await render(context: context, request: nil, name: name, site: site, errors: ValidationFailure(errors))
        }
        guard let file = context.form.files["file"], !file.data.isEmpty else {
            return try await refuse([FieldError(.file, "Choose an .ics file exported from your calendar")])
        }
        guard let text = String(data: file.data, encoding: .utf8) else {
            return try await refuse([FieldError(.file, "“\(file.name)” is not a text file; export the calendar as .ics (iCalendar)")])
        }
        let siteID = site.isEmpty ? nil : UUID(uuidString: site)
        if !site.isEmpty && siteID == nil { return try await refuse([FieldError(.site, "Choose one of the organization's sites")]) }
        do {
            try await services.directory(for: viewer).importHolidayCalendar(name: name, siteID: siteID, fileName: file.name, text: text)
        } catch let failure as ValidationFailure {
            return try await refuse(failure.errors)
        }
        return seeOther("/admin/holidays", notice: .imported)
    }

    @Sendable func delete(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        do {
            try await services.directory(for: viewer).deleteHolidayCalendar(try context.requireUUID("id"))
        } catch DirectoryError.notFound { throw HTTPError(.notFound) }
        return seeOther("/admin/holidays", notice: .removed)
    }
}
