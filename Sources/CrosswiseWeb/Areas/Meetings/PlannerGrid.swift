import Worldtime

/// The timeline grid: a row per participant, a column per hour for 24 hours, each cell showing
/// that person's local hour coloured by their availability. The columns start an hour before the
/// organizer's shift (or before the best slot, if earlier), not at midnight: on a phone the grid
/// scrolls sideways and opens where the working day is, with no script to scroll it there.
/// Built in Swift with explicit escaping because it has hundreds of cells.
enum PlannerGrid {
    static func html(planner: MeetingPlanner, best: RankedSlot, maxRows: Int = 80) -> String {
        let participants = planner.request.participants
        let organizerLocal = best.attendance[0].localStart
        // The organizer's local midnight of the best slot's day, in UTC.
        let dayStart = best.start - Int64(organizerLocal.minuteOfDay * 60)
        let firstHour = startHour(best: Int((best.start - dayStart) / 3600), organizer: participants[0], on: organizerLocal.weekday)
        let bestColumn = Int((best.start - dayStart) / 3600) - firstHour
        var out = "<div class=\"table-wrap grid-wrap\"><table class=\"grid\"><caption class=\"hint\">\(escapeHTML(organizerLocal.dayText)) from "
            + "\(ClockTime(minutes: firstHour * 60)!.text) on the organizer's clock: each cell is one hour, shown on each person's own clock</caption>"
            + "<thead><tr><th scope=\"col\">Participant</th>"
        for h in 0..<24 {
            let hour = (firstHour + h) % 24
            out += h == bestColumn ? "<th scope=\"col\" class=\"best\">\(hour)</th>" : "<th scope=\"col\">\(hour)</th>"
        }
        out += "</tr></thead><tbody>"
        for (i, p) in participants.prefix(maxRows).enumerated() {
            out += "<tr><th scope=\"row\">\(escapeHTML(p.name))<span class=\"hint\"> \(escapeHTML(p.place))</span></th>"
            for h in 0..<24 {
                let instant = dayStart + Int64((firstHour + h) * 3600)
                let state = planner.availability(of: i, at: instant + 1800)
                let localHour = (LocalTime(secondsSince1970: instant, in: p.schedule.zone)).hour
                let label = state?.label ?? "outside the window"
                out += "<td class=\"cell \(state.map(css) ?? "none")\(h == bestColumn ? " best" : "")\" title=\"\(escapeHTML(label))\">\(localHour)<span class=\"sr\"> \(escapeHTML(label))</span></td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        if participants.count > maxRows { out += "<p class=\"hint\">and \(participants.count - maxRows) more not shown in the grid; the ranking counts everyone.</p>" }
        return out
    }

    /// An hour before the organizer's first shift of the day, or before the best slot when that
    /// comes earlier; midnight when neither gives an earlier start.
    static func startHour(best: Int, organizer: Participant, on day: Weekday) -> Int {
        let shift = organizer.schedule.hours.ranges(on: day).map { $0.start.minutes / 60 }.min() ?? best
        return max(0, min(best, shift) - 1)
    }

    static func css(_ a: Availability) -> String {
        switch a {
        case .working: "working"
        case .early, .late: "shoulder"
        case .offShift: "off"
        case .weekend: "weekend"
        case .night: "night"
        case .holiday, .dayOff, .busy: "holiday"
        }
    }
}
