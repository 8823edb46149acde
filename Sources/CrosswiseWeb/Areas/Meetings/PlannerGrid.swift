import Worldtime

/// The timeline grid: a row per participant, a column per hour of the best slot's day (the
/// organizer's), each cell showing that person's local hour coloured by their availability.
/// Built in Swift with explicit escaping because it has hundreds of cells.
enum PlannerGrid {
    static func html(planner: MeetingPlanner, best: RankedSlot, maxRows: Int = 80) -> String {
        let participants = planner.request.participants
        let organizerLocal = best.attendance[0].localStart
        // The organizer's local midnight of the best slot's day, in UTC.
        let dayStart = best.start - Int64(organizerLocal.minuteOfDay * 60)
        let bestHour = Int((best.start - dayStart) / 3600)
        var out = "<div class=\"table-wrap\"><table class=\"grid\"><caption class=\"hint\">\(escapeHTML(organizerLocal.dayText)): each cell is one hour, shown on each person's own clock</caption><thead><tr><th scope=\"col\">Participant</th>"
        for h in 0..<24 {
            out += h == bestHour ? "<th scope=\"col\" class=\"best\">\(h)</th>" : "<th scope=\"col\">\(h)</th>"
        }
        out += "</tr></thead><tbody>"
        for (i, p) in participants.prefix(maxRows).enumerated() {
            out += "<tr><th scope=\"row\">\(escapeHTML(p.name))<span class=\"hint\"> \(escapeHTML(p.place))</span></th>"
            for h in 0..<24 {
                let instant = dayStart + Int64(h * 3600)
                let state = planner.availability(of: i, at: instant + 1800)
                let localHour = (LocalTime(secondsSince1970: instant, in: p.schedule.zone)).hour
                let label = state?.label ?? "outside the window"
                out += "<td class=\"cell \(state.map(css) ?? "none")\(h == bestHour ? " best" : "")\" title=\"\(escapeHTML(label))\">\(localHour)<span class=\"sr\"> \(escapeHTML(label))</span></td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        if participants.count > maxRows { out += "<p class=\"hint\">and \(participants.count - maxRows) more not shown in the grid; the ranking counts everyone.</p>" }
        return out
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
