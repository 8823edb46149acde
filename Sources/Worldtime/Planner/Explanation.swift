/// Plain sentences for a slot: "02:00 Tue for Priya in Bengaluru: sleep hours".
enum Explanation {
    static func sentences(for attendance: [Attendance], in request: MeetingRequest) -> [String] {
        attendance.filter { $0.cost > 0 }.sorted { $0.cost > $1.cost }.map { a in
            let p = request.participants[a.participant]
            return "\(a.localStart.clockText) \(a.localStart.weekday.shortName) for \(p.displayName): \(reason(a, p))"
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
        }
    }
}
