import Worldtime

/// The Meetings page: the search form as it was filled, and the outcome of the plan. A plain
/// value built from `MeetingsPage.Data` (see MeetingsPage+Query) with no I/O.
struct MeetingsPage {
    struct Slot { let rank: Int; let when, utc: String; let worst, total: Int; let free: Bool; let explanations: [String]; let icsHref, start: String }
    struct Occurrence { let number: Int; let when: String; let moved, free: Bool; let worst: Int; let reason: String }
    struct Skipped { let date, reason: String }
    struct LedgerRow { let name: String; let burden, outside, hard, after: Int }

    struct Links {
        let search = MeetingsRoute.planner.path, book = MeetingsRoute.book.path
        let mine = MeetingsRoute.mine.path, daysOff = MeetingsRoute.daysOff.path
    }

    let links = Links()
    /// The form's values as they were sent (`search.text` is the query string).
    let search: MeetingSearch
    let people, teams, clients, durations, steps, repeats: [Choice]
    /// The people list's find box, when the organization is too large to list.
    let picker: PeoplePicker
    /// Who is ticked in each list, for the line above it.
    let chosenPeople, chosenTeams, chosenClients: String
    var problems: [String]
    var noSlot = false, summary = "", gridHTML = "", seriesSummary = "", seriesIcsHref = ""
    var slots: [Slot] = [], occurrences: [Occurrence] = [], skipped: [Skipped] = []
    var ledgerTeam = "", ledgerMeetings = 0, ledgerRows: [LedgerRow] = []
    /// Moving a booked meeting: the slots' buttons move it instead of booking a new one.
    var movingTitle = "", movingID = "", bookAction = MeetingsRoute.book.path, bookLabel = "Book"
    /// The clients in the plan: their public holidays in the searched days and their brief's
    /// working week and seasons (the same link as on Today).
    var clientLines: [ClientBriefLink.ClientLine] = []

    init(_ data: Data) {
        let search = data.search
        self.search = search
        let people = Set(search.people), teams = Set(search.teams), clients = Set(search.clients)
        picker = data.people
        self.people = data.people.people.map { Choice($0.id.uuidString, PeoplePicker.label($0), selected: people.contains($0.id)) }
        self.teams = data.teams.map { Choice($0.id!.uuidString, $0.name, selected: teams.contains($0.id!)) }
        self.clients = data.clients.map { Choice($0.id!.uuidString, "\($0.name) · \(TimeZoneName.cityName($0.timeZone))", selected: clients.contains($0.id!)) }
        (chosenPeople, chosenTeams, chosenClients) = (Choice.chosenText(self.people), Choice.chosenText(self.teams), Choice.chosenText(self.clients))
        durations = [15, 30, 45, 60, 90, 120].map { Choice("\($0)", durationText(minutes: $0), selected: $0 == search.duration) }
        steps = [15, 30, 60].map { Choice("\($0)", "every \($0) min", selected: $0 == search.step) }
        repeats = [("once", "Once"), ("weekly", "Every week"), ("biweekly", "Every two weeks"), ("monthly", "Every month")].map {
            Choice($0.0, $0.1, selected: $0.0 == (search.recurrence?.rawValue ?? "once"))
        }
        problems = data.problems
        if let meeting = data.moving, let id = meeting.id {
            (movingTitle, movingID) = (meeting.title, id.uuidString)
            (bookAction, bookLabel) = (MeetingsRoute.move(id).path, "Move here")
        }
        guard let plan = data.plan else { return }
        problems += plan.problems
        fillLedger(plan)
        // A series runs over its occurrences' days; a single meeting over the searched days.
        if let series = plan.series, let first = series.occurrences.first?.date, let last = series.occurrences.last?.date {
            clientLines = ClientBriefLink.clientLines(plan.participants, from: first, days: last.days - first.days + 1)
        } else {
            clientLines = ClientBriefLink.clientLines(plan.participants, from: search.from, days: search.days)
        }
        if let series = plan.series {
            fillSeries(series)
        } else if let planner = plan.planner {
            let counts = planner.counts()
            summary = "\(plan.participants.count) participants · \(counts.candidates) candidate slots"
                + (counts.ruledOut > 0 ? " · \(counts.ruledOut) ruled out by holidays or days off" : "")
            slots = plan.ranked.enumerated().map { i, slot in
                let local = slot.attendance[0].localStart
                return Slot(rank: i + 1, when: "\(local.dayText) \(local.clockText)", utc: MeetingsPage.utc(slot.start), worst: slot.worst,
                            total: slot.total, free: slot.isFree, explanations: slot.explanations,
                            icsHref: MeetingsRoute.plannedCalendar.path + "?\(search.text)&start=\(slot.start)", start: "\(slot.start)")
            }
            noSlot = plan.ranked.isEmpty && problems.isEmpty
            if let best = plan.ranked.first { gridHTML = PlannerGrid.html(planner: planner, best: best) }
        }
    }

    mutating func fillSeries(_ series: SeriesPlan) {
        occurrences = series.occurrences.enumerated().map { i, o in
            let local = o.slot.attendance[0].localStart
            return Occurrence(number: i + 1, when: "\(DateWords.weekdayDate(o.date)) \(local.clockText)", moved: o.isMoved,
                              free: o.slot.isFree, worst: o.slot.worst, reason: o.slot.explanations.first ?? "Inside everyone's working hours.")
        }
        skipped = series.skipped.map { Skipped(date: DateWords.weekdayDate($0.date), reason: $0.reason) }
        let moved = series.occurrences.filter(\.isMoved).count
        seriesSummary = "\(series.occurrences.count) meetings at \(series.baseTime.text) your time"
            + (moved > 0 ? ", \(moved) moved to share the inconvenience" : "")
            + (series.skipped.isEmpty ? "" : ", \(series.skipped.count) skipped")
        seriesIcsHref = MeetingsRoute.plannedCalendar.path + "?\(search.text)"
        // The grid shows the first meeting's day.
        if let first = series.occurrences.first, let planner = try? MeetingPlanner(series.request.meeting) {
            gridHTML = PlannerGrid.html(planner: planner, best: first.slot)
        }
    }

    /// The chosen team's ledger so far, one row per participant with a record or in this plan,
    /// heaviest first; "after" adds this series.
    mutating func fillLedger(_ plan: MeetingsPlan) {
        guard let team = plan.input.team else { return }
        let before = plan.input.ledger, after = plan.series?.ledger ?? before
        ledgerTeam = team.name
        ledgerMeetings = plan.input.ledgerMeetings
        var names = plan.input.ledgerNames
        for p in plan.participants { names[p.key] = p.name }
        ledgerRows = names.map { key, name in
            LedgerRow(name: name, burden: before.burden[key, default: 0], outside: before.inconvenientMeetings[key, default: 0],
                      hard: before.hardMeetings[key, default: 0], after: after.burden[key, default: 0])
        }
        .filter { $0.burden > 0 || $0.after > 0 }
        .sorted { ($0.after, $0.burden, $1.name) > ($1.after, $1.burden, $0.name) }
    }

    /// "2026-12-01 09:30 UTC".
    static func utc(_ instant: Int64) -> String {
        let date = CivilDate(days: Int(floorDiv(instant, 86400)))
        let minute = Int(instant - Int64(date.days) * 86400) / 60
        return "\(date) \(ClockTime(minutes: minute)!.text) UTC"
    }
}

extension TimeZoneName {
    /// "Manila" from a stored zone name, or the text itself.
    static func cityName(_ identifier: String) -> String { (try? TimeZoneName(identifier))?.city ?? identifier }
}
