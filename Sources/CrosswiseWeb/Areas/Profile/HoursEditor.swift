import CrosswiseStore
import FormBodies
import Worldtime

/// The working-hours part of the profile form: a row per day with start and end fields (and
/// room for splits), and the text box for pasting. Both start from the stored text, kept in a
/// hidden field, so the one that differs from it is the one the person edited.
struct HoursEditor {
    /// Which part of the form the saved hours came from, for the confirmation.
    enum Source { case unchanged, days, text, textOverDays }

    static let text = FormField("working_hours", .workingHours)
    static let before = "hours_before"
    /// Pairs read per day: a split or two, and a spare pair the page always shows.
    static let maxPairs = 6

    static func key(_ day: Weekday) -> String { day.shortName.lowercased() }
    static func start(_ day: Weekday, _ pair: Int) -> FormField { FormField("hours-\(key(day))-\(pair)-start", .workingHours.of(key(day))) }
    static func end(_ day: Weekday, _ pair: Int) -> FormField { FormField("hours-\(key(day))-\(pair)-end", .workingHours.of(key(day))) }

    /// The day rows as sent; fields left blank are dropped by `WeeklyHoursForm`.
    static func rows(from form: FormData) -> WeeklyHoursForm {
        var rows = WeeklyHoursForm()
        for day in Weekday.allCases {
            let pairs = (1...maxPairs).map { WeeklyHoursForm.Fields(start: form[start(day, $0).name], end: form[end(day, $0).name]) }
            rows.set(day, pairs.filter { !$0.isBlank })
        }
        return rows
    }

    /// The text to hand to the store and where it came from. Day rows that cannot be read,
    /// when they are what was edited, are refused here with the day named.
    static func choose(from form: FormData) throws(FormErrors) -> (text: String, source: Source) {
        let before = form[Self.before], typed = form.text(text.name)
        let textEdited = squeezed(typed) != squeezed(before)
        let rows = rows(from: form)
        // Compared by what they say, so "9" typed over "09:00" is no edit; rows that cannot be read are.
        let daysEdited = (try? rows.hours().text) != ((try? WeeklyHours.parse(before).text) ?? before)
        if textEdited { return (typed, daysEdited ? .textOverDays : .text) }
        guard daysEdited else { return (typed, .unchanged) }
        do {
            return (try rows.hours().text, .days)
        } catch {
            var errors = FormErrors()
            let day = error.day ?? .monday
            errors.add(start(day, 1), error.description)
            throw errors
        }
    }

    private static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
