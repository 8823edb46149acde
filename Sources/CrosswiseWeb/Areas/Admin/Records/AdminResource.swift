import CrosswiseStore
import Foundation

/// A kind of record an admin keeps: sites, teams, clients, people. Each has the same six pages
/// (list, new, create, edit, update, deactivate or reactivate), handled once by
/// `ResourceController` and drawn by the `admin-list` and `admin-form` templates. A resource
/// says only what differs: its words, its list's rows, its form's fields, and how a record is
/// read, saved and switched off.
///
/// Each page is a query (the instance methods, which read the Directory) and a model built from
/// what the query found (the static methods, no I/O), so tests can draw any page without a
/// database.
protocol AdminResource: Sendable {
    /// What the form holds, in the store's terms (`SiteForm`, `PersonForm`…).
    associatedtype Values: Sendable
    /// What the list page gathers.
    associatedtype Listing: Sendable
    /// What the form's pickers offer (sites, teams, people).
    associatedtype Options: Sendable = Void

    /// Its six routes: `.sites(route)`.
    static func route(_ route: AdminRoute.ResourceRoute) -> AdminRoute
    static var words: ResourceWords { get }

    /// Query: what the list shows. `search` is the list's search text ("" when none).
    func listing(_ directory: Directory, viewer: Viewer, search: String) async throws -> Listing
    /// Model: the list page.
    static func listPage(_ listing: Listing, viewer: Viewer, search: String) -> AdminListPage

    /// What a new record's form starts with.
    static var blank: Values { get }
    /// Query: the stored record as form values, and whether it is active; 404 when it is not
    /// this organization's (or, for people, not in the viewer's reach).
    func record(_ id: UUID, in directory: Directory, context: AppRequestContext) async throws -> (values: Values, active: Bool)
    /// Query: the pickers' choices.
    func options(_ directory: Directory, viewer: Viewer) async throws -> Options
    /// The inputs this viewer gets; a store error about any other is shown as the form's.
    static func fields(for viewer: Viewer) -> [FormField]
    /// Model: those inputs with their values and messages.
    static func inputs(_ values: Values, options: Options, viewer: Viewer, errors: FormErrors) -> [FieldView]
    /// The record's name, for "Edit …".
    static func name(of values: Values) -> String

    /// What the viewer sent. `stored` is the record being updated, for what they may not change.
    static func read(_ form: FormData, stored: Values?, id: UUID?, viewer: Viewer) throws -> Values
    /// Saves (throwing `ValidationFailure` with nothing written) and answers where to go next.
    func save(_ values: Values, id: UUID?, in directory: Directory) async throws -> any SiteRoute
    func setActive(_ id: UUID, _ active: Bool, in directory: Directory, viewer: Viewer) async throws

    /// Whether the viewer may deactivate or reactivate this stored record.
    static func canSetActive(_ id: UUID, viewer: Viewer) -> Bool
    /// Another button below the form of a stored record.
    static func extraAction(_ id: UUID, viewer: Viewer) -> FormAction?
}

extension AdminResource {
    static func canSetActive(_ id: UUID, viewer: Viewer) -> Bool { true }
    static func extraAction(_ id: UUID, viewer: Viewer) -> FormAction? { nil }
}

extension AdminResource where Options == Void {
    func options(_ directory: Directory, viewer: Viewer) async throws -> Options { () }
}

/// How the pages speak of a resource.
struct ResourceWords: Sendable {
    /// "Sites": the list's heading.
    let plural: String
    /// "site": "Add a site", "Add site", "Deactivate site".
    let one: String
    /// The line under the list's heading.
    let intro: String
    /// The list's column headings; the first is the record's name.
    let columns: [String]
}

/// A button that posts a form of its own: `value` goes in a hidden `active` field when set.
struct FormAction: Sendable {
    let action: String
    let label: String
    let value: String?
}

/// The form fields the record pages share.
enum AdminField {
    static let name = FormField("name", .name)
    static let city = FormField("city", .city)
    static let country = FormField("country", .country)
    static let timeZone = FormField("time_zone", .timeZone)
    static let site = FormField("site", .site)
    static let leads = FormField("leads", .leads)
    static let members = FormField("members", .members)
    static let clients = FormField("clients", .clients)
    static let businessHours = FormField("business_hours", .businessHours)
    static let regimes = FormField("regimes", .regimes)
    static let email = FormField("email", .email)
    static let role = FormField("role", .role)
    static let teams = FormField("teams", .teams)
    static let subdivision = FormField("subdivision", .subdivision)
    static let workingHours = FormField("working_hours", .workingHours)
    static let weekend = FormField("weekend", .weekend)
    static let languages = FormField("languages", .languages)
    static let file = FormField("file", .file)
}
