import CrosswiseStore
import Foundation

/// A kind of record an admin keeps: sites, teams, clients, people. All have the same six pages
/// (list, new, create, edit, update, deactivate or reactivate), handled once by
/// `ResourceController` and drawn by `admin-list` and `admin-form`; a resource says only what
/// differs. Its instance methods are the pages' queries (they read the Directory); its static
/// ones build the page models from what was found, without I/O, so tests draw them directly.
protocol AdminResource: Sendable {
    /// The form's values, in the store's terms (`SiteForm`, `PersonForm`…).
    associatedtype Values: RecordValues
    /// What the list page gathers.
    associatedtype Listing: Sendable
    /// What the form's pickers offer (sites, teams, people).
    associatedtype Options: Sendable = Void

    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute
    static var words: ResourceWords { get }

    /// The list's query; `search` is its search text, "" for none.
    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> Listing
    static func listPage(_ listing: Listing, viewer: Viewer, search: String) -> AdminListPage

    /// What a new record's form starts with.
    static var blank: Values { get }
    /// The stored record as form values; 404 when it is not this organization's (people: not
    /// in the viewer's reach).
    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: Values, active: Bool)
    func options(_ directory: Directory, viewer: Viewer) async throws -> Options
    /// The inputs this viewer gets, with their values and messages.
    static func inputs(_ values: Values, options: Options, viewer: Viewer, errors: FormErrors) -> [FieldView]

    /// What was sent; `stored` is the record being updated, for what the viewer may not change.
    static func read(_ form: FormData, stored: Values?, id: UUID?, viewer: Viewer) throws -> Values
    /// Saves, or throws `ValidationFailure` having written nothing; answers the record's id.
    func save(_ values: Values, id: UUID?, in directory: Directory) async throws -> UUID
    /// Where a saved record's form goes next: the list, unless the resource has a better page.
    static func next(after saved: UUID) -> any SiteRoute
    /// `notices` tell those a deactivation affects; they are posted with the change.
    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer, notifying notices: [NewNotice]) async throws
    /// The stored record's name, nil when it is not this organization's.
    func label(_ id: UUID, in directory: Directory) async throws -> String?
    /// What `Directory.affected(byDeactivating:)` asks about.
    static func deactivationTarget(_ id: UUID) -> DeactivationTarget

    /// Whether the viewer may deactivate or reactivate this stored record.
    static func canSetActive(_ id: UUID, viewer: Viewer) -> Bool
    /// Another button below the form of a stored record.
    static func extraAction(_ id: UUID, viewer: Viewer) -> FormAction?
    /// Links below the form of a stored record.
    static func links(_ id: UUID, viewer: Viewer) -> [PageLink]
}

extension AdminResource {
    static func next(after saved: UUID) -> any SiteRoute { route(.list) }
    static func canSetActive(_ id: UUID, viewer: Viewer) -> Bool { true }
    static func extraAction(_ id: UUID, viewer: Viewer) -> FormAction? { nil }
    static func links(_ id: UUID, viewer: Viewer) -> [PageLink] { [] }
}

extension AdminResource where Options == Void {
    func options(_ directory: Directory, viewer: Viewer) async throws -> Options { () }
}

/// A record's form values; the name is what "Edit …" says.
protocol RecordValues: Sendable { var name: String { get } }
extension SiteForm: RecordValues {}
extension TeamForm: RecordValues {}
extension ClientForm: RecordValues {}
extension PersonForm: RecordValues {}

/// How the pages speak of a resource: "Sites", "Add a site", "Deactivate site"; `intro` is the line
/// under the list's heading, `columns` the list's headings (the first is the record's name).
typealias ResourceWords = (plural: String, one: String, intro: String, columns: [String])

/// A plain link with its words.
struct PageLink: Sendable { let href, label: String }

/// A button that posts a form of its own, with `value` in a hidden `active` field when set.
struct FormAction: Sendable { let action, label: String; let value: String? }

/// The admin forms' fields, and the inputs several forms share.
enum AdminField {
    static let name = FormField("name", .name), country = FormField("country", .country), timeZone = FormField("time_zone", .timeZone)
    static let city = FormField("city", .city), site = FormField("site", .site), file = FormField("file", .file)
    static let leads = FormField("leads", .leads), members = FormField("members", .members), clients = FormField("clients", .clients)
    static let businessHours = FormField("business_hours", .businessHours), regimes = FormField("regimes", .regimes)
    static let email = FormField("email", .email), role = FormField("role", .role), teams = FormField("teams", .teams)
    static let subdivision = FormField("subdivision", .subdivision), workingHours = FormField("working_hours", .workingHours)
    static let weekend = FormField("weekend", .weekend), languages = FormField("languages", .languages)

    static func country(_ value: String, errors: FormErrors) -> FieldView {
        FieldView(country, "Country", value: value, kind: .select, options: Choices.countries(selected: value), required: true, errors: errors)
    }

    static func timeZone(_ value: String, hint: String, errors: FormErrors) -> FieldView {
        FieldView(timeZone, "Time zone", value: value, hint: hint, list: "zones", required: true, errors: errors)
    }

    /// Checkboxes of records, ticked when chosen.
    static func checkboxes(_ field: FormField, _ label: String, hint: String? = nil, _ records: [(id: UUID, name: String)], chosen: [UUID],
                           errors: FormErrors) -> FieldView {
        FieldView(field, label, kind: .checkboxes, hint: hint,
                  options: records.map { Choice($0.id.uuidString, $0.name, selected: chosen.contains($0.id), field: field.name) }, errors: errors)
    }
}
