import Foundation

/// iCalendar (RFC 5545) for meetings and series: CRLF lines folded at 75 octets, escaped text,
/// and a VTIMEZONE built from the same IANA data the planner used, so every calendar program
/// shows the times Crosswise chose.
public struct ICalendarWriter {
    public struct Person: Sendable {
        public var name: String
        public var email: String?
        public init(name: String, email: String?) { self.name = name; self.email = email }
    }

    public var summary: String
    public var description: String
    public var organizer: Person
    public var attendees: [Person]
    public var uid: String
    public var stamp: Date
    /// METHOD:REQUEST for invitations; nil for a subscription feed (PUBLISH-like, no method).
    public var method: String? = "REQUEST"

    public init(summary: String, description: String, organizer: Person, attendees: [Person], uid: String, stamp: Date) {
        self.summary = summary
        self.description = description
        self.organizer = organizer
        self.attendees = attendees
        self.uid = uid
        self.stamp = stamp
    }

    /// An invitation from the planner's organizer (the first participant) to everyone else.
    public init(planning request: MeetingRequest, title: String, uid: String, stamp: Date) {
        let people = request.participants.map { Person(name: $0.name, email: $0.email) }
        let names = request.participants.map { "\($0.name) (\($0.schedule.zone))" }.joined(separator: ", ")
        self.init(summary: title, description: "Planned with Crosswise for \(names).", organizer: people.first ?? Person(name: "Crosswise", email: nil),
                  attendees: Array(people.dropFirst()), uid: uid, stamp: stamp)
    }

    /// One meeting.
    public func meeting(start: Int64, end: Int64, zone: TimeZoneName) -> String {
        var lines = header()
        lines += ICalendarWriter.timezone(zone, from: start - 86400 * 400, to: end + 86400 * 400)
        lines += event(start: start, end: end, zone: zone)
        lines.append("END:VCALENDAR")
        return ICalendarWriter.serialize(lines)
    }

    /// A series: one VEVENT with RRULE at the organizer's usual local time, EXDATE for
    /// occurrences that are dropped, and an overriding VEVENT (RECURRENCE-ID) for each
    /// occurrence rotation moved.
    public func series(_ plan: SeriesPlan, zone: TimeZoneName) -> String {
        guard let first = plan.occurrences.first, let rules = zone.rules, let firstDate = plan.dates.first else { return "" }
        let duration = first.slot.end - first.slot.start
        // The usual start of an occurrence: the base local time on that date.
        func usualStart(_ date: CivilDate) -> Int64 {
            rules.resolve(local: Int64(date.days) * 86400 + Int64(plan.baseTime.minutes) * 60).instant
        }
        let firstStart = usualStart(firstDate)
        let lastEnd = max(plan.occurrences.map(\.slot.end).max() ?? firstStart, usualStart(plan.dates.last!) + duration)
        var lines = header()
        lines += ICalendarWriter.timezone(zone, from: firstStart - 86400 * 400, to: lastEnd + 86400 * 400)
        var rule = "RRULE:FREQ=\(plan.request.recurrence == .monthly ? "MONTHLY" : "WEEKLY")"
        if plan.request.recurrence == .biweekly { rule += ";INTERVAL=2" }
        rule += ";COUNT=\(plan.dates.count)"
        var extra = [rule]
        if !plan.skipped.isEmpty {
            extra.append("EXDATE;TZID=\(zone.identifier):" + plan.skipped.map { localStamp(usualStart($0.date), rules) }.joined(separator: ","))
        }
        lines += event(start: firstStart, end: firstStart + duration, zone: zone, extra: extra)
        for occurrence in plan.occurrences where occurrence.slot.start != usualStart(occurrence.date) {
            lines += event(start: occurrence.slot.start, end: occurrence.slot.end, zone: zone,
                           extra: ["RECURRENCE-ID;TZID=\(zone.identifier):\(localStamp(usualStart(occurrence.date), rules))"])
        }
        lines.append("END:VCALENDAR")
        return ICalendarWriter.serialize(lines)
    }

    func header() -> [String] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Crosswise//Meeting planner//EN", "CALSCALE:GREGORIAN"]
        if let method { lines.append("METHOD:\(method)") }
        return lines
    }

    func event(start: Int64, end: Int64, zone: TimeZoneName, extra: [String] = []) -> [String] {
        let rules = zone.rules!
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(ICalendarWriter.escape(uid))",
            "DTSTAMP:\(ICalendarWriter.utcStamp(Int64(stamp.timeIntervalSince1970)))",
            "DTSTART;TZID=\(zone.identifier):\(localStamp(start, rules))",
            "DTEND;TZID=\(zone.identifier):\(localStamp(end, rules))",
            "SUMMARY:\(ICalendarWriter.escape(summary))",
        ]
        if !description.isEmpty { lines.append("DESCRIPTION:\(ICalendarWriter.escape(description))") }
        lines.append(ICalendarWriter.address("ORGANIZER", organizer))
        for person in attendees where ICalendarWriter.mailbox(person.email) != nil {
            lines.append(ICalendarWriter.address("ATTENDEE", person, extra: ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"))
        }
        lines += extra
        lines.append("END:VEVENT")
        return lines
    }

    static func address(_ property: String, _ person: Person, extra: String = "") -> String {
        "\(property);CN=\"\(parameterText(person.name))\"\(extra):mailto:\(mailbox(person.email) ?? "noreply@invalid")"
    }

    /// A CN value, always written DQUOTE-quoted (RFC 5545 3.2: QSAFE-CHAR), so `;`, `:` and `,`
    /// may stay; DQUOTE cannot appear inside and is dropped, and every control character
    /// (line breaks included) becomes one space, so a name can never end the line.
    static func parameterText(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isControl(scalar) || scalar == "\t" {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar == "\"" { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// The address part of a mailto: URI: controls, white space and the characters that would
    /// end the value or add a second recipient (DQUOTE, `;`, `:`, `,`, `<`, `>`, `\`) are
    /// removed; nil when nothing usable is left.
    static func mailbox(_ email: String?) -> String? {
        guard let email else { return nil }
        var out = String.UnicodeScalarView()
        for scalar in email.unicodeScalars where !isControl(scalar) && !scalar.properties.isWhitespace && !"\";:,<>\\".unicodeScalars.contains(scalar) {
            out.append(scalar)
        }
        return out.isEmpty ? nil : String(out)
    }

    /// C0 controls (TAB included), DEL and the C1 controls (NEL U+0085 is a line break to some readers).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    func localStamp(_ instant: Int64, _ rules: ZoneRules) -> String {
        ICalendarWriter.basicStamp(instant + Int64(rules.utcOffset(at: instant)))
    }

    /// VTIMEZONE with one STANDARD or DAYLIGHT part per clock change in the span, plus the
    /// rule in force at its start, so readers never need their own (possibly older) tz data.
    public static func timezone(_ zone: TimeZoneName, from: Int64, to: Int64) -> [String] {
        guard let rules = zone.rules else { return [] }
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        let initial = rules.type(at: from)
        // The state before the span, as a part that starts at the span's start.
        let opening = ZoneRules.Change(instant: from, offsetBefore: initial.utcOffset, after: initial)
        for change in [opening] + rules.changes(from: from, to: to) {
            let kind = change.after.isDST ? "DAYLIGHT" : "STANDARD"
            lines += [
                "BEGIN:\(kind)",
                "DTSTART:\(basicStamp(change.instant + Int64(change.offsetBefore)))",
                "TZOFFSETFROM:\(offsetText(change.offsetBefore))",
                "TZOFFSETTO:\(offsetText(change.after.utcOffset))",
                "TZNAME:\(escape(change.after.abbreviation))",
                "END:\(kind)",
            ]
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    /// "+0530", "-0400" (seconds kept when a historical offset has them).
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let s = abs(seconds)
        var text = sign + two(s / 3600) + two(s % 3600 / 60)
        if s % 60 != 0 { text += two(s % 60) }
        return text
    }

    /// 20261201T140000 for a local reading given as seconds since 1970 on the local clock.
    static func basicStamp(_ local: Int64) -> String {
        let days = floorDiv(local, 86400)
        let date = CivilDate(days: Int(days))
        let sec = Int(local - days * 86400)
        return String(format: "%04d", date.year) + two(date.month) + two(date.day) + "T" + two(sec / 3600) + two(sec % 3600 / 60) + two(sec % 60)
    }

    static func utcStamp(_ instant: Int64) -> String { basicStamp(instant) + "Z" }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// TEXT escaping (RFC 5545 3.3.11), scalar by scalar: Swift reads "\r\n" as one Character
    /// that equals neither "\r" nor "\n", so a Character walk would let a CRLF through and
    /// start a property of the caller's choosing. Backslash, `;` and `,` are escaped; CR, LF and
    /// CRLF each become one `\n`; TAB stays; every other control character is removed.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append("\\"); out.append("\\")
            case ";": out.append("\\"); out.append(";")
            case ",": out.append("\\"); out.append(",")
            case "\r": out.append("\\"); out.append("n")
            case "\n": if !afterCR { out.append("\\"); out.append("n") }
            case "\t": out.append(scalar)
            default: if !isControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// Folds each line at 75 octets without splitting a UTF-8 sequence (a fold goes only
    /// before a scalar's first byte), joins with CRLF.
    static func serialize(_ lines: [String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 4 })
        for line in lines {
            var count = 0
            for scalar in line.unicodeScalars {
                let size = scalar.utf8.count
                if count + size > 75 {
                    out += [0x0D, 0x0A, 0x20]
                    count = 1
                }
                out.append(contentsOf: scalar.utf8)
                count += size
            }
            out += [0x0D, 0x0A]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
