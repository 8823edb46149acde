import Foundation
import Worldtime

/// Dates as a person reads them, on their own clock: "23 Nov 2026". Page models take this
/// instead of the services, so they are built without I/O.
struct DateWords: Sendable {
    let zone: TimeZoneName

    init(_ zone: TimeZoneName) { self.zone = zone }
    init(_ viewer: Viewer) { zone = viewer.zone }

    func short(_ date: Date?) -> String {
        guard let date else { return "" }
        let local = LocalTime(date, in: zone)
        return DateWords.dayMonthYear(year: local.year, month: local.month, day: local.day)
    }

    /// "15 Jan 2027" from an ISO date; the text itself if it is not one.
    static func short(iso: String) -> String {
        guard let date = CivilDate(iso: iso) else { return iso }
        return dayMonthYear(year: date.year, month: date.month, day: date.day)
    }

    static func dayMonthYear(year: Int, month: Int, day: Int) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(day) \(months[max(0, min(11, month - 1))]) \(year)"
    }
}

extension String {
    /// nil for "", so an empty message hides its element.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension DateWords {
    /// "Thu 24 Dec 2026": a calendar date with its weekday, the form for days near at hand.
    static func weekdayDate(_ date: CivilDate) -> String {
        "\(date.weekday.shortName) \(dayMonthYear(year: date.year, month: date.month, day: date.day))"
    }
}
