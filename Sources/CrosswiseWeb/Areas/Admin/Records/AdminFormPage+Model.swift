import CrosswiseStore
import Foundation
import Worldtime

/// A record's form: new, stored, or sent back with what was typed and what to fix.
struct AdminFormPage: Sendable {
    let heading, action: String
    let fields: [FieldView]
    let errors: FormErrors
    let submit, cancel: String
    /// Deactivate or reactivate, and the resource's own button, for a stored record.
    let toggle, extra: FormAction?
    /// Pages about a stored record (a person's data, erasing them), listed under the form.
    let links: [PageLink]
    let hasLinks: Bool
    /// Suggestions for time-zone inputs (`list: "zones"`), when the form has one.
    let zones: [String]

    init<R: AdminResource>(_ resource: R.Type, values: R.Values, id: UUID?, active: Bool, options: R.Options, viewer: Viewer,
                           failure: ValidationFailure? = nil) {
        // A store error about an input this viewer does not get is about the form as a whole.
        let shown = R.inputs(values, options: options, viewer: viewer, errors: FormErrors()).map(\.field)
        errors = failure.map { FormErrors($0, fields: shown) } ?? FormErrors()
        fields = R.inputs(values, options: options, viewer: viewer, errors: errors)
        let one = R.words.one
        heading = id == nil ? "Add a \(one)" : "Edit \(values.name)"
        action = (id.map { R.route(.update($0)) } ?? R.route(.create)).path
        submit = id == nil ? "Add \(one)" : "Save changes"
        cancel = R.route(.list).path
        toggle = id.flatMap { id in
            R.canSetActive(id, viewer: viewer)
                ? FormAction(action: R.route(.setActive(id)).path, label: "\(active ? "Deactivate" : "Reactivate") \(one)", value: active ? "false" : "true")
                : nil
        }
        extra = id.flatMap { R.extraAction($0, viewer: viewer) }
        links = id.map { R.links($0, viewer: viewer) } ?? []
        hasLinks = !links.isEmpty
        zones = fields.contains { $0.list == "zones" } ? TimeZoneName.all : []
    }
}
