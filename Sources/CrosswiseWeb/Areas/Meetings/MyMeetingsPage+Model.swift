import Worldtime

/// Your meetings: each with what it costs you, on your clock; a plain value built from
/// `MyMeetingsPage.Data` with no I/O.
struct MyMeetingsPage {
    struct Row {
        let when, utc, title, organizer, attendees, yourStatus, yourStatusClass: String
        let isSeries, canCancel: Bool
        let calendarHref, confirmCancelHref: String
        /// The planner, set to find a new time; only for the organizer, whose plan it is.
        let moveHref: String?
    }

    struct Links {
        let planner = MeetingsRoute.planner.path, daysOff = MeetingsRoute.daysOff.path
        let newFeed = MeetingsRoute.newFeed.path, stopFeed = MeetingsRoute.stopFeed.path
    }

    let links = Links()
    let rows: [Row]
    let zone: String
    let hasFeed: Bool
    let feedURL: String?

    init(_ data: Data) {
        let me = data.personID, zone = data.zone
        rows = data.meetings.map { m in
            let local = LocalTime(secondsSince1970: m.startsAt, in: zone)
            let availability = m.attendees.first { $0.$person.id == me }.flatMap { Availability(code: $0.availability) } ?? .working
            let others = m.attendees.filter { $0.$person.id != me }.map(\.name)
            return Row(when: "\(local.dayText) \(local.clockText)–\(LocalTime(secondsSince1970: m.endsAt, in: zone).clockText)",
                       utc: MeetingsPage.utc(m.startsAt), title: m.title, organizer: m.$organizer.id == me ? "you" : m.organizer.name,
                       attendees: others.count <= 4 ? others.joined(separator: ", ") : others.prefix(3).joined(separator: ", ") + " and \(others.count - 3) more",
                       yourStatus: availability.label, yourStatusClass: availability == .working ? "ok" : availability >= .night ? "night" : "off",
                       isSeries: m.seriesID != nil, canCancel: data.isAdmin || m.$organizer.id == me,
                       calendarHref: MeetingsRoute.meetingCalendar(m.id!).path, confirmCancelHref: MeetingsRoute.confirmCancel(m.id!).path,
                       moveHref: m.$organizer.id == me ? MeetingsRoute.planner.path + "?" + MeetingsController.moveQuery(m, today: data.today) : nil)
        }
        (self.zone, hasFeed, feedURL) = (zone.city, data.hasFeed, data.feedURL)
    }
}
