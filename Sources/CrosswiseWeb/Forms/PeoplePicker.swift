import CrosswiseStore
import Foundation
import Worldtime

/// Which colleagues a form lists. A small organization lists everyone, as a checkbox list with a
/// filter box; past `listEveryoneUpTo` the list holds only those already chosen and up to 20
/// matching the find box (`who`), so a page never carries a 10,000-person organization. Without
/// JavaScript the find box is a submit button that reloads the form with what was typed kept;
/// with it, `static/filter.js` asks `ProfileRoute.people` as you type.
struct PeoplePicker: Sendable {
    static let listEveryoneUpTo = 200
    /// The find box's name in every form that has one.
    static let findField = "who"
    /// The button that reloads the form with matches instead of submitting it.
    static let findButton = "find"

    /// Those shown, chosen first when searching, then in name order.
    let people: [PersonChoice]
    /// The organization is too large to list: the page shows the find box.
    let searching: Bool
    /// What was typed in the find box, shown back in it.
    let query: String
    /// What the find box said it found, for the line under it.
    let hint: String
    let findURL = ProfileRoute.people.path
    /// The id of what the script refills: a checkbox list, or a select's "Colleagues" group.
    var target = "people-list"

    static func gather(_ directory: Directory, chosen: [UUID], query rawQuery: String, excluding viewer: UUID) async throws -> PeoplePicker {
        let index = try await directory.peopleIndex()
        let query = String(rawQuery.trimmingCharacters(in: .whitespacesAndNewlines).prefix(PeopleIndex.maxQuery))
        guard index.count > listEveryoneUpTo else {
            return PeoplePicker(people: index.all(excluding: viewer), searching: false, query: query, hint: "")
        }
        let ticked = index.people(chosen).filter { $0.id != viewer }
        let known = Set(ticked.map(\.id))
        let found = index.find(query, excluding: viewer)
        let hint = query.isEmpty
            ? "\(index.count.formatted()) people: type part of a name and press Find."
            : found.isEmpty ? "Nobody’s name starts with “\(query)”." : found.count == PeopleIndex.limit
                ? "The first \(PeopleIndex.limit) matches for “\(query)”; type more of the name to narrow them." : "\(found.count) found for “\(query)”."
        return PeoplePicker(people: ticked + found.filter { !known.contains($0.id) }, searching: true, query: query, hint: hint)
    }

    /// "Ana Cruz · Manila": the label every picker shows.
    static func label(_ person: PersonChoice) -> String { "\(person.name) · \(TimeZoneName.cityName(person.timeZone))" }
}
