import CrosswiseStore
import Hummingbird
import Mustache

/// A field of a web form: the name its input carries and what the store calls the value, so a
/// store error lands on the right input. Forms declare their fields as constants and templates
/// receive them through `FieldView`; no page spells an input name twice.
struct FormField: Hashable, Sendable {
    /// The input's `name`; the input's id is "f-" + name.
    let name: String
    let subject: FieldName

    init(_ name: String, _ subject: FieldName) { (self.name, self.subject) = (name, subject) }

    var inputID: String { "f-\(name)" }
}

/// Everything wrong with a submitted form: messages by field, and messages about the form as a
/// whole. One type for every page; the `error-summary` partial lists them at the top with a
/// link to each field, and each field shows its own below the input.
struct FormErrors: Error, Sendable {
    struct Item: Sendable {
        let message: String
        /// "#f-name" for a field's message, nil for the form's.
        let anchor: String?
    }

    private(set) var items: [Item] = []
    /// Set once anything is wrong, even with no message beyond the heading.
    private var refused = false
    private var byField: [String: [String]] = [:]
    /// The sentence above the list: what happened to the submission.
    var heading = "Nothing was saved. Fix these and save again:"

    init() {}

    /// `messages` listed under `heading`; no messages is no refusal (a page that may or may
    /// not have problems to show passes them all).
    init(heading: String, _ messages: [String] = []) {
        self.heading = heading
        for message in messages { add(message) }
    }

    /// A refusal said entirely in its heading.
    static func refused(_ heading: String) -> FormErrors {
        var errors = FormErrors(heading: heading)
        errors.refused = true
        return errors
    }

    /// A store refusal mapped onto `fields`; errors about anything else are the form's.
    init(_ failure: ValidationFailure, fields: [FormField], heading: String? = nil) {
        let bySubject = Dictionary(fields.map { ($0.subject, $0) }, uniquingKeysWith: { a, _ in a })
        for error in failure.errors {
            if let field = bySubject[error.field] { add(field, error.message) } else { add(error.message) }
        }
        if let heading { self.heading = heading }
        refused = true
    }

    var isEmpty: Bool { !refused }
    /// The page's status: 422 when it shows a refused form again.
    var status: HTTPResponse.Status { refused ? .unprocessableContent : .ok }

    mutating func add(_ field: FormField, _ message: String) {
        byField[field.name, default: []].append(message)
        items.append(Item(message: message, anchor: "#\(field.inputID)"))
        refused = true
    }

    mutating func add(_ message: String) {
        items.append(Item(message: message, anchor: nil))
        refused = true
    }

    /// The field's messages as one sentence, or nil.
    subscript(field: FormField) -> String? { byField[field.name].map { $0.joined(separator: "; ") } }
}

// Mustache reads stored properties through Mirror; the computed `hasErrors` must answer by name.
extension FormErrors: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "hasErrors": refused
        case "heading": heading
        case "items": items
        // Any other name is a field's input name: `{{#page.errors.email}}` is its message.
        default: byField[name].map { $0.joined(separator: "; ") }
        }
    }
}
