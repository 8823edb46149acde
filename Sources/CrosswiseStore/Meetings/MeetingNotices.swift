import Foundation
import Worldtime

/// The notices a booking or a cancellation sends: one per person involved (each attendee who is
/// a person, and the organizer, once each), with the invitation or cancellation attached. Each
/// event's UID is the meeting's, as in the download and the feed ("<meeting id>@crosswise"), so
/// a calendar program updates the event it already has; the cancellation carries a higher
/// SEQUENCE than the invitation.
enum MeetingNotices {
    struct Booked {
        var meeting: Meeting
        var attendees: [MeetingAttendee]
    }

    static func uid(_ meetingID: UUID) -> String { "\(meetingID.uuidString.lowercased())@crosswise" }

    /// `sequence` is the invitation's revision (the meeting's, see M014); `moved` words a
    /// request as a move; `only` limits the notices to some of the people involved (those a move
    /// drops get the cancellation, the others the moved invitation).
    static func notices(_ method: ICalendarWriter.InvitationMethod, _ booked: [Booked], organizer: Person, people: [UUID: Person],
                        stamp: Date, sequence: Int = 0, moved: Bool = false, only: Set<UUID>? = nil) -> [NewNotice] {
        guard let first = booked.first, let firstID = first.meeting.id else { return [] }
        let events = booked.compactMap { event($0, organizer: organizer, people: people) }
        guard !events.isEmpty else { return [] }
        let calendar = OutgoingMail.CalendarPart(text: ICalendarWriter.invitation(method, events: events, sequence: sequence, stamp: stamp), method: method.rawValue)
        var recipients = [organizer.id].compactMap { $0 }
        for row in booked.flatMap(\.attendees) {
            if let id = row.$person.id, !recipients.contains(id) { recipients.append(id) }
        }
        if let only { recipients = recipients.filter(only.contains) }
        let title = first.meeting.title
        let series = booked.count > 1 ? " (\(booked.count) meetings)" : ""
        return recipients.compactMap { id in
            guard let person = id == organizer.id ? organizer : people[id] else { return nil }
            let when = whenText(first.meeting.startsAt, for: person) + (booked.count > 1 ? ", the first of \(booked.count)" : "")
            // The organizer reads about their own booking: "You booked…", not their own name.
            let who = id == organizer.id ? "You" : organizer.name
            let (kind, line, body): (NoticeKind, String, String) = method == .cancel
                ? (.meetingCancelled, "Meeting cancelled: \(title)\(series)", "\(title) on \(when) is cancelled.")
                : moved ? (.meetingMoved, "Meeting moved: \(title)", "\(who) moved \(title) to \(when).")
                : (.meetingBooked, "Meeting booked: \(title)\(series)", "\(who) booked \(title) for \(when).")
            let text = "Hello \(person.firstName),\n\n\(body)\n\nThe attached calendar file "
                + (method == .cancel ? "removes it from your calendar." : moved ? "moves it in your calendar." : "adds it to your calendar.")
                + NewNotice.footer
            return NewNotice(to: id, kind: kind, title: line, body: body, subject: .meeting(firstID),
                             email: .init(subject: line, text: text, calendar: calendar))
        }
    }

    static func event(_ booked: Booked, organizer: Person, people: [UUID: Person]) -> ICalendarWriter.FeedEvent? {
        guard let id = booked.meeting.id, let zone = try? TimeZoneName(booked.meeting.timeZone) else { return nil }
        let attendees = booked.attendees.filter { $0.$person.id != organizer.id }.map { row in
            ICalendarWriter.Person(name: row.name, email: row.$person.id.flatMap { people[$0]?.email })
        }
        let names = booked.attendees.map(\.name).joined(separator: ", ")
        return ICalendarWriter.FeedEvent(uid: uid(id), start: booked.meeting.startsAt, end: booked.meeting.endsAt, zone: zone,
                                         summary: booked.meeting.title, description: "Booked with Crosswise for \(names).",
                                         organizer: ICalendarWriter.Person(name: organizer.name, email: organizer.email), attendees: attendees)
    }

    /// "Tue 1 Dec, 21:00 (Asia/Manila)" on the reader's own clock.
    static func whenText(_ start: Int64, for person: Person) -> String {
        let zone = (try? TimeZoneName(person.timeZone)) ?? (try! TimeZoneName("UTC"))
        let local = LocalTime(secondsSince1970: start, in: zone)
        return "\(local.dayText) \(local.year), \(local.clockText) (\(zone.identifier))"
    }
}
