import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// Customers abroad: their hours and the laws that govern their data.
struct ClientsResource: AdminResource {
    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute { .clients(route) }
    static let words = ResourceWords(
        plural: "Clients", one: "client",
        intro: "Customers abroad. Their hours feed the world clock and meeting planner; their regimes say how their data must be handled.",
        columns: ["Client", "Country", "Time zone", "Business hours", "Data protection"])

    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> [Client] { try await directory.clients() }

    static func listPage(_ clients: [Client], viewer: Viewer, search: String) -> AdminListPage {
        AdminListPage(Self.self, rows: clients.map { client in
            .init(Self.self, id: client.id!, title: client.name,
                  cells: [Regions.countryName(client.country) ?? client.country, client.timeZone, client.businessHours,
                          client.regimeList.map(\.title).joined(separator: ", ")],
                  inactive: !client.active)
        })
    }

    static var blank: ClientForm {
        var values = ClientForm()
        values.businessHours = "Mon-Fri 09:00-17:00"
        return values
    }

    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: ClientForm, active: Bool) {
        guard let client = try await directory.client(id) else { throw HTTPError(.notFound) }
        var values = ClientForm()
        values.name = client.name
        values.country = client.country
        values.timeZone = client.timeZone
        values.businessHours = client.businessHours
        values.regimes = client.regimeList.map(\.rawValue)
        return (values, client.active)
    }

    static func fields(for viewer: Viewer) -> [FormField] {
        [AdminField.name, AdminField.country, AdminField.timeZone, AdminField.businessHours, AdminField.regimes]
    }

    static func inputs(_ values: ClientForm, options: Void, viewer: Viewer, errors: FormErrors) -> [FieldView] {
        let regimes = DataRegime.allCases.map { Choice($0.rawValue, $0.title, selected: values.regimes.contains($0.rawValue), field: AdminField.regimes.name) }
        return [
            FieldView(AdminField.name, "Name", value: values.name, required: true, errors: errors),
            FieldView(AdminField.country, "Country", value: values.country, kind: .select, options: Choices.countries(selected: values.country), required: true, errors: errors),
            FieldView(AdminField.timeZone, "Time zone", value: values.timeZone, hint: "IANA name, e.g. Europe/London", list: "zones", required: true, errors: errors),
            FieldView(AdminField.businessHours, "Business hours", value: values.businessHours,
                      hint: "Days, then ranges in the client's local time: Mon-Fri 09:00-17:30; Sat 10:00-14:00", required: true, errors: errors),
            FieldView(AdminField.regimes, "Data-protection regimes", kind: .checkboxes, hint: "The laws that govern this client's data.", options: regimes, errors: errors),
        ]
    }

    static func name(of values: ClientForm) -> String { values.name }

    static func read(_ form: FormData, stored: ClientForm?, id: UUID?, viewer: Viewer) -> ClientForm {
        var values = ClientForm()
        values.name = form[AdminField.name.name]
        values.country = form[AdminField.country.name]
        values.timeZone = form[AdminField.timeZone.name]
        values.businessHours = form[AdminField.businessHours.name]
        values.regimes = form.all(AdminField.regimes.name)
        return values
    }

    func save(_ values: ClientForm, id: UUID?, in directory: Directory) async throws -> any SiteRoute {
        try await directory.saveClient(values, id: id)
        return Self.route(.list)
    }

    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer) async throws {
        try await directory.setActive(client: id, active)
    }
}
