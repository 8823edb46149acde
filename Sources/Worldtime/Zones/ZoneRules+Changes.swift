extension ZoneRules {
    /// A change of a zone's clock: daylight saving starting or ending, or a new standard offset.
    public struct Change: Sendable, Equatable {
        /// Seconds since 1970 (UTC) when the new offset starts.
        public let instant: Int64
        public let offsetBefore: Int
        public let after: TZif.LocalTimeType
    }

    /// Every clock change in `from..<to` (UTC seconds), in order.
    ///
    /// Probes every six hours and bisects to the second where the type differs: simpler than
    /// merging the transition table with the footer rule, and exact because no zone has changed
    /// its clock twice within six hours.
    public func changes(from: Int64, to: Int64) -> [Change] {
        var result: [Change] = []
        var t = from
        var current = type(at: t)
        while t < to {
            let next = min(t + 21_600, to)
            let probe = type(at: next)
            if probe != current {
                var low = t, high = next // type(low) == current, type(high) != current
                while high - low > 1 {
                    let mid = low + (high - low) / 2
                    if type(at: mid) == current { low = mid } else { high = mid }
                }
                if high < to { result.append(Change(instant: high, offsetBefore: current.utcOffset, after: type(at: high))) }
                current = type(at: high)
                t = high
                continue
            }
            t = next
        }
        return result
    }
}
