import CrosswiseStore
import Foundation
import Worldtime

/// The Meetings page's view model: the form as it was filled, and the outcome of the plan.
struct MeetingsView {

    struct SlotView {
        let rank: Int
        let when: String
        let utc: String
        let worst: Int
        let total: Int
        let free: Bool
        let explanations: [String]
        let icsHref: String
        let start: String
    }

    struct OccurrenceView {
        let number: Int
        let when: String
        let moved: Bool
        let free: Bool
        let worst: Int
        let reason: String
    }

    struct SkippedView { let date: String; let reason: String }

    struct LedgerRow { let name: String; let burden: Int; let outside: Int; let hard: Int; let after: Int }

    let people: [Choice]
    let teams: [Choice]
    let clients: [Choice]
    let includeMe: Bool
    let title: String
    let durations: [Choice]
    let steps: [Choice]
    let repeats: [Choice]
    let count: Int
    let rotate: Bool
    let from: String
    let days: Int
    let force: Bool
    let submitted: Bool
    let query: String
    var problems: [String] = []
    var hasProblems = false
    var summary = ""
    var slots: [SlotView] = []
    var hasSlots = false
    var gridHTML = ""
    var hasGrid = false
    var noSlot = false
    var occurrences: [OccurrenceView] = []
    var isSeries = false
    var skipped: [SkippedView] = []
    var hasSkipped = false
    var seriesSummary = ""
    var seriesIcsHref = ""
    var ledgerTeam = ""
    var ledgerMeetings = 0
    var ledgerRows: [LedgerRow] = []
    var hasLedger = false
    var ledgerEmpty = true

    init(_ q: MeetingsQuery, query: String, plan: MeetingsPlan?, extraProblems: [String], viewer: Viewer, directory: Directory) async throws {
        let people = try await directory.people(includeInactive: false).filter { $0.id != viewer.personID }
        let selectedPeople = Set(q.people), selectedTeams = Set(q.teams), selectedClients = Set(q.clients)
        self.people = people.map { Choice($0.id!.uuidString, "\($0.name) · \(TimeZoneName.cityName($0.timeZone))", selected: selectedPeople.contains($0.id!)) }
        teams = try await directory.teams(includeInactive: false).map { Choice($0.id!.uuidString, $0.name, selected: selectedTeams.contains($0.id!)) }
        clients = try await directory.clients(includeInactive: false).map { Choice($0.id!.uuidString, "\($0.name) · \(TimeZoneName.cityName($0.timeZone))", selected: selectedClients.contains($0.id!)) }
        includeMe = q.includeMe
        title = q.title
        durations = [15, 30, 45, 60, 90, 120].map { Choice("\($0)", durationText(minutes: $0), selected: $0 == q.duration) }
        steps = [15, 30, 60].map { Choice("\($0)", "every \($0) min", selected: $0 == q.step) }
        repeats = [("once", "Once"), ("weekly", "Every week"), ("biweekly", "Every two weeks"), ("monthly", "Every month")].map {
            Choice($0.0, $0.1, selected: $0.0 == (q.recurrence?.rawValue ?? "once"))
        }
        count = q.count
        rotate = q.rotate
        from = q.from.description
        days = q.days
        force = q.forceHolidays
        submitted = q.submitted
        self.query = query
        problems = extraProblems
        // Mustache reads stored properties only (it uses reflection), so the flags are set here.
        defer {
            hasProblems = !problems.isEmpty
            hasSlots = !slots.isEmpty
            hasGrid = !gridHTML.isEmpty
            isSeries = !occurrences.isEmpty
            hasSkipped = !skipped.isEmpty
            hasLedger = !ledgerTeam.isEmpty
            ledgerEmpty = ledgerRows.isEmpty
        }
        guard let plan else { return }
        problems += plan.problems
        fillLedger(plan)
        if let series = plan.series {
            fillSeries(series, plan: plan, query: query)
        } else if let planner = plan.planner {
            let counts = planner.counts()
            summary = "\(plan.participants.count) participants · \(counts.candidates) candidate slots"
                + (counts.ruledOut > 0 ? " · \(counts.ruledOut) ruled out by holidays or days off" : "")
            slots = plan.ranked.enumerated().map { i, slot in
                let local = slot.attendance[0].localStart
                return SlotView(rank: i + 1, when: "\(local.dayText) \(local.clockText)", utc: MeetingsController.utc(slot.start),
                                worst: slot.worst, total: slot.total, free: slot.isFree, explanations: slot.explanations,
                                icsHref: "/meetings/calendar.ics?\(query)&start=\(slot.start)", start: "\(slot.start)")
            }
            noSlot = plan.ranked.isEmpty && problems.isEmpty
            if let best = plan.ranked.first { gridHTML = PlannerGrid.html(planner: planner, best: best) }
        }
    }

    mutating func fillSeries(_ series: SeriesPlan, plan: MeetingsPlan, query: String) {
        occurrences = series.occurrences.enumerated().map { i, o in
            let local = o.slot.attendance[0].localStart
            return OccurrenceView(number: i + 1, when: "\(o.date.weekday.shortName) \(o.date) \(local.clockText)", moved: o.isMoved,
                                  free: o.slot.isFree, worst: o.slot.worst, reason: o.slot.explanations.first ?? "Inside everyone's working hours.")
        }
        skipped = series.skipped.map { SkippedView(date: "\($0.date.weekday.shortName) \($0.date)", reason: $0.reason) }
        let moved = series.occurrences.filter(\.isMoved).count
        seriesSummary = "\(series.occurrences.count) meetings at \(series.baseTime.text) your time"
            + (moved > 0 ? ", \(moved) moved to share the inconvenience" : "")
            + (series.skipped.isEmpty ? "" : ", \(series.skipped.count) skipped")
        seriesIcsHref = "/meetings/calendar.ics?\(query)"
        // The grid shows the first meeting's day.
        if let first = series.occurrences.first, let planner = try? MeetingPlanner(series.request.meeting) {
            gridHTML = PlannerGrid.html(planner: planner, best: first.slot)
        }
    }

    /// The chosen team's ledger so far, one row per participant with a record or in this plan,
    /// heaviest first; "after" adds this series.
    mutating func fillLedger(_ plan: MeetingsPlan) {
        guard let team = plan.team else { return }
        ledgerTeam = team.name
        ledgerMeetings = plan.ledgerMeetings
        var names = plan.ledgerNames
        for p in plan.participants { names[p.key] = p.name }
        let after = plan.series?.ledger ?? plan.ledger
        ledgerRows = names.keys.map { key in
            LedgerRow(name: names[key]!, burden: plan.ledger.burden[key, default: 0], outside: plan.ledger.inconvenientMeetings[key, default: 0],
                      hard: plan.ledger.hardMeetings[key, default: 0], after: after.burden[key, default: 0])
        }
        .filter { $0.burden > 0 || $0.after > 0 }
        .sorted { ($0.after, $0.burden, $1.name) > ($1.after, $1.burden, $0.name) }
    }
}
