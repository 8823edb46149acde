/// One participant's availability painted on their own local clock, block by block, over a run
/// of local days. Painting whole intervals (days, sleep, shifts, shoulders) costs a few hundred
/// array writes per day, far cheaper than classifying every block from scratch.
struct Timeline {
    /// Local minutes since 1970 (local midnight-aligned) of the first block.
    let firstMinute: Int
    let block: Int
    var cost: [UInt16]
    var status: [Availability]

    init(schedule: WorkSchedule, firstDay: Int, lastDay: Int, block: Int, forceHolidays: Bool) {
        self.block = block
        firstMinute = firstDay * 1440
        let perDay = 1440 / block
        let count = (lastDay - firstDay + 1) * perDay
        cost = Array(repeating: Cost.offShift, count: count)
        status = Array(repeating: .offShift, count: count)

        var kinds: [WorkSchedule.DayKind] = []
        var holidayYear = Int.min
        var holidays: [CivilDate: String] = [:]
        for day in firstDay...lastDay {
            let date = CivilDate(days: day)
            // One holiday-table read per year instead of one per day.
            if let region = schedule.holidayRegion, date.year != holidayYear {
                holidayYear = date.year
                holidays = HolidayCache.shared.names(region: region, year: date.year)
            }
            kinds.append(schedule.kind(of: date, publicHolidays: holidays))
        }

        // 1. Each day's base: weekend or holiday or plain off-shift time.
        for (i, kind) in kinds.enumerated() {
            let range = (i * perDay)..<((i + 1) * perDay)
            switch kind {
            case .workday: continue
            case .weekend: fill(range, Cost.weekend, .weekend)
            case .holiday: fill(range, forceHolidays ? Cost.forcedHoliday : Cost.ruledOut, .holiday)
            case .dayOff: fill(range, forceHolidays ? Cost.forcedHoliday : Cost.ruledOut, .dayOff)
            }
        }
        // 2. Sleep: eight hours ending two hours before that day's shift (or the usual one).
        let usual = schedule.usualStart
        for i in kinds.indices {
            let day = firstDay + i
            let start = schedule.hours.ranges(on: CivilDate(days: day).weekday).first?.start.minutes ?? usual
            let wake = day * 1440 + start - 120
            let sleep = wake - 480
            for b in blocks(from: sleep, to: wake, midpoint: true) where status[b] < .night {
                let mid = firstMinute + b * block + block / 2
                let closeness = 1 - abs(Double(mid - (sleep + 240))) / 240
                let onWeekend = status[b] == .weekend
                cost[b] = Cost.night(closenessToMiddle: closeness, weekend: onWeekend)
                status[b] = .night
            }
        }
        // 3. Shifts, and the shoulders either side of them. A shift belongs to the day it
        // starts, so no shift starts on a holiday or day off, but one may run into it.
        for (i, kind) in kinds.enumerated() where kind == .workday || kind == .weekend {
            let day = firstDay + i
            for range in schedule.hours.ranges(on: CivilDate(days: day).weekday) {
                let start = day * 1440 + range.start.minutes
                let end = start + range.minutes
                for b in blocks(from: start - 120, to: start, midpoint: true) where status[b] == .offShift {
                    cost[b] = Cost.shoulder(minutesAway: start - (firstMinute + b * block + block / 2))
                    status[b] = .early
                }
                for b in blocks(from: end, to: end + 120, midpoint: true) where status[b] == .offShift {
                    cost[b] = Cost.shoulder(minutesAway: (firstMinute + b * block + block / 2) - end)
                    status[b] = .late
                }
            }
        }
        for (i, kind) in kinds.enumerated() where kind == .workday || kind == .weekend {
            let day = firstDay + i
            for range in schedule.hours.ranges(on: CivilDate(days: day).weekday) {
                let start = day * 1440 + range.start.minutes
                // Only blocks wholly inside the shift count as working time.
                for b in blocks(from: start, to: start + range.minutes, midpoint: false) {
                    cost[b] = Cost.working
                    status[b] = .working
                }
            }
        }
    }

    private mutating func fill(_ range: Range<Int>, _ value: UInt16, _ state: Availability) {
        for b in range {
            cost[b] = value
            status[b] = state
        }
    }

    /// Block indexes for the local-minute interval `from..<to`, clipped to the timeline: blocks
    /// whose midpoint lies inside, or (midpoint: false) blocks wholly inside.
    private func blocks(from: Int, to: Int, midpoint: Bool) -> Range<Int> {
        let lo: Int, hi: Int
        if midpoint {
            lo = ceilDiv(from - firstMinute - block / 2, block)
            hi = ceilDiv(to - firstMinute - block / 2, block)
        } else {
            lo = ceilDiv(from - firstMinute, block)
            hi = (to - firstMinute - block) >= 0 ? (to - firstMinute - block) / block + 1 : 0
        }
        let a = max(0, lo), b = min(cost.count, hi)
        return a < b ? a..<b : 0..<0
    }
}

func ceilDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? (a + b - 1) / b : -((-a) / b) }
