import Foundation
import Worldtime

/// Tables and JSON for `crosswise meet`.
enum MeetOutput {
    static func table(_ request: MeetingRequest, _ ranked: [RankedSlot], _ counts: (candidates: Int, ruledOut: Int)) -> String {
        let organizer = request.participants[0]
        var out = "\(durationText(minutes: request.durationMinutes)) meeting, \(request.days) day(s) from \(request.from) on \(organizer.name)'s calendar (\(organizer.schedule.zone)); "
        out += "\(request.participants.count) participant(s), \(counts.candidates) candidate slots"
        out += counts.ruledOut > 0 ? ", \(counts.ruledOut) ruled out by holidays or days off.\n" : ".\n"
        let nameWidth = min(28, request.participants.map { $0.name.count + $0.place.count + 3 }.max() ?? 10)
        for (i, slot) in ranked.enumerated() {
            let first = slot.attendance[0].localStart
            out += "\n#\(i + 1)  \(first.dayText) \(first.clockText) \(organizer.place) (\(utcClock(slot.start)) UTC)   worst \(slot.worst), total \(slot.total)\n"
            for a in slot.attendance {
                let p = request.participants[a.participant]
                let who = (p.name == p.place ? p.name : "\(p.name) (\(p.place))").padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                out += "    \(who)  \(a.localStart.weekday.shortName) \(a.localStart.clockText)  \(a.availability.label)\n"
            }
            out += slot.explanations.isEmpty ? "    Everyone is within working hours.\n" : slot.explanations.map { "    · \($0)\n" }.joined()
        }
        if ranked.isEmpty { out += "\nNo slot avoids everyone's holidays and days off.\n" }
        return out
    }

    static func seriesTable(_ plan: SeriesPlan) -> String {
        let request = plan.request.meeting
        let organizer = request.participants[0]
        var out = "\(plan.occurrences.count) × \(durationText(minutes: request.durationMinutes)), \(plan.request.recurrence.rawValue), usually \(plan.baseTime.text) for \(organizer.name) (\(organizer.schedule.zone))"
        out += plan.request.rotate ? "; rotated to share the inconvenience.\n\n" : "; same local time every time.\n\n"
        for (i, o) in plan.occurrences.enumerated() {
            let marker = o.isMoved ? "moved" : "     "
            let pain = o.slot.explanations.isEmpty ? "everyone within working hours" : o.slot.explanations.joined(separator: "; ")
            out += String(format: "%3d  ", i + 1) + "\(o.date) \(o.organizerTime.text) \(marker)  \(pain)\n"
        }
        for skip in plan.skipped { out += "skip \(skip.date)        \(skip.reason)\n" }
        out += "\nFairness ledger (running total of inconvenience; meetings outside hours; nights, weekends, holidays):\n"
        for p in request.participants {
            out += "    " + (p.name == p.place ? p.name : "\(p.name) (\(p.place))").padding(toLength: 30, withPad: " ", startingAt: 0)
            out += "\(plan.ledger.burden[p.key, default: 0])".padding(toLength: 8, withPad: " ", startingAt: 0)
            out += "\(plan.ledger.inconvenientMeetings[p.key, default: 0])".padding(toLength: 6, withPad: " ", startingAt: 0)
            out += "\(plan.ledger.hardMeetings[p.key, default: 0])\n"
        }
        return out
    }

    static func utcClock(_ instant: Int64) -> String {
        let m = Int(((instant % 86400) + 86400) % 86400) / 60
        return ClockTime(minutes: m)!.text
    }

    static func iso(_ instant: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(instant)))
    }

    struct SlotJSON: Encodable {
        struct Person: Encodable {
            var name: String; var zone: String; var localStart: String; var status: String; var cost: Int
        }
        var start: String; var end: String; var worst: Int; var total: Int; var people: [Person]; var explanations: [String]
    }

    static func slotJSON(_ slot: RankedSlot, _ request: MeetingRequest) -> SlotJSON {
        SlotJSON(start: iso(slot.start), end: iso(slot.end), worst: slot.worst, total: slot.total, people: slot.attendance.map { a in
            let p = request.participants[a.participant]
            let l = a.localStart
            return .init(name: p.name, zone: p.schedule.zone.identifier,
                         localStart: "\(CivilDate(year: l.year, month: l.month, day: l.day))T\(l.clockText)", status: a.availability.label, cost: a.cost)
        }, explanations: slot.explanations)
    }

    struct SingleJSON: Encodable { var candidates: Int; var ruledOut: Int; var slots: [SlotJSON] }
    struct SeriesJSON: Encodable {
        struct Ledger: Encodable { var name: String; var burden: Int; var inconvenient: Int; var hard: Int }
        var recurrence: String; var baseTime: String; var rotate: Bool
        struct Skipped: Encodable { var date: String; var reason: String }
        var occurrences: [SlotJSON]; var moved: [Bool]; var skipped: [Skipped]; var ledger: [Ledger]
    }

    static func single(_ request: MeetingRequest, _ ranked: [RankedSlot], _ counts: (candidates: Int, ruledOut: Int)) -> SingleJSON {
        SingleJSON(candidates: counts.candidates, ruledOut: counts.ruledOut, slots: ranked.map { slotJSON($0, request) })
    }

    static func series(_ plan: SeriesPlan) -> SeriesJSON {
        let request = plan.request.meeting
        return SeriesJSON(recurrence: plan.request.recurrence.rawValue, baseTime: plan.baseTime.text, rotate: plan.request.rotate,
                          occurrences: plan.occurrences.map { slotJSON($0.slot, request) }, moved: plan.occurrences.map(\.isMoved),
                          skipped: plan.skipped.map { .init(date: $0.date.description, reason: $0.reason) },
                          ledger: request.participants.map { .init(name: $0.name, burden: plan.ledger.burden[$0.key, default: 0],
                                                                   inconvenient: plan.ledger.inconvenientMeetings[$0.key, default: 0],
                                                                   hard: plan.ledger.hardMeetings[$0.key, default: 0]) })
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
