import Foundation

/// Someone (or something, like a client's office) whose time a meeting takes.
public struct Participant: Sendable, Hashable {
    /// Stable key for ledgers: "person:<directory id>", "client:<id>", "zone:Asia/Manila 21:00-06:00".
    /// It never changes with a name or an e-mail, so the fairness history follows the person.
    public var key: String
    public var name: String
    public var schedule: WorkSchedule
    /// Times already taken (booked meetings), in UTC seconds: never offered, even when
    /// holidays are forced, since nobody can attend two meetings at once.
    public var busy: [Range<Int64>]
    /// Where an invitation goes (a person from the directory); nil for zones and clients.
    public var email: String?

    public init(key: String, name: String, schedule: WorkSchedule, busy: [Range<Int64>] = [], email: String? = nil) {
        self.key = key
        self.name = name
        self.schedule = schedule
        self.busy = busy
        self.email = email
    }

    /// "Bengaluru" style place name from the zone.
    public var place: String { schedule.zone.city }

    /// "Priya in Bengaluru", or just "New York" for a participant named after its city.
    public var displayName: String { name == place ? name : "\(name) in \(place)" }
}

public struct MeetingRequest: Sendable {
    public var participants: [Participant]
    public var durationMinutes: Int
    /// First day of the window, on the organizer's calendar (the first participant).
    public var from: CivilDate
    public var days: Int
    public var stepMinutes: Int
    /// Allow slots on someone's holiday or day off (still costly, never free).
    public var forceHolidays: Bool
    /// A narrower window inside the days, in the organizer's local minutes from the first
    /// day's midnight: "between 09:00 and 12:00 on 1 December" is 540..<720.
    public var windowMinutes: Range<Int>?
    /// No slot may start before this instant (UTC seconds): a meeting cannot be booked into
    /// the past. nil for the command line's "what if" plans.
    public var notBefore: Int64?

    public init(participants: [Participant], durationMinutes: Int, from: CivilDate, days: Int, stepMinutes: Int = 15, forceHolidays: Bool = false) {
        self.participants = participants
        self.durationMinutes = durationMinutes
        self.from = from
        self.days = days
        self.stepMinutes = stepMinutes
        self.forceHolidays = forceHolidays
    }

    public var organizer: Participant? { participants.first }
}

public enum PlannerError: Error, Equatable, Sendable, CustomStringConvertible {
    case noParticipants
    case badDuration(Int)
    case badStep(Int)
    case badDays(Int)
    case windowShorterThanMeeting(windowMinutes: Int, meetingMinutes: Int)
    case zoneDataMissing(String)

    public var description: String {
        switch self {
        case .noParticipants: "a meeting needs at least one participant"
        case .badDuration(let m): "the duration must be between 5 minutes and 12 hours, not \(m) minutes"
        case .badStep(let m): "the step must be 5, 10, 15, 20, 30 or 60 minutes, not \(m)"
        case .badDays(let d): "the window must be 1 to 366 days long, not \(d)"
        case .windowShorterThanMeeting(let w, let m): "the window (\(durationText(minutes: w))) is shorter than the meeting (\(durationText(minutes: m)))"
        case .zoneDataMissing(let zone): "no time zone data for \(zone)"
        }
    }
}

/// One participant at one proposed slot.
public struct Attendance: Sendable {
    public var participant: Int
    /// Local wall-clock start for them.
    public var localStart: LocalTime
    /// The worst moment of the meeting for them.
    public var availability: Availability
    public var cost: Int
    /// Set for holidays: which one.
    public var holidayName: String?
    /// For early/late: minutes from the shift edge; for others nil.
    public var minutesFromShift: Int?
}

/// A candidate meeting time with what it costs each participant.
public struct RankedSlot: Sendable {
    /// Start, seconds since 1970 UTC.
    public var start: Int64
    public var end: Int64
    /// The highest single inconvenience, which ranks first.
    public var worst: Int
    public var total: Int
    public var attendance: [Attendance]
    /// One sentence per inconvenienced participant, worst first; empty when the slot is free.
    public var explanations: [String]

    public var isFree: Bool { worst == 0 }
}

/// Ranks meeting slots so that nobody pays a big price when everyone could pay a small one.
///
/// Each participant's availability is painted once on their local clock (`Timeline`), then
/// read for every UTC block of the window through their zone's offsets; a slot costs each
/// participant the worst block it covers. Slots rank by the worst participant's cost, then by
/// the sum, then by time.
public struct MeetingPlanner: Sendable {
    public let request: MeetingRequest
    let windowStart: Int64
    let windowEnd: Int64
    let block: Int
    /// Per participant: the cost and availability of each UTC block from `windowStart`.
    let costs: [[UInt16]]
    let states: [[Availability]]
    /// Participants with the same schedule share one cost array; scoring walks each distinct
    /// array once and counts it as many times as it has people (teams share shifts).
    let distinctCosts: [(cost: [UInt16], people: Int)]

    public init(_ request: MeetingRequest) throws(PlannerError) {
        guard let organizer = request.organizer else { throw .noParticipants }
        guard (5...720).contains(request.durationMinutes) else { throw .badDuration(request.durationMinutes) }
        guard [5, 10, 15, 20, 30, 60].contains(request.stepMinutes) else { throw .badStep(request.stepMinutes) }
        guard (1...366).contains(request.days) else { throw .badDays(request.days) }
        // A narrower window never reaches outside the days: a start past the last day or
        // before the first leaves less (or nothing) to search instead of a window of any size.
        let days = 0..<(request.days * 1440)
        let window = request.windowMinutes?.clamped(to: days) ?? days
        guard window.count >= request.durationMinutes else {
            throw .windowShorterThanMeeting(windowMinutes: window.count, meetingMinutes: request.durationMinutes)
        }
        self.request = request
        guard let organizerRules = organizer.schedule.zone.rules else { throw .zoneDataMissing(organizer.schedule.zone.identifier) }
        windowStart = organizerRules.resolve(local: (Int64(request.from.days) * 1440 + Int64(window.lowerBound)) * 60).instant
        windowEnd = organizerRules.resolve(local: (Int64(request.from.days) * 1440 + Int64(window.upperBound)) * 60).instant

        // Blocks as coarse as every boundary allows: 15 minutes unless a shift, the step or the
        // duration needs finer (every zone offset in use today is a multiple of 15 minutes).
        var b = gcd(15, gcd(request.stepMinutes, request.durationMinutes))
        for p in request.participants {
            for list in p.schedule.hours.ranges.values { for r in list { b = gcd(b, gcd(r.start.minutes, r.end.minutes)) } }
        }
        block = max(b, 1)

        // A window inside a spring-forward gap can end before it starts on the UTC clock.
        let blockCount = max(0, Int(windowEnd - windowStart) / 60 / block)
        var costs: [[UInt16]] = []
        var states: [[Availability]] = []
        var zoneChanges: [String: [ZoneRules.Change]] = [:]
        var bySchedule: [WorkSchedule: (participant: Int, distinct: Int)] = [:]
        var distinct: [(cost: [UInt16], people: Int)] = []
        for p in request.participants {
            if p.busy.isEmpty, let known = bySchedule[p.schedule] {
                costs.append(costs[known.participant])
                states.append(states[known.participant])
                distinct[known.distinct].people += 1
                continue
            }
            guard let rules = p.schedule.zone.rules else { throw .zoneDataMissing(p.schedule.zone.identifier) }
            let changes = zoneChanges[rules.name] ?? rules.changes(from: windowStart, to: windowEnd)
            zoneChanges[rules.name] = changes
            var offset = rules.utcOffset(at: windowStart)
            let firstLocalDay = Int(floorDiv(windowStart + Int64(offset) - 86400, 86400))
            let lastLocalDay = Int(floorDiv(windowEnd + 50_400 + 86400, 86400))
            let timeline = Timeline(schedule: p.schedule, firstDay: firstLocalDay, lastDay: lastLocalDay, block: block, forceHolidays: request.forceHolidays)
            // Between clock changes a UTC block maps to a fixed local block, so each stretch is
            // one contiguous copy from the timeline.
            var cost = [UInt16](repeating: 0, count: blockCount)
            var state = [Availability](repeating: .working, count: blockCount)
            var i = 0
            var nextChange = 0
            while i < blockCount {
                let utc = windowStart + Int64(i * block * 60)
                while nextChange < changes.count, changes[nextChange].instant <= utc {
                    offset = changes[nextChange].after.utcOffset
                    nextChange += 1
                }
                var stretchEnd = blockCount
                if nextChange < changes.count {
                    stretchEnd = min(blockCount, Int((changes[nextChange].instant - windowStart + Int64(block * 60) - 1) / Int64(block * 60)))
                }
                stretchEnd = max(stretchEnd, i + 1)
                let localMinute = Int(floorDiv(utc + Int64(offset), 60))
                let first = (localMinute - timeline.firstMinute) / block
                let n = stretchEnd - i
                cost.replaceSubrange(i..<stretchEnd, with: timeline.cost[first..<(first + n)])
                state.replaceSubrange(i..<stretchEnd, with: timeline.status[first..<(first + n)])
                i = stretchEnd
            }
            let blockSeconds = Int64(block * 60)
            for taken in p.busy where taken.upperBound > windowStart && taken.lowerBound < windowEnd {
                let first = Int(max(0, (taken.lowerBound - windowStart) / blockSeconds))
                let last = Int(min(Int64(blockCount), (taken.upperBound - windowStart + blockSeconds - 1) / blockSeconds))
                for i in first..<max(first, last) { cost[i] = Cost.ruledOut; state[i] = .busy }
            }
            if p.busy.isEmpty { bySchedule[p.schedule] = (costs.count, distinct.count) }
            costs.append(cost)
            states.append(state)
            distinct.append((cost, 1))
        }
        self.costs = costs
        self.states = states
        distinctCosts = distinct
    }

    /// Every slot start in the window, as block indexes.
    var slotStarts: StrideTo<Int> {
        let blocksPerMeeting = request.durationMinutes / block
        let blockCount = costs.first?.count ?? 0
        return stride(from: 0, to: max(0, blockCount - blocksPerMeeting + 1), by: request.stepMinutes / block)
    }

    /// Worst and total cost for every slot start, without explanations (the fast path).
    func scores() -> (starts: [Int], worst: [Int], total: [Int]) {
        let starts = Array(slotStarts)
        let k = request.durationMinutes / block
        var worst = [Int](repeating: 0, count: starts.count)
        var total = [Int](repeating: 0, count: starts.count)
        if let notBefore = request.notBefore {
            for (j, s) in starts.enumerated() where windowStart + Int64(s * block * 60) < notBefore { worst[j] = Int(Cost.ruledOut) }
        }
        for (cost, people) in distinctCosts {
            cost.withUnsafeBufferPointer { c in
                for (j, s) in starts.enumerated() {
                    var m: UInt16 = 0
                    for i in s..<(s + k) where c[i] > m { m = c[i] }
                    let v = Int(m)
                    if v > worst[j] { worst[j] = v }
                    total[j] += v * people
                }
            }
        }
        return (starts, worst, total)
    }

    /// The best `limit` slots, best first. Slots touching a holiday or day off are left out
    /// unless the request forces them.
    public func rank(limit: Int = 10) -> [RankedSlot] {
        let (starts, worst, total) = scores()
        var order = Array(starts.indices).filter { worst[$0] < Int(Cost.ruledOut) }
        order.sort { (worst[$0], total[$0], $0) < (worst[$1], total[$1], $1) }
        return order.prefix(max(0, limit)).map { slot(startingAtBlock: starts[$0]) }
    }

    /// A participant's availability at an instant inside the window (nil outside it).
    public func availability(of participant: Int, at instant: Int64) -> Availability? {
        let index = Int(instant - windowStart) / 60 / block
        guard instant >= windowStart, index < states[participant].count else { return nil }
        return states[participant][index]
    }

    /// How many candidate slots the window holds, and how many are ruled out.
    public func counts() -> (candidates: Int, ruledOut: Int) {
        let (_, worst, _) = scores()
        return (worst.count, worst.filter { $0 >= Int(Cost.ruledOut) }.count)
    }

    /// The candidate slot starting at an instant, or nil when the window has no slot there
    /// (booking checks a posted start this way instead of trusting it). Ruled-out slots are
    /// nil unless holidays are forced.
    public func slot(startingAt instant: Int64) -> RankedSlot? {
        let offset = instant - windowStart
        guard offset >= 0, offset % Int64(block * 60) == 0 else { return nil }
        let s = Int(offset / Int64(block * 60))
        guard slotStarts.contains(s) else { return nil }
        if let notBefore = request.notBefore, instant < notBefore { return nil }
        let found = slot(startingAtBlock: s)
        return found.worst >= Int(Cost.ruledOut) ? nil : found
    }

    /// The slot at a given block, with every participant's local time and explanations.
    func slot(startingAtBlock s: Int) -> RankedSlot {
        let k = request.durationMinutes / block
        let start = windowStart + Int64(s * block * 60)
        var attendance: [Attendance] = []
        for (p, cost) in costs.enumerated() {
            var worstIndex = s
            for i in s..<(s + k) where cost[i] > cost[worstIndex] { worstIndex = i }
            let participant = request.participants[p]
            let momentStart = windowStart + Int64(worstIndex * block * 60)
            let state = states[p][worstIndex]
            let local = LocalTime(Date(timeIntervalSince1970: Double(momentStart)), in: participant.schedule.zone)
            var holiday: String?
            if state == .holiday { holiday = participant.schedule.holidayName(on: CivilDate(year: local.year, month: local.month, day: local.day)) }
            attendance.append(Attendance(
                participant: p,
                localStart: LocalTime(Date(timeIntervalSince1970: Double(start)), in: participant.schedule.zone),
                availability: state,
                cost: Int(cost[worstIndex]),
                holidayName: holiday,
                minutesFromShift: state == .early || state == .late ? minutesFromShift(participant.schedule, at: momentStart, early: state == .early) : nil))
        }
        let worst = attendance.map(\.cost).max() ?? 0
        let total = attendance.map(\.cost).reduce(0, +)
        return RankedSlot(start: start, end: start + Int64(request.durationMinutes * 60), worst: worst, total: total,
                          attendance: attendance, explanations: Explanation.sentences(for: attendance, in: request))
    }

    /// Minutes between a moment and the nearest shift start (early) or end (late).
    func minutesFromShift(_ schedule: WorkSchedule, at instant: Int64, early: Bool) -> Int? {
        let local = LocalTime(Date(timeIntervalSince1970: Double(instant)), in: schedule.zone)
        let day = CivilDate(year: local.year, month: local.month, day: local.day).days
        let minute = day * 1440 + local.minuteOfDay
        var best: Int?
        for d in (day - 1)...(day + 1) {
            for r in schedule.hours.ranges(on: CivilDate(days: d).weekday) {
                let edge = d * 1440 + r.start.minutes + (early ? 0 : r.minutes)
                let gap = early ? edge - minute : minute - edge + block
                if gap > 0, gap <= 120 + block, gap < (best ?? .max) { best = gap }
            }
        }
        return best
    }
}

func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
