import Foundation
import HTTPTypes

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

    static var all: [MeetingsRoute] {
        [.planner, .plannedCalendar, .book, .mine, .meetingCalendar(sampleID), .cancel(sampleID), .newFeed, .stopFeed,
         .feed(file: "0123456789abcdef.ics"), .daysOff, .addDayOff, .removeDayOff(sampleID)]
    }

    var method: HTTPRequest.Method {
        switch self {
        case .planner, .plannedCalendar, .mine, .meetingCalendar, .feed, .daysOff: .get
        default: .post
        }
    }

    var pattern: String {
        switch self {
        case .planner: "/meetings"
        case .plannedCalendar: "/meetings/calendar.ics"
        case .book: "/meetings/book"
        case .mine: "/meetings/mine"
        case .meetingCalendar: "/meetings/:id/calendar.ics"
        case .cancel: "/meetings/:id/cancel"
        case .newFeed: "/meetings/feed"
        case .stopFeed: "/meetings/feed/stop"
        case .feed: "/calendar/:file"
        case .daysOff, .addDayOff: "/days-off"
        case .removeDayOff: "/days-off/:id/delete"
        }
    }

    var values: [String] {
        switch self {
        case .meetingCalendar(let id), .cancel(let id), .removeDayOff(let id): [id.uuidString]
        case .feed(let file): [file]
        default: []
        }
    }

    var access: Access { if case .feed = self { .anyone } else { .member } }

    init?(method: HTTPRequest.Method, pattern: String, values: [String]) {
        switch pattern {
        case "/meetings/:id/calendar.ics": guard let id = uuid(values) else { return nil }; self = .meetingCalendar(id)
        case "/meetings/:id/cancel": guard let id = uuid(values) else { return nil }; self = .cancel(id)
        case "/calendar/:file": guard let file = values.first else { return nil }; self = .feed(file: file)
        case "/days-off/:id/delete": guard let id = uuid(values) else { return nil }; self = .removeDayOff(id)
        default:
            guard let route = Self.all.first(where: { $0.method == method && $0.pattern == pattern && $0.values.isEmpty }) else { return nil }
            self = route
        }
        guard self.method == method else { return nil }
    }
}
