import Foundation

public enum Recurrence: String, Sendable, CaseIterable {
    case weekly
    case biweekly
    case monthly

    /// Accepts "weekly", "biweekly", "every-2-weeks", "fortnightly", "monthly".
    public init?(text: String) {
        switch text.lowercased() {
        case "weekly", "week": self = .weekly
        case "biweekly", "every-2-weeks", "every 2 weeks", "fortnightly": self = .biweekly
        case "monthly", "month": self = .monthly
        default: return nil
        }
    }
}

/// Who took how much inconvenience in a team's meetings, carried from one series to the next.
public struct FairnessLedger: Sendable, Equatable, Codable {
    /// Running total of inconvenience per participant key.
    public var burden: [String: Int] = [:]
    /// How many meetings fell outside someone's working hours (early, late or worse).
    public var inconvenientMeetings: [String: Int] = [:]
    /// How many meetings fell in someone's sleep hours, weekend or holiday.
    public var hardMeetings: [String: Int] = [:]

    public init() {}

    public mutating func record(_ key: String, cost: Int, availability: Availability) {
        burden[key, default: 0] += cost
        if availability != .working { inconvenientMeetings[key, default: 0] += 1 }
        if availability >= .weekend { hardMeetings[key, default: 0] += 1 }
    }
}

public struct SeriesRequest: Sendable {
    public var meeting: MeetingRequest
    public var recurrence: Recurrence
    public var count: Int?
    public var until: CivilDate?
    /// Spread inconvenience by moving occurrences; off keeps the organizer's local time.
    public var rotate: Bool
    public var ledger: FairnessLedger

    /// `meeting.from` is the first occurrence's date; `meeting.days` is ignored.
    public init(meeting: MeetingRequest, recurrence: Recurrence, count: Int? = nil, until: CivilDate? = nil, rotate: Bool = true, ledger: FairnessLedger = FairnessLedger()) {
        self.meeting = meeting
        self.recurrence = recurrence
        self.count = count
        self.until = until
        self.rotate = rotate
        self.ledger = ledger
    }
}

public enum SeriesError: Error, Equatable, Sendable, CustomStringConvertible {
    case noOccurrences
    case tooManyOccurrences(Int)
    case monthlyDayTooLate(Int)
    case planner(PlannerError)
    case noSlot(CivilDate)

    public var description: String {
        switch self {
        case .noOccurrences: "the series has no occurrences: give --count of at least 1 or an end date after the first day"
        case .tooManyOccurrences(let n): "a series can have at most \(SeriesPlanner.maxOccurrences) occurrences, not \(n)"
        case .monthlyDayTooLate(let d): "a monthly series must start on day 1 to 28 of the month (day \(d) does not exist in every month)"
        case .planner(let e): e.description
        case .noSlot(let day): "every slot on \(day) falls on someone's holiday or day off"
        }
    }
}

public struct Occurrence: Sendable {
    public var date: CivilDate
    public var slot: RankedSlot
    /// The organizer's local start, which stays put unless rotation moves it.
    public var organizerTime: ClockTime
    public var isMoved: Bool
}

public struct SeriesPlan: Sendable {
    public var request: SeriesRequest
    public var baseTime: ClockTime
    public var occurrences: [Occurrence]
    /// Dates with no possible slot (everyone's day would touch someone's holiday or day off),
    /// with the reason; calendars get them as EXDATE.
    public var skipped: [(date: CivilDate, reason: String)]
    /// Every date of the series, held or skipped.
    public var dates: [CivilDate]
    /// The ledger after this series (the request's ledger plus these meetings).
    public var ledger: FairnessLedger
}

/// Plans each occurrence of a recurring meeting.
///
/// The first occurrence's best slot sets the organizer's usual local time. With rotation, each
/// occurrence then takes the slot that keeps the largest running total of inconvenience as
/// small as possible (ties: the smaller sum, then the usual time), so the same person does not
/// take the 2 a.m. call every week. Without rotation the usual local time holds across
/// daylight-saving changes.
public enum SeriesPlanner {
    /// How much worse than the day's best slot (for the worst-off person) rotation may go.
    static let tolerance = 30
    /// Ten years of weekly meetings.
    public static let maxOccurrences = 520

    public static func dates(_ request: SeriesRequest) throws(SeriesError) -> [CivilDate] {
        let first = request.meeting.from
        if request.recurrence == .monthly, first.day > 28 { throw .monthlyDayTooLate(first.day) }
        if let count = request.count, count > maxOccurrences { throw .tooManyOccurrences(count) }
        if let count = request.count, count < 1 { throw .noOccurrences }
        var result: [CivilDate] = []
        var i = 0
        while true {
            let date: CivilDate
            switch request.recurrence {
            case .weekly: date = first.adding(days: 7 * i)
            case .biweekly: date = first.adding(days: 14 * i)
            case .monthly:
                let months = first.month - 1 + i
                date = CivilDate(year: first.year + months / 12, month: months % 12 + 1, day: first.day)
            }
            if let count = request.count, result.count >= count { break }
            if let until = request.until, date > until { break }
            if request.count == nil && request.until == nil { break }
            if result.count >= maxOccurrences { throw .tooManyOccurrences(result.count + 1) }
            result.append(date)
            i += 1
        }
        guard !result.isEmpty else { throw .noOccurrences }
        return result
    }

    public static func plan(_ request: SeriesRequest) throws(SeriesError) -> SeriesPlan {
        let dates = try dates(request)
        var ledger = request.ledger
        var occurrences: [Occurrence] = []
        var baseTime: ClockTime?
        var skipped: [(date: CivilDate, reason: String)] = []
        // Running totals by participant index, seeded from the carried-over ledger.
        var burden = request.meeting.participants.map { request.ledger.burden[$0.key, default: 0] }
        for date in dates {
            var day = request.meeting
            day.from = date
            day.days = 1
            let planner: MeetingPlanner
            do { planner = try MeetingPlanner(day) } catch { throw .planner(error) }
            let starts = Array(planner.slotStarts)
            let k = request.meeting.durationMinutes / planner.block
            let people = planner.costs.count
            // Each participant's cost of each slot (the worst block it covers), the slot's
            // worst and total, computed once: the choice below compares them many times.
            var slotCosts = [[Int]](repeating: [Int](repeating: 0, count: starts.count), count: people)
            var worst = [Int](repeating: 0, count: starts.count)
            var total = [Int](repeating: 0, count: starts.count)
            for (p, cost) in planner.costs.enumerated() {
                for (j, s) in starts.enumerated() {
                    var m: UInt16 = 0
                    for i in s..<(s + k) where cost[i] > m { m = cost[i] }
                    let v = Int(m)
                    slotCosts[p][j] = v
                    if v > worst[j] { worst[j] = v }
                    total[j] += v
                }
            }
            let possible = starts.indices.filter { worst[$0] < Int(Cost.ruledOut) }
            guard let bestWorst = possible.map({ worst[$0] }).min() else {
                skipped.append((date, reasonForSkipping(planner)))
                continue
            }
            // Rotation may hand the pain around, but never make the worst-off person's slot much
            // worse than the day's best: otherwise "fair" would mean two people up at night
            // instead of one person a little late.
            let allowed = possible.filter { worst[$0] <= bestWorst + SeriesPlanner.tolerance }
            let zone = request.meeting.participants[0].schedule.zone
            let organizerMinute = starts.map { s in
                LocalTime(secondsSince1970: planner.windowStart + Int64(s * planner.block * 60), in: zone).minuteOfDay
            }
            let chosen: Int
            if let base = baseTime {
                let distance = organizerMinute.map { min(abs($0 - base.minutes), 1440 - abs($0 - base.minutes)) }
                if request.rotate {
                    var peak = [Int](repeating: 0, count: starts.count)
                    for p in 0..<people {
                        let carried = burden[p]
                        for j in allowed where carried + slotCosts[p][j] > peak[j] { peak[j] = carried + slotCosts[p][j] }
                    }
                    chosen = allowed.min { (peak[$0], total[$0], distance[$0], $0) < (peak[$1], total[$1], distance[$1], $1) }!
                } else {
                    chosen = allowed.min { (distance[$0], worst[$0], $0) < (distance[$1], worst[$1], $1) }!
                }
            } else {
                chosen = allowed.min { (worst[$0], total[$0], $0) < (worst[$1], total[$1], $1) }!
                baseTime = ClockTime(minutes: organizerMinute[chosen])
            }
            let slot = planner.slot(startingAtBlock: starts[chosen])
            for a in slot.attendance {
                ledger.record(request.meeting.participants[a.participant].key, cost: a.cost, availability: a.availability)
                burden[a.participant] += a.cost
            }
            let time = ClockTime(minutes: organizerMinute[chosen])!
            occurrences.append(Occurrence(date: date, slot: slot, organizerTime: time, isMoved: time != baseTime))
        }
        guard let baseTime else { throw .noSlot(dates[0]) }
        return SeriesPlan(request: request, baseTime: baseTime, occurrences: occurrences, skipped: skipped, dates: dates, ledger: ledger)
    }

    /// "Republic Day for Priya" from the first participant whose whole day is ruled out.
    static func reasonForSkipping(_ planner: MeetingPlanner) -> String {
        guard planner.slotStarts.contains(0) else { return "the window that day is shorter than the meeting" }
        let slot = planner.slot(startingAtBlock: 0)
        let names = slot.attendance.filter { $0.availability.isRuledOut }.map { a in
            let p = planner.request.participants[a.participant]
            return (a.holidayName ?? a.availability.label) + " for " + p.displayName
        }
        return names.isEmpty ? "no slot avoids holidays and days off" : names.joined(separator: ", ")
    }
}
