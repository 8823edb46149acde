import CrosswiseStore
import Foundation
import Hummingbird

/// The admin overview: counts and the way to each list.
struct AdminController {
    let services: AppServices


    struct Card { let title: String; let count: Int; let href: String; let text: String }

    @Sendable func overview(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard viewer.isAdmin else { return seeOther("/admin/people") }
        let directory = services.directory(for: viewer)
        let cards = [
            Card(title: "People", count: try await directory.personCount(), href: "/admin/people", text: "Accounts, roles, time zones, working hours and weekends."),
            Card(title: "Teams", count: try await directory.teams().count, href: "/admin/teams", text: "Who works together, who leads, and which clients they serve."),
            Card(title: "Sites", count: try await directory.sites().count, href: "/admin/sites", text: "Offices and delivery centres with their country and zone."),
            Card(title: "Clients", count: try await directory.clients().count, href: "/admin/clients", text: "Customers abroad: business hours and data-protection law."),
            Card(title: "Holiday calendars", count: try await directory.holidayCalendars().count, href: "/admin/holidays", text: "Company days and site shutdowns, imported from .ics files."),
            Card(title: "Competency framework", count: try await services.skills(for: viewer).currentFramework().active.count, href: "/admin/framework",
                 text: "Your copy of the competencies: edit, retire, set role levels, exchange with CASE or Moodle."),
            Card(title: "API keys", count: try await directory.apiTokens().count, href: "/admin/api-keys", text: "Let your CRM or ticketing tool call the message check."),
        ]
        struct View { let cards: [Card] }
        return services.page("admin", title: "Admin", View(cards: cards), context: context, request: request, section: .admin)
    }
}
