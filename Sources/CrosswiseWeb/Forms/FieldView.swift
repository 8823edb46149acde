import CrosswiseStore
import Foundation
import Worldtime

/// One field of a form, with its current value and, after a rejected submit, the message that
/// says what to fix. One template (`form-fields`) draws every kind.
struct FieldView: Sendable {
    enum Kind: Sendable { case text, email, select, checkboxes, textarea }

    let field: FormField
    let name, label, value: String
    let hint, error: String?
    let isText, isSelect, isCheckboxes, isTextarea: Bool
    let inputType: String
    let options: [Choice]
    /// Id of a `<datalist>` offering suggestions (time zones), or nil.
    let list: String?
    let required: Bool
    /// A checkbox list long enough to need a filter box (see filter.js), and who is ticked.
    let isLong: Bool
    let chosen: String

    init(_ field: FormField, _ label: String, value: String = "", kind: Kind = .text, hint: String? = nil,
         options: [Choice] = [], list: String? = nil, required: Bool = false, errors: FormErrors) {
        self.field = field
        self.name = field.name
        self.label = label
        self.value = value
        self.hint = hint
        self.error = errors[field]
        self.isText = kind == .text || kind == .email
        self.isSelect = kind == .select
        self.isCheckboxes = kind == .checkboxes
        self.isTextarea = kind == .textarea
        self.inputType = kind == .email ? "email" : "text"
        self.options = options
        self.list = list
        self.required = required
        self.isLong = kind == .checkboxes && options.count > Choice.longList
        self.chosen = Choice.chosenText(options)
    }
}

/// An option of a select or a checkbox list.
struct Choice: Sendable {
    /// Lists longer than this get a filter box and a "Chosen:" line.
    static let longList = 8

    /// "Chosen (2): Ana Cruz, Ben Ito", said again by filter.js as boxes are ticked.
    static func chosenText(_ choices: [Choice]) -> String {
        let names = choices.filter(\.selected).map(\.label)
        return names.isEmpty ? "None chosen yet." : "Chosen (\(names.count)): " + names.joined(separator: ", ")
    }

    let value, label: String
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
