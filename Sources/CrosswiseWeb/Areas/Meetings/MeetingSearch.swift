import CrosswiseStore
import Foundation
import Worldtime

/// What the Meetings form asks for. The same query string drives the page, the .ics download
/// and booking, so what is booked is exactly what was shown.
struct MeetingSearch {
    var people: [UUID] = [], teams: [UUID] = [], clients: [UUID] = []
    var includeMe = true, title = "Meeting", duration = 30
    var from: CivilDate
    var days = 5, step = 15, forceHolidays = false
    /// nil for a single meeting.
    var recurrence: Recurrence?
    var count = 6, rotate = true, submitted = false
    /// The booked meeting this search finds a new time for: one meeting, never a series.
    var moving: UUID?
    /// What was typed in the people picker's find box; `finding` when its Find button was
    /// pressed, which reloads the form with matches and plans nothing.
    var who = "", finding = false
    /// Values that were sent but cannot be read, said in the form's words: a bad date is an
    /// error, never a silent "today".
    var unreadable: [String] = []
    /// No slot before this instant (now): past times are never offered or booked.
    var notBefore: Int64?
    /// The query string as sent, which the page repeats in its links and booking forms.
    let text: String

    init(query: String, today: CivilDate, now: Date?) {
        let form = FormData.query(query)
        text = query
        from = today
        notBefore = now.map { Int64($0.timeIntervalSince1970) }
        var unreadable: [String] = []
        func number(_ name: String, _ label: String, default value: Int) -> Int {
            let text = form[name].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return value }
            guard let n = Int(text.prefix(9)), text.count <= 9 else { unreadable.append("\(label) must be a whole number, not “\(text.prefix(20))”."); return value }
            return n
        }
        defer { self.unreadable = unreadable }
        (people, teams, clients) = (form.uuids("person"), form.uuids("team"), form.uuids("client"))
        // A sent form (even one sent by Find) says what its unticked boxes mean.
        let sent = form.fields["duration"] != nil
        who = form[PeoplePicker.findField]
        finding = !form[PeoplePicker.findButton].isEmpty
        submitted = sent && !finding
        includeMe = !sent || form["me"] == "1"
        let typed = form["title"].trimmingCharacters(in: .whitespacesAndNewlines)
        if !typed.isEmpty { title = String(typed.prefix(200)) }
        duration = number("duration", "Length", default: 30)
        let fromText = form["from"].trimmingCharacters(in: .whitespaces)
        if let date = CivilDate(iso: fromText) {
            from = date
        } else if !fromText.isEmpty {
            unreadable.append("First day must be a real date such as \(today), not “\(fromText.prefix(20))”.")
        }
        days = number("days", "Days", default: 5)
        step = number("step", "Step", default: 15)
        forceHolidays = form["force"] == "1"
        recurrence = Recurrence(text: form["repeat"])
        count = number("count", "Number of meetings", default: 6)
        rotate = !sent || form["rotate"] == "1"
        moving = UUID(uuidString: form["move"])
        if moving != nil { recurrence = nil }
    }

    /// The team whose ledger the meeting counts in: only when exactly one team is chosen.
    var ledgerTeam: UUID? { teams.count == 1 ? teams[0] : nil }

    func meetingRequest(_ participants: [Participant]) -> MeetingRequest {
        var request = MeetingRequest(participants: participants, durationMinutes: duration, from: from, days: recurrence == nil ? days : 1,
                                     stepMinutes: step, forceHolidays: forceHolidays)
        request.notBefore = notBefore
        return request
    }

    /// The span whose booked meetings can collide with this plan, in UTC seconds, with a day
    /// of margin for zones either side of the organizer's.
    var busySpan: Range<Int64> {
        let start = Int64(from.days - 1) * 86_400
        let days: Int64 = recurrence == nil ? Int64(max(days, 1)) : Int64(max(count, 1)) * 31
        return start..<(start + (days + 3) * 86_400)
    }

    func seriesRequest(_ participants: [Participant], ledger: FairnessLedger) -> SeriesRequest? {
        guard let recurrence else { return nil }
        return SeriesRequest(meeting: meetingRequest(participants), recurrence: recurrence, count: count, rotate: rotate, ledger: ledger)
    }

    /// Problems with the numbers themselves, said in the form's words.
    var problems: [String] {
        var list = unreadable
        if recurrence != nil, !(2...52).contains(count) { list.append("A series has 2 to 52 meetings, not \(count).") }
        return list
    }
}
