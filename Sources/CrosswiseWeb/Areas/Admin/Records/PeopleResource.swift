import CrosswiseStore
import Foundation
import Hummingbird

/// People. Admins manage everyone; a lead sees and edits the people of the teams they lead
/// (zone, hours, weekend, languages), but not names, roles, sites, teams or passwords. An admin
/// cannot lock themselves out: no deactivating or demoting their own account.
struct PeopleResource: AdminResource {
    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute { .people(route) }
    static let words: ResourceWords = (plural: "People", one: "person", intro: "", columns: ["Name", "Role", "Site", "Time zone", "Working hours"])

    /// Everyone the viewer manages (the organization for an admin, their teams' people for a lead).
    typealias Listing = (everyone: [Person], siteNames: [UUID: String])
    typealias Options = (sites: [Site], teams: [Team])

    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> Listing {
        (try await directory.people(inTeams: viewer.isAdmin ? nil : viewer.ledTeamIDs), try await directory.siteNames())
    }

    static func listPage(_ listing: Listing, viewer: Viewer, search: String) -> AdminListPage {
        let everyone = listing.everyone
        let people = search.isEmpty ? everyone : everyone.filter {
            $0.name.localizedCaseInsensitiveContains(search) || $0.email.localizedCaseInsensitiveContains(search) || $0.timeZone.localizedCaseInsensitiveContains(search)
        }
        // A page of 10,000 rows took seconds to write and nobody reads it: the first 200 in name
        // order, and the search box for the rest.
        let rows = people.prefix(Self.shownAtMost).map { person in
            AdminListPage.Row(title: person.name, href: route(.edit(person.id!)).path, cells: [person.role.title, person.$site.id.flatMap { listing.siteNames[$0] } ?? "—",
                                                                                   person.timeZone, person.workingHours.isEmpty ? "—" : person.workingHours],
                              inactive: !person.active)
        }
        var intro = !search.isEmpty ? "\(people.count) of \(everyone.count) match “\(search)”."
            : viewer.isAdmin ? "Everyone in the organization, \(everyone.count) in all." : "The people of the teams you lead."
        if people.count > Self.shownAtMost { intro += " The first \(Self.shownAtMost) by name are shown; search to find the others." }
        return AdminListPage(Self.self, rows: rows, intro: intro, canAdd: viewer.isAdmin,
                             extra: viewer.isAdmin ? .init(href: AdminRoute.importPeople.path, label: "Import from CSV") : nil, search: search)
    }

    /// Rows the list shows at most; the count above it says how many there are.
    static let shownAtMost = 200

    static var blank: PersonForm {
        var values = PersonForm()
        values.workingHours = "Mon-Fri 09:00-18:00"
        values.languages = "en"
        return values
    }

    /// The person the route's gate loaded (someone in the viewer's reach) and their teams.
    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: PersonForm, active: Bool) {
        let person = try context.requireSubject()
        return (PersonForm(person: person, teamIDs: try await directory.memberships(of: id).compactMap { $0.team.id }), person.active)
    }

    func options(_ directory: Directory, viewer: Viewer) async throws -> Options {
        // A lead's form has no site or team pickers.
        viewer.isAdmin ? (try await directory.sites(), try await directory.teams(includeInactive: false)) : ([], [])
    }

    static func inputs(_ values: PersonForm, options: Options, viewer: Viewer, errors: FormErrors) -> [FieldView] {
        var fields: [FieldView] = []
        if viewer.isAdmin {
            fields += [
                FieldView(AdminField.name, "Name", value: values.name, required: true, errors: errors),
                FieldView(AdminField.email, "E-mail", value: values.email, kind: .email, hint: "Used to sign in.", required: true, errors: errors),
                FieldView(AdminField.role, "Role", kind: .select, hint: "Leads manage the people of the teams they lead; admins manage the organization.",
                          options: Role.allCases.map { Choice($0.rawValue, $0.title, selected: $0.rawValue == values.role) }, errors: errors),
                FieldView(AdminField.site, "Site", kind: .select, options: Choices.sites(options.sites, selected: values.siteID), errors: errors),
                AdminField.checkboxes(AdminField.teams, "Teams", options.teams.map { ($0.id!, $0.name) }, chosen: values.teamIDs, errors: errors),
            ]
        }
        fields.append(AdminField.timeZone(values.timeZone, hint: "Where they work from, e.g. Asia/Manila", errors: errors))
        if viewer.isAdmin {
            fields.append(AdminField.country(values.country, errors: errors))
            fields.append(FieldView(AdminField.subdivision, "State or province", value: values.subdivision,
                                    hint: "ISO 3166-2 code, e.g. IN-KA or US-NY; decides regional holidays", errors: errors))
        }
        return fields + [
            FieldView(AdminField.workingHours, "Working hours", value: values.workingHours,
                      hint: "Days, then ranges in their local time. Night shifts run past midnight: Mon-Fri 21:00-06:00. Split days: Mon-Fri 09:00-13:00,14:00-18:00",
                      errors: errors),
            FieldView(AdminField.weekend, "Weekend days", value: values.weekend, hint: "e.g. Sat, Sun or Fri, Sat. Leave empty for the country's usual weekend.", errors: errors),
            FieldView(AdminField.languages, "Languages", value: values.languages, hint: "Language codes, e.g. en, fil, hi", errors: errors),
        ]
    }

    static func read(_ form: FormData, stored: PersonForm?, id: UUID?, viewer: Viewer) throws -> PersonForm {
        // A lead changes what the README gives them: zone, hours, weekend and languages.
        // Everything else is taken from the record, whatever the form sent.
        var values = stored.flatMap { viewer.isAdmin ? nil : $0 } ?? PersonForm()
        if viewer.isAdmin {
            values.name = form[AdminField.name.name]
            values.email = form[AdminField.email.name]
            values.role = form[AdminField.role.name]
            values.siteID = UUID(uuidString: form[AdminField.site.name])
            values.teamIDs = form.uuids(AdminField.teams.name)
            values.country = form[AdminField.country.name]
            values.subdivision = form[AdminField.subdivision.name]
            if id == viewer.personID && values.role != Role.admin.rawValue {
                throw HTTPError(.forbidden, message: "You cannot remove your own admin role; ask another admin.")
            }
        }
        values.timeZone = form[AdminField.timeZone.name]
        values.workingHours = form[AdminField.workingHours.name]
        values.weekend = form[AdminField.weekend.name]
        values.languages = form[AdminField.languages.name]
        // Empty hours would plan the person as never working.
        values.hoursRequired = true
        return values
    }

    func save(_ values: PersonForm, id: UUID?, in directory: Directory) async throws -> UUID {
        try await directory.savePerson(values, id: id).requireID()
    }

    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer, notifying notices: [NewNotice]) async throws {
        guard id != viewer.personID else { throw HTTPError(.forbidden, message: "You cannot deactivate your own account; ask another admin.") }
        try await directory.setActive(person: id, active, notifying: notices)
    }

    func label(_ id: UUID, in directory: Directory) async throws -> String? { try await directory.person(id)?.name }
    static func deactivationTarget(_ id: UUID) -> DeactivationTarget { .person(id) }

    static func canSetActive(_ id: UUID, viewer: Viewer) -> Bool { viewer.isAdmin && id != viewer.personID }

    static func links(_ id: UUID, viewer: Viewer) -> [PageLink] {
        guard viewer.isAdmin else { return [] }
        let data = PageLink(href: AdminRoute.personData(id).path, label: "Download their data")
        return id == viewer.personID ? [data] : [data, PageLink(href: AdminRoute.erasePerson(id).path, label: "Erase this person")]
    }

    static func extraAction(_ id: UUID, viewer: Viewer) -> FormAction? {
        viewer.isAdmin && id != viewer.personID ? FormAction(action: AdminRoute.issuePassword(id).path, label: "Issue a temporary password", value: nil) : nil
    }
}
