import CrosswiseStore
import Foundation
import Hummingbird

/// The organization's own holiday calendars: upload an .ics export (company days, site
/// shutdowns), see what each holds, delete one. The planner rules those dates out like public
/// holidays for everyone, or for one site's people.
struct HolidayCalendarsAdmin {
    let services: AppServices

    struct Row { let name, appliesTo: String; let days: Int; let span, source, delete: String }

    static let fields = [AdminField.file, AdminField.name, AdminField.site]

    struct View {
        let rows: [Row]
        let sites: [Choice]
        let name: String
        let errors: FormErrors
        let upload = AdminRoute.uploadHolidays.path, back = AdminRoute.overview.path
    }

    func render(context: AppRequestContext, request: Request?, name: String = "", site: String = "", errors: FormErrors = FormErrors()) async throws -> Response {
        let directory = services.directory(for: try context.requireViewer())
        let rows = try await directory.holidayCalendars().map { c in
            Row(name: c.calendar.name, appliesTo: c.siteName.map { "People at \($0)" } ?? "Everyone", days: c.dayCount,
                span: [c.first, c.last].compactMap { $0 }.joined(separator: " to "), source: c.calendar.source, delete: AdminRoute.deleteHolidays(c.calendar.id!).path)
        }
        let sites = [Choice("", "Everyone in the organization", selected: site.isEmpty)]
            + (try await directory.sites(includeInactive: false)).map { Choice($0.id!.uuidString, "People at \($0.name)", selected: $0.id!.uuidString == site) }
        return services.page("admin-holidays", title: "Holiday calendars", View(rows: rows, sites: sites, name: name, errors: errors),
                             context: context, request: request, section: .admin, status: errors.status)
    }

    @Sendable func upload(request: Request, context: AppRequestContext) async throws -> Response {
        let name = String(context.form[AdminField.name.name].prefix(200)), site = context.form[AdminField.site.name]
        func refuse(_ errors: [FieldError]) async throws -> Response {
            try await render(context: context, request: nil, name: name, site: site, errors: FormErrors(ValidationFailure(errors), fields: Self.fields))
        }
        guard let file = context.form.files[AdminField.file.name], !file.data.isEmpty else {
            return try await refuse([FieldError(.file, "Choose an .ics file exported from your calendar")])
        }
        guard let text = String(data: file.data, encoding: .utf8) else {
            return try await refuse([FieldError(.file, "“\(file.name)” is not a text file; export the calendar as .ics (iCalendar)")])
        }
        let siteID = site.isEmpty ? nil : UUID(uuidString: site)
        if !site.isEmpty && siteID == nil { return try await refuse([FieldError(.site, "Choose one of the organization's sites")]) }
        do {
            try await services.directory(for: try context.requireViewer())
                .importHolidayCalendar(name: name, siteID: siteID, fileName: file.name, text: text)
        } catch let failure as ValidationFailure {
            return try await refuse(failure.errors)
        }
        return seeOther(AdminRoute.holidays, notice: .imported)
    }
}
