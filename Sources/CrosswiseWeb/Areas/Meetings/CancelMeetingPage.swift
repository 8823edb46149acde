import CrosswiseStore
import Foundation
import Worldtime

/// "Cancel this meeting?": what goes, on the viewer's clock, and who is told. A plain value with
/// no I/O; the meeting comes loaded with its attendees and organizer.
struct CancelMeetingPage {
    let title, when, cancelAction, keepHref: String
    /// Everyone who gets the cancellation, other than the viewer.
    let told: [String]
    let isSeries: Bool
    /// "this and the 3 later meetings in the series"
    let seriesChoice: String
    /// The series choice comes ticked when the viewer pressed "Cancel this and later".
    let seriesChosen: Bool

    init(meeting: Meeting, laterInSeries: Int, viewerID: UUID, zone: TimeZoneName, series: Bool) {
        title = meeting.title
        let start = LocalTime(secondsSince1970: meeting.startsAt, in: zone), end = LocalTime(secondsSince1970: meeting.endsAt, in: zone)
        when = "\(start.dayText) \(start.year), \(start.clockText)–\(end.clockText) your time"
        cancelAction = MeetingsRoute.cancel(meeting.id!).path
        keepHref = MeetingsRoute.mine.path
        var names = meeting.attendees.filter { $0.$person.id != viewerID && $0.$person.id != nil }.map(\.name)
        if meeting.$organizer.id != viewerID { names.insert(meeting.organizer.name + " (the organizer)", at: 0) }
        told = names
        isSeries = meeting.seriesID != nil && laterInSeries > 0
        seriesChoice = laterInSeries == 1 ? "This meeting and the 1 later one in the series"
            : "This meeting and the \(laterInSeries) later ones in the series"
        seriesChosen = series && isSeries
    }
}
