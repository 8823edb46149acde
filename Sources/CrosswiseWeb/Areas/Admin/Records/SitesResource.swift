import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// Offices and delivery centres.
struct SitesResource: AdminResource {
    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute { .sites(route) }
    static let words: ResourceWords = (
        plural: "Sites", one: "site",
        intro: "Offices and delivery centres. A person's site sets their default zone and country.",
        columns: ["Site", "City", "Country", "Time zone"])

    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> [Site] { try await directory.sites() }

    static func listPage(_ sites: [Site], viewer: Viewer, search: String) -> AdminListPage {
        AdminListPage(Self.self, rows: sites.map { site in
            .init(title: site.name, href: route(.edit(site.id!)).path, cells: [site.city, Regions.countryName(site.country) ?? site.country, site.timeZone], inactive: !site.active)
        })
    }

    static let blank = SiteForm()

    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: SiteForm, active: Bool) {
        guard let site = try await directory.site(id) else { throw HTTPError(.notFound) }
        return (SiteForm(name: site.name, city: site.city, country: site.country, timeZone: site.timeZone), site.active)
    }

    static func inputs(_ values: SiteForm, options: Void, viewer: Viewer, errors: FormErrors) -> [FieldView] {
        [
            FieldView(AdminField.name, "Name", value: values.name, hint: "How people refer to it, e.g. Manila – Ortigas", required: true, errors: errors),
            FieldView(AdminField.city, "City", value: values.city, required: true, errors: errors),
            AdminField.country(values.country, errors: errors),
            AdminField.timeZone(values.timeZone, hint: "IANA name, e.g. Asia/Manila", errors: errors),
        ]
    }

    static func read(_ form: FormData, stored: SiteForm?, id: UUID?, viewer: Viewer) -> SiteForm {
        SiteForm(name: form[AdminField.name.name], city: form[AdminField.city.name], country: form[AdminField.country.name], timeZone: form[AdminField.timeZone.name])
    }

    func save(_ values: SiteForm, id: UUID?, in directory: Directory) async throws -> UUID {
        try await directory.saveSite(values, id: id).requireID()
    }

    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer, notifying notices: [NewNotice]) async throws {
        try await directory.setActive(site: id, active, notifying: notices)
    }

    func label(_ id: UUID, in directory: Directory) async throws -> String? { try await directory.site(id)?.name }
    static func deactivationTarget(_ id: UUID) -> DeactivationTarget { .site(id) }
}
