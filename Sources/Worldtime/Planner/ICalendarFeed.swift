import Foundation

/// A subscription feed: everything booked for one person, as calendar programs poll it
/// (no METHOD, since nobody is being invited; a calendar name and a refresh hint).
extension ICalendarWriter {
    public struct FeedEvent: Sendable {
        public var uid: String
        public var start: Int64
        public var end: Int64
        /// The organizer's zone, so the event shows at the time they chose.
        public var zone: TimeZoneName
        public var summary: String
        public var description: String
        public var organizer: Person
        public var attendees: [Person]

        public init(uid: String, start: Int64, end: Int64, zone: TimeZoneName, summary: String, description: String,
                    organizer: Person, attendees: [Person]) {
            self.uid = uid
            self.start = start
            self.end = end
            self.zone = zone
            self.summary = summary
            self.description = description
            self.organizer = organizer
            self.attendees = attendees
        }
    }

    public static func feed(name: String, events: [FeedEvent], stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Crosswise//Meeting planner//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:\(escape(name))", "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H"]
        // One VTIMEZONE per zone used, covering every event in it.
        var spans: [TimeZoneName: (Int64, Int64)] = [:]
        for event in events {
            let span = spans[event.zone] ?? (event.start, event.end)
            spans[event.zone] = (min(span.0, event.start), max(span.1, event.end))
        }
        for zone in spans.keys.sorted(by: { $0.identifier < $1.identifier }) {
            let (from, to) = spans[zone]!
            lines += timezone(zone, from: from - 86400 * 400, to: to + 86400 * 400)
        }
        for event in events {
            var writer = ICalendarWriter(summary: event.summary, description: event.description, organizer: event.organizer,
                                         attendees: event.attendees, uid: event.uid, stamp: stamp)
            writer.method = nil
            lines += writer.event(start: event.start, end: event.end, zone: event.zone)
        }
        lines.append("END:VCALENDAR")
        return serialize(lines)
    }
}
