/// Everything needed to turn instants into local times and back for one zone.
public struct ZoneRules: Sendable {
    public let name: String
    let tzif: TZif

    public init(name: String, tzif: TZif) {
        self.name = name
        self.tzif = tzif
    }

    /// The local time type at `instant` (seconds since 1970, UTC): the listed transitions
    /// first, the footer's rule after the last one.
    public func type(at instant: Int64) -> TZif.LocalTimeType {
        let transitions = tzif.transitions
        guard let last = transitions.last else {
            return tzif.footer?.type(at: instant) ?? tzif.types[0]
        }
        if instant >= last, let footer = tzif.footer {
            return footer.type(at: instant)
        }
        guard instant >= transitions[0] else { return typeBeforeFirstTransition }
        // Binary search for the last transition at or before the instant.
        var low = 0, high = transitions.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if transitions[mid] <= instant { low = mid } else { high = mid - 1 }
        }
        return tzif.types[tzif.transitionTypes[low]]
    }

    public func utcOffset(at instant: Int64) -> Int { type(at: instant).utcOffset }

    /// Before the first transition, the first standard-time type applies (as in Python's
    /// zoneinfo), or the first type when all are daylight time.
    var typeBeforeFirstTransition: TZif.LocalTimeType {
        tzif.types.first { !$0.isDST } ?? tzif.types[0]
    }

    /// How a wall-clock time maps to instants: once, twice (the hour repeated when clocks go
    /// back) or never (the hour skipped when clocks go forward).
    public enum Resolution: Sendable, Equatable {
        case unique(Int64)
        /// Both instants, earlier first.
        case ambiguous(earlier: Int64, later: Int64)
        /// The instant Python's zoneinfo gives with fold=0 (the offset before the change), and
        /// the length of the gap in seconds.
        case skipped(Int64, gap: Int)

        /// The instant chosen the way zoneinfo does with fold=0.
        public var instant: Int64 {
            switch self {
            case .unique(let t), .skipped(let t, _): t
            case .ambiguous(let earlier, _): earlier
            }
        }
    }

    /// Resolves a wall-clock time, given as seconds since 1970-01-01 00:00 on the local clock.
    public func resolve(local: Int64) -> Resolution {
        // Offsets that could apply near this wall time (a day either side covers every zone's
        // largest offset and any single change).
        var candidates: [Int] = []
        for probe in [local - 129_600, local - 64_800, local, local + 64_800, local + 129_600] {
            let offset = utcOffset(at: probe)
            if !candidates.contains(offset) { candidates.append(offset) }
        }
        let valid = candidates.filter { utcOffset(at: local - Int64($0)) == $0 }.sorted(by: >)
        if valid.count >= 2 {
            return .ambiguous(earlier: local - Int64(valid[0]), later: local - Int64(valid[valid.count - 1]))
        }
        if let only = valid.first { return .unique(local - Int64(only)) }
        // In a gap every candidate points at the other side; the offset in force before the
        // change is the one just before the instant the larger offset would give.
        let larger = candidates.max() ?? 0
        let before = utcOffset(at: local - Int64(larger))
        let after = candidates.filter { $0 != before }.max() ?? larger
        return .skipped(local - Int64(before), gap: after - before)
    }
}
