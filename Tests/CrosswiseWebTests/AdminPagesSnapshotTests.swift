@testable import CrosswiseWeb
import CrosswiseStore
import Foundation
import Testing

/// The record pages drawn from fixed models, no database: what an admin sees is reviewed in
/// the snapshot's diff whenever it changes.
@Suite struct AdminPagesSnapshotTests {
    static let org = UUID(uuidString: "00000000-0000-4000-8000-00000000000A")!
    static let manila = UUID(uuidString: "00000000-0000-4000-8000-0000000000B1")!

    static func viewer(_ role: Role) -> Viewer {
        let person = Person(organizationID: org, name: "Isabel Reyes", email: "isabel@example.com", role: role)
        let id = UUID(uuidString: "00000000-0000-4000-8000-0000000000C1")!
        person.id = id
        return Viewer(person: person, personID: id, organizationID: org, role: role, ledTeamIDs: role == .lead ? [sampleID] : [], sessionToken: "")
    }

    static func person(_ n: Int, _ name: String, zone: String, hours: String, active: Bool = true) -> Person {
        let person = Person(organizationID: org, name: name, email: "p\(n)@example.com", role: .member)
        person.id = UUID(uuidString: "00000000-0000-4000-8000-00000000010\(n)")!
        person.$site.id = manila
        person.timeZone = zone
        person.workingHours = hours
        person.active = active
        return person
    }

    @Test func thePeopleListShowsRowsSearchAndImport() async throws {
        let listing: PeopleResource.Listing = (
            everyone: [Self.person(1, "Angelica Santos", zone: "Asia/Manila", hours: "Mon-Fri 21:00-06:00"),
                       Self.person(2, "Tomasz Nowak", zone: "Europe/Warsaw", hours: "", active: false)],
            siteNames: [Self.manila: "Manila – Ortigas"])
        let page = PeopleResource.listPage(listing, viewer: Self.viewer(.admin), search: "")
        Snapshot.check(try await Snapshot.render("admin-list", title: page.heading, section: .admin, page: page), named: "admin-people-list")
    }

    @Test func aRefusedSiteFormShowsWhatWasTypedAndWhatToFix() async throws {
        let typed = SiteForm(name: "", city: "Pasig <Ortigas>", country: "PH", timeZone: "Manila")
        let failure = ValidationFailure([FieldError(.name, "Name is required"), FieldError(.timeZone, "“Manila” is not an IANA time zone")])
        let page = AdminFormPage(SitesResource.self, values: typed, id: Self.manila, active: true, options: (), viewer: Self.viewer(.admin), failure: failure)
        var html = try await Snapshot.render("admin-form", title: page.heading, section: .admin, page: page)
        // The zone suggestions are the whole IANA list; one line of them is enough to review.
        html = html.replacingOccurrences(of: #"<datalist id="zones">.*</datalist>"#, with: #"<datalist id="zones">…</datalist>"#, options: .regularExpression)
        Snapshot.check(html, named: "admin-site-form-refused")
    }

    @Test func aLeadsPersonFormHasOnlyWhatALeadMayChange() async throws {
        let lead = Self.viewer(.lead)
        var values = PersonForm(person: Self.person(1, "Angelica Santos", zone: "Asia/Manila", hours: "Mon-Fri 21:00-06:00"), teamIDs: [])
        values.languages = "en, fil"
        let id = UUID(uuidString: "00000000-0000-4000-8000-000000000101")!
        let page = AdminFormPage(PeopleResource.self, values: values, id: id, active: true, options: ([], []), viewer: lead)
        #expect(page.fields.map(\.name) == ["time_zone", "working_hours", "weekend", "languages"])
        #expect(page.toggle == nil && page.extra == nil)
    }
}
