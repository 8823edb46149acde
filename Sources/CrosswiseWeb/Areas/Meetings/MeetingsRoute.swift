import Foundation

/// The meeting planner, your booked meetings and calendar feed, and your days off.
enum MeetingsRoute: SiteRoute {
    case planner
    /// The .ics of a search's slot or series (the search's query string follows).
    case plannedCalendar
    case book
    case mine
    case meetingCalendar(UUID)
    /// Asks before cancelling: what is cancelled and who is told.
    case confirmCancel(UUID)
    case cancel(UUID)
    /// Books a new time for a meeting the viewer organizes (the planner's slot, as `book`).
    case move(UUID)
    case newFeed, stopFeed
    /// A calendar program's subscription: the secret token in the file name is the credential.
    case feed(file: String)
    case daysOff, addDayOff
    case removeDayOff(UUID)

    static let fixed: [MeetingsRoute] = [.planner, .plannedCalendar, .book, .mine, .newFeed, .stopFeed, .daysOff, .addDayOff]
    static let parameterized: [RouteMaker<MeetingsRoute>] = [.id(meetingCalendar), .id(confirmCancel), .id(cancel), .id(move), .text { .feed(file: $0) }, .id(removeDayOff)]

    var spec: RouteSpec {
        switch self {
        case .planner: .get("/meetings")
        case .plannedCalendar: .get("/meetings/calendar.ics")
        case .book: .post("/meetings/book")
        case .mine: .get("/meetings/mine")
        case .meetingCalendar(let id): .get("/meetings/:id/calendar.ics", id.uuidString)
        case .confirmCancel(let id): .get("/meetings/:id/cancel", id.uuidString)
        case .cancel(let id): .post("/meetings/:id/cancel", id.uuidString)
        case .move(let id): .post("/meetings/:id/move", id.uuidString)
        case .newFeed: .post("/meetings/feed")
        case .stopFeed: .post("/meetings/feed/stop")
        case .feed(let file): .get("/calendar/:file", file, access: .anyone)
        case .daysOff: .get("/days-off")
        case .addDayOff: .post("/days-off")
        case .removeDayOff(let id): .post("/days-off/:id/delete", id.uuidString)
        }
    }
}
