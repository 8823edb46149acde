import CrosswiseStore
import Foundation

/// The question before a record is deactivated: what it means and who hears of it. One page for
/// sites, teams, clients and people; the words come from the resource.
struct DeactivatePage: Sendable {
    let heading, effect, action, back, submit: String
    let affected: [String]
    let hasAffected: Bool
    let whoHears: String

    init<R: AdminResource>(_ resource: R.Type, id: UUID, name: String, affected people: [Person]) {
        let one = R.words.one
        heading = "Deactivate \(name)?"
        effect = Self.effect(of: one)
        action = R.route(.setActive(id)).path
        back = R.route(.edit(id)).path
        submit = "Deactivate \(one)"
        affected = people.map(\.name)
        hasAffected = !people.isEmpty
        whoHears = switch one {
        case "team": "Its members and leads get a notice in their inbox:"
        case "person": "Their leads get a notice in their inbox:"
        case "site": "The people based there get a notice in their inbox:"
        default: "The leads of the teams that serve it get a notice in their inbox:"
        }
    }

    static func effect(of one: String) -> String {
        switch one {
        case "person": "They can no longer sign in, every session of theirs ends, and they leave the team pages and the meeting planner. "
            + "Their records stay, and you can reactivate them later."
        case "team": "The team leaves the team pages and the meeting planner. Its members keep their accounts; you can reactivate it later."
        case "site": "The site no longer appears in pickers. The people and teams based there keep it until you change them; you can reactivate it later."
        default: "The client no longer appears in the meeting planner or pickers. Teams keep their history; you can reactivate it later."
        }
    }

    /// The inbox line each affected person gets (their choice of delivery applies).
    static func notice<R: AdminResource>(_ resource: R.Type, name: String, to personID: UUID) -> NewNotice {
        let one = R.words.one
        let body = one == "person"
            ? "\(name) was deactivated by an admin: they can no longer sign in and no longer appear in the meeting planner."
            : "The \(one) \(name) was deactivated by an admin: it no longer appears in pickers or the meeting planner."
        return NewNotice(to: personID, kind: .recordDeactivated, title: one == "person" ? "\(name) was deactivated" : "\(one.capitalized) deactivated: \(name)",
                         body: body)
    }
}
