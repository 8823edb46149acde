
/// The admin overview: a card per thing an admin keeps, with its count and its page.
struct AdminOverviewPage: Sendable {
    struct Card: Sendable { let title: String; let count: Int; let href, text: String }

    let cards: [Card]
    let importHref = AdminRoute.importPeople.path
    let auditHref = AdminRoute.audit.path
    let mailHref = AdminRoute.mail.path

    init(_ counts: AdminOverviewCounts) {
        cards = [
            Card(title: "People", count: counts.people, href: AdminRoute.people(.list).path, text: "Accounts, roles, time zones, working hours and weekends."),
            Card(title: "Teams", count: counts.teams, href: AdminRoute.teams(.list).path, text: "Who works together, who leads, and which clients they serve."),
            Card(title: "Sites", count: counts.sites, href: AdminRoute.sites(.list).path, text: "Offices and delivery centres with their country and zone."),
            Card(title: "Clients", count: counts.clients, href: AdminRoute.clients(.list).path, text: "Customers abroad: business hours and data-protection law."),
            Card(title: "Holiday calendars", count: counts.holidayCalendars, href: AdminRoute.holidays.path,
                 text: "Company days and site shutdowns, imported from .ics files."),
            Card(title: "Competency framework", count: counts.competencies, href: AdminRoute.framework.path,
                 text: "Your copy of the competencies: edit, retire, set role levels, exchange with CASE or Moodle."),
            Card(title: "API keys", count: counts.apiKeys, href: AdminRoute.apiKeys.path, text: "Let your CRM or ticketing tool call the message check."),
        ]
    }
}
