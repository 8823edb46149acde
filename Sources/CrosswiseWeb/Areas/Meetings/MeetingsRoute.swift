import Foundation

/// The meeting planner, your booked meetings and calendar feed, and your days off.
enum MeetingsRoute: SiteRoute {
    case planner
    /// The .ics of a search's slot or series (the search's query string follows).
    case plannedCalendar
    case book
    case mine
    case meetingCalendar(UUID)
    case cancel(UUID)
    case newFeed, stopFeed
    /// A calendar program's subscription: the secret token in the file name is the credential.
    case feed(file: String)
    case daysOff, addDayOff
    case removeDayOff(UUID)

    static let all: [MeetingsRoute] = [
        .planner, .plannedCalendar, .book, .mine, .meetingCalendar(sampleID), .cancel(sampleID), .newFeed, .stopFeed,
        .feed(file: "0123456789abcdef.ics"), .daysOff, .addDayOff, .removeDayOff(sampleID),
    ]

    var spec: RouteSpec {
        switch self {
        case .planner: .get("/meetings")
        case .plannedCalendar: .get("/meetings/calendar.ics")
        case .book: .post("/meetings/book")
        case .mine: .get("/meetings/mine")
        case .meetingCalendar(let id): .get("/meetings/:id/calendar.ics", id.uuidString)
        case .cancel(let id): .post("/meetings/:id/cancel", id.uuidString)
        case .newFeed: .post("/meetings/feed")
        case .stopFeed: .post("/meetings/feed/stop")
        case .feed(let file): .get("/calendar/:file", file, access: .anyone)
        case .daysOff: .get("/days-off")
        case .addDayOff: .post("/days-off")
        case .removeDayOff(let id): .post("/days-off/:id/delete", id.uuidString)
        }
    }

    func with(_ values: [String]) -> MeetingsRoute? {
        switch self {
        case .meetingCalendar: uuid(values).map(MeetingsRoute.meetingCalendar)
        case .cancel: uuid(values).map(MeetingsRoute.cancel)
        case .feed: values.first.map { MeetingsRoute.feed(file: $0) }
        case .removeDayOff: uuid(values).map(MeetingsRoute.removeDayOff)
        default: self
        }
    }
}
