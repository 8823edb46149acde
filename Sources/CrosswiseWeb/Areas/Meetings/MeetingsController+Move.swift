import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

extension MeetingsController {
    /// Moves a meeting the viewer organizes to the slot chosen in a search made for it
    /// (`move=<id>` in the query, which leaves the meeting's own time out of everyone's busy
    /// time). As with booking, the plan is made again here from the hidden query.
    @Sendable func move(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let id = try context.requireUUID("id")
        let search = search(String(context.form["q"].prefix(8000)), viewer: viewer)
        guard search.moving == id, search.submitted else {
            return try await refusal("Start from “Move…” on Your meetings to find a new time.", search, viewer, context)
        }
        return try await replanned(search, viewer: viewer, context: context, doing: "move it", single: true) { _, bookings in
            try await services.meetings(for: viewer).move(id, by: viewer.personID, to: bookings[0])
            return seeOther(MeetingsRoute.mine, notice: .moved)
        }
    }

    /// The planner search that finds a new time for a booked meeting: the same title, length
    /// and people (the clients too), from today, with the meeting itself left out of busy time.
    static func moveQuery(_ meeting: Meeting, today: CivilDate) -> String {
        var items = [URLQueryItem(name: "title", value: meeting.title),
                     URLQueryItem(name: "duration", value: "\(max(15, (meeting.endsAt - meeting.startsAt) / 60))"),
                     URLQueryItem(name: "from", value: today.description), URLQueryItem(name: "days", value: "5"),
                     URLQueryItem(name: "step", value: "15"), URLQueryItem(name: "me", value: "1")]
        for row in meeting.attendees where row.$person.id != meeting.$organizer.id {
            if let person = row.$person.id { items.append(URLQueryItem(name: "person", value: person.uuidString)) }
            if let client = row.$client.id { items.append(URLQueryItem(name: "client", value: client.uuidString)) }
        }
        items.append(URLQueryItem(name: "move", value: meeting.id?.uuidString))
        var components = URLComponents()
        components.queryItems = items
        return components.percentEncodedQuery ?? ""
    }
}
