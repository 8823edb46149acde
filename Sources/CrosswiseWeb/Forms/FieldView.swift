import CrosswiseStore
import Foundation
import Worldtime

/// One field of an admin form, with its current value and, after a rejected submit, the
/// message that says what to fix. One template (`form-fields`) draws every kind.
struct FieldView: Sendable {
    enum Kind: Sendable { case text, email, select, checkboxes, textarea }

    let name: String
    let label: String
    let value: String
    let hint: String?
    let error: String?
    let isText: Bool
    let isSelect: Bool
    let isCheckboxes: Bool
    let isTextarea: Bool
    let inputType: String
    let options: [Choice]
    /// Id of a `<datalist>` offering suggestions (time zones), or nil.
    let list: String?
    let required: Bool

    init(_ field: FormField, _ label: String, value: String = "", kind: Kind = .text, hint: String? = nil,
         options: [Choice] = [], list: String? = nil, required: Bool = false, errors: FormErrors) {
        self.init(field.name, label, value: value, kind: kind, hint: hint, options: options, list: list, required: required, error: errors[field])
    }

    init(_ name: String, _ label: String, value: String = "", kind: Kind = .text, hint: String? = nil,
         options: [Choice] = [], list: String? = nil, required: Bool = false, errors: [String: String] = [:], error: String? = nil) {
        self.name = name
        self.label = label
        self.value = value
        self.hint = hint
        self.error = error ?? errors[name]
        self.isText = kind == .text || kind == .email
        self.isSelect = kind == .select
        self.isCheckboxes = kind == .checkboxes
        self.isTextarea = kind == .textarea
        self.inputType = kind == .email ? "email" : "text"
        self.options = options
        self.list = list
        self.required = required
    }
}

/// An option of a select or a checkbox list.
struct Choice: Sendable {
    let value: String
    let label: String
    let selected: Bool
    /// Unique id for the checkbox's label.
    let id: String

    init(_ value: String, _ label: String, selected: Bool, field: String = "") {
        self.value = value
        self.label = label
        self.selected = selected
        self.id = "\(field)-\(value)"
    }
}

/// An admin form page: heading, where it posts, its fields and, for existing records, the
/// deactivate or reactivate action.
struct FormPage: Sendable {
    let heading: String
    let intro: String?
    let action: String
    let fields: [FieldView]
    let submit: String
    let cancel: String
    let hasErrors: Bool
    let toggleAction: String?
    let toggleLabel: String?
    let extraAction: String?
    let extraLabel: String?

    init(heading: String, intro: String? = nil, action: String, fields: [FieldView], submit: String, cancel: String,
         toggleAction: String? = nil, toggleLabel: String? = nil, extraAction: String? = nil, extraLabel: String? = nil) {
        self.heading = heading
        self.intro = intro
        self.action = action
        self.fields = fields
        self.submit = submit
        self.cancel = cancel
        self.hasErrors = fields.contains { $0.error != nil }
        self.toggleAction = toggleAction
        self.toggleLabel = toggleLabel
        self.extraAction = extraAction
        self.extraLabel = extraLabel
    }
}

/// An admin list page: a table with a link per row to its edit form.
struct ListPage: Sendable {
    struct Row: Sendable {
        let cells: [String]
        let href: String
        let title: String
        let inactive: Bool
    }

    let heading: String
    let intro: String
    let newHref: String?
    let newLabel: String
    let columns: [String]
    let rows: [Row]
    let empty: Bool
    let extraHref: String?
    let extraLabel: String?
    /// The search text of a list that can be searched; nil hides the search box.
    let search: String?
    let searchable: Bool
    let hasQuery: Bool

    init(heading: String, intro: String, newHref: String?, newLabel: String, columns: [String], rows: [Row],
         extraHref: String? = nil, extraLabel: String? = nil, search: String? = nil) {
        self.heading = heading
        self.intro = intro
        self.newHref = newHref
        self.newLabel = newLabel
        self.columns = columns
        self.rows = rows
        self.empty = rows.isEmpty
        self.extraHref = extraHref
        self.extraLabel = extraLabel
        self.search = search
        self.searchable = search != nil
        self.hasQuery = !(search ?? "").isEmpty
    }
}

extension ValidationFailure {
    /// Field name → message, for `FieldView`.
    var byField: [String: String] {
        Dictionary(errors.map { ($0.field.key, $0.message) }, uniquingKeysWith: { a, b in "\(a); \(b)" })
    }
}

enum Choices {
    static func countries(selected: String) -> [Choice] {
        [Choice("", "Choose a country", selected: selected.isEmpty)]
            + Regions.countries.map { Choice($0.code, "\($0.name) (\($0.code))", selected: $0.code == selected.uppercased()) }
    }

    static func sites(_ sites: [Site], selected: UUID?) -> [Choice] {
        [Choice("", "No site", selected: selected == nil)]
            + sites.filter { $0.active || $0.id == selected }.map { Choice($0.id!.uuidString, $0.name, selected: $0.id == selected) }
    }
}
