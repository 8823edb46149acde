import Worldtime

/// The timeline grid: a row per participant, a column per hour for 24 hours, each cell showing
/// that person's local hour coloured by their availability. The columns start an hour before the
/// organizer's shift (or before the best slot, if earlier), not at midnight: on a phone the grid
/// scrolls sideways and opens where the working day is, with no script to scroll it there.
/// Built in Swift with explicit escaping because it has hundreds of cells. A big meeting shows
/// its first 40 people (the organizer, then whoever the best slot costs most) and folds the rest
/// into counts per kind of hour.
enum PlannerGrid {
    static func html(planner: MeetingPlanner, best: RankedSlot, maxRows: Int = 40) -> String {
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
        // The people who matter first: the organizer, then whoever the best slot costs most
        // (sleep hours before early or late), each group in the order chosen.
        let cost = Dictionary(best.attendance.map { ($0.participant, $0.cost) }, uniquingKeysWith: { a, _ in a })
        let order = [0] + participants.indices.dropFirst().sorted { (-(cost[$0] ?? 0), $0) < (-(cost[$1] ?? 0), $1) }
        for i in order.prefix(maxRows) {
            let p = participants[i]
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
        out += folded(Array(order.dropFirst(maxRows)), planner: planner, dayStart: dayStart, firstHour: firstHour, bestColumn: bestColumn)
        out += "</tbody></table></div>"
        if participants.count > maxRows {
            out += "<p class=\"hint\">The last rows count the other \(participants.count - maxRows) people by how each hour finds them; the ranking counts everyone.</p>"
        }
        return out
    }

    /// Everyone past the shown rows, folded: a row per kind of hour (working, sleep hours...)
    /// with how many of them are in it at each hour, so a big team's grid stays a page long.
    static func folded(_ rest: [Int], planner: MeetingPlanner, dayStart: Int64, firstHour: Int, bestColumn: Int) -> String {
        guard !rest.isEmpty else { return "" }
        let kinds: [(css: String, words: String)] = [("working", "working"), ("shoulder", "early or late"), ("off", "off shift"),
            ("night", "in sleep hours"), ("weekend", "on their weekend"), ("holiday", "on holiday, a day off or busy"), ("none", "outside the window")]
        var counts = [String: [Int]](uniqueKeysWithValues: kinds.map { ($0.css, [Int](repeating: 0, count: 24)) })
        for i in rest {
            for h in 0..<24 {
                let state = planner.availability(of: i, at: dayStart + Int64((firstHour + h) * 3600) + 1800)
                counts[state.map(css) ?? "none"]![h] += 1
            }
        }
        var out = ""
        for (kind, words) in kinds where counts[kind]!.contains(where: { $0 > 0 }) {
            out += "<tr class=\"folded\"><th scope=\"row\">\(rest.count) others: how many \(words)</th>"
            for (h, n) in counts[kind]!.enumerated() {
                let label = "\(n) of \(rest.count) \(words)"
                out += "<td class=\"cell \(n > 0 ? kind : "none")\(h == bestColumn ? " best" : "")\" title=\"\(label)\">\(n > 0 ? "\(n)" : "")<span class=\"sr\"> \(label)</span></td>"
            }
            out += "</tr>"
        }
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
