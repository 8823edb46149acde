import Foundation

/// Invitations and cancellations sent by e-mail (iTIP, RFC 5546). Each event keeps the UID of
/// the booked meeting (the one the feed and the download use), so a calendar program that
/// received the invitation updates or removes that same event when the cancellation arrives;
/// SEQUENCE tells it which of the two is newer.
extension ICalendarWriter {
    public enum InvitationMethod: String, Sendable {
        case request = "REQUEST"
        case cancel = "CANCEL"
    }

    public static func invitation(_ method: InvitationMethod, events: [FeedEvent], sequence: Int, stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Crosswise//Meeting planner//EN", "CALSCALE:GREGORIAN",
                     "METHOD:\(method.rawValue)"]
        var spans: [TimeZoneName: (Int64, Int64)] = [:]
        for event in events {
            let span = spans[event.zone] ?? (event.start, event.end)
            spans[event.zone] = (min(span.0, event.start), max(span.1, event.end))
        }
        for zone in spans.keys.sorted(by: { $0.identifier < $1.identifier }) {
            let (from, to) = spans[zone]!
            lines += timezone(zone, from: from - 86400 * 400, to: to + 86400 * 400)
        }
        var extra = ["SEQUENCE:\(max(0, sequence))"]
        if method == .cancel { extra.append("STATUS:CANCELLED") }
        for event in events {
            let writer = ICalendarWriter(summary: event.summary, description: event.description, organizer: event.organizer,
                                         attendees: event.attendees, uid: event.uid, stamp: stamp)
            lines += writer.event(start: event.start, end: event.end, zone: event.zone, extra: extra)
        }
        lines.append("END:VCALENDAR")
        return serialize(lines)
    }
}
