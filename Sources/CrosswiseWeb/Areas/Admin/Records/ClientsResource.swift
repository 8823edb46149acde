import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// Customers abroad: their hours and the laws that govern their data.
struct ClientsResource: AdminResource {
    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute { .clients(route) }
    static let words: ResourceWords = (
        plural: "Clients", one: "client",
        intro: "Customers abroad. Their hours feed the world clock and meeting planner; their regimes say how their data must be handled.",
        columns: ["Client", "Country", "Time zone", "Business hours", "Data protection"])

    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> [Client] { try await directory.clients() }

    static func listPage(_ clients: [Client], viewer: Viewer, search: String) -> AdminListPage {
        AdminListPage(Self.self, rows: clients.map { client in
            .init(title: client.name, href: route(.edit(client.id!)).path, cells: [Regions.countryName(client.country) ?? client.country, client.timeZone,
                                                                       client.businessHours, client.regimeList.map(\.title).joined(separator: ", ")],
                  inactive: !client.active)
        })
    }

    static let blank = ClientForm(name: "", country: "", timeZone: "", businessHours: "Mon-Fri 09:00-17:00", regimes: [])

    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: ClientForm, active: Bool) {
        guard let client = try await directory.client(id) else { throw HTTPError(.notFound) }
        return (ClientForm(name: client.name, country: client.country, timeZone: client.timeZone, businessHours: client.businessHours,
                           regimes: client.regimeList.map(\.rawValue)), client.active)
    }

    static func inputs(_ values: ClientForm, options: Void, viewer: Viewer, errors: FormErrors) -> [FieldView] {
        let regimes = DataRegime.allCases.map { Choice($0.rawValue, $0.title, selected: values.regimes.contains($0.rawValue), field: AdminField.regimes.name) }
        return [
            FieldView(AdminField.name, "Name", value: values.name, required: true, errors: errors),
            AdminField.country(values.country, errors: errors),
            AdminField.timeZone(values.timeZone, hint: "IANA name, e.g. Europe/London", errors: errors),
            FieldView(AdminField.businessHours, "Business hours", value: values.businessHours,
                      hint: "Days, then ranges in the client's local time: Mon-Fri 09:00-17:30; Sat 10:00-14:00", required: true, errors: errors),
            FieldView(AdminField.regimes, "Data-protection regimes", kind: .checkboxes, hint: "The laws that govern this client's data.", options: regimes, errors: errors),
        ]
    }

    static func read(_ form: FormData, stored: ClientForm?, id: UUID?, viewer: Viewer) -> ClientForm {
        ClientForm(name: form[AdminField.name.name], country: form[AdminField.country.name], timeZone: form[AdminField.timeZone.name],
                   businessHours: form[AdminField.businessHours.name], regimes: form.all(AdminField.regimes.name))
    }

    func save(_ values: ClientForm, id: UUID?, in directory: Directory) async throws -> UUID {
        try await directory.saveClient(values, id: id).requireID()
    }

    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer, notifying notices: [NewNotice]) async throws {
        try await directory.setActive(client: id, active, notifying: notices)
    }

    func label(_ id: UUID, in directory: Directory) async throws -> String? { try await directory.client(id)?.name }
    static func deactivationTarget(_ id: UUID) -> DeactivationTarget { .client(id) }

    /// The client's own note, which sits on its country's cultural brief (admins read every note).
    static func links(_ id: UUID, viewer: Viewer) -> [PageLink] {
        [PageLink(href: CultureRoute.client(id).path, label: "Client note and cultural brief")]
    }
}
