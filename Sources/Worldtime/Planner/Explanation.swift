/// Plain sentences for a slot, worst first: "02:00 Tue for Priya in Bengaluru: their sleep
/// hours". People at the same place, time and reason share one sentence, so a team of forty
/// reads as one line, not forty.
enum Explanation {
    static func sentences(for attendance: [Attendance], in request: MeetingRequest) -> [String] {
        var groups: [(key: String, cost: Int, head: String, place: String, reason: String, names: [String])] = []
        for a in attendance where a.cost > 0 {
            let p = request.participants[a.participant]
            let head = "\(a.localStart.clockText) \(a.localStart.weekday.shortName)"
            let reason = reason(a, p)
            let key = "\(head)|\(p.place)|\(reason)"
            if let i = groups.firstIndex(where: { $0.key == key }) {
                groups[i].names.append(p.name)
                groups[i].cost = max(groups[i].cost, a.cost)
            } else {
                groups.append((key, a.cost, head, p.place, reason, [p.name]))
            }
        }
        return groups.sorted { $0.cost > $1.cost }.map { g in
            let who: String
            if g.names.count == 1 {
                who = g.names[0] == g.place ? g.place : "\(g.names[0]) in \(g.place)"
            } else {
                let shown = g.names.count > 3 ? g.names.prefix(2).joined(separator: ", ") + " and \(g.names.count - 2) others"
                                              : g.names.dropLast().joined(separator: ", ") + " and " + g.names.last!
                who = "\(shown) in \(g.place)"
            }
            return "\(g.head) for \(who): \(g.reason)"
        }
    }

    static func reason(_ a: Attendance, _ p: Participant) -> String {
        switch a.availability {
        case .working: "within working hours"
        case .early: "\(a.minutesFromShift.map { durationText(minutes: $0) + " " } ?? "")before their shift starts"
        case .late: "\(a.minutesFromShift.map { durationText(minutes: $0) + " " } ?? "")after their shift ends"
        case .offShift:
            // Someone who works nights and is off tonight is awake at 2 a.m., but it is still
            // their night off.
            a.localStart.hour < 6 ? "off that night" : "outside their working hours"
        case .weekend: "\(a.localStart.weekday.name) is their weekend"
        case .night: "their sleep hours"
        case .holiday: "public holiday\(a.holidayName.map { " (\($0))" } ?? "")"
        case .dayOff: "their day off"
        case .busy: "already in another meeting"
        }
    }
}
