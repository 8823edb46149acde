/// Where a participant stands at a moment of a proposed meeting, worst first in cost.
public enum Availability: UInt8, Sendable, Comparable, CaseIterable {
    case working
    /// Up to two hours before the shift starts.
    case early
    /// Up to two hours after the shift ends.
    case late
    /// Awake but outside working hours.
    case offShift
    case weekend
    /// The eight hours of sleep before the next shift (with two hours to get ready).
    case night
    case holiday
    case dayOff
    /// In another meeting already booked.
    case busy

    public static func < (a: Availability, b: Availability) -> Bool { a.rawValue < b.rawValue }

    /// The page's word for this moment, from the one vocabulary (`WorkStatus`); only "in
    /// another meeting" belongs to the planner alone.
    public var label: String { self == .busy ? "in another meeting" : WorkStatus(self).label }

    /// A stable name for storage ("offShift"), independent of the raw value's order.
    public var code: String { String(describing: self) }

    public init?(code: String) {
        guard let found = Availability.allCases.first(where: { $0.code == code }) else { return nil }
        self = found
    }

    /// Holidays and days off are ruled out unless the organizer forces them.
    public var isRuledOut: Bool { self == .holiday || self == .dayOff || self == .busy }
}

/// The inconvenience scale: free inside a shift, a little at its edges, a lot at night, and
/// prohibitive on a holiday. Non-linear on purpose: a 2 a.m. call is far worse than two 8 a.m.
/// calls, so the planner prefers spreading small costs over concentrating a big one.
enum Cost {
    static let working: UInt16 = 0
    /// Shoulder hours: 10 right at the shift edge, rising to 30 two hours away.
    static func shoulder(minutesAway: Int) -> UInt16 { UInt16(10 + 20 * min(max(minutesAway, 0), 120) / 120) }
    static let offShift: UInt16 = 40
    static let weekend: UInt16 = 50
    /// Sleep hours: 60 at their edges, 100 in the middle of the night; +10 on a weekend.
    static func night(closenessToMiddle: Double, weekend: Bool) -> UInt16 {
        UInt16(60 + 40 * max(0, min(1, closenessToMiddle))) + (weekend ? 10 : 0)
    }
    static let forcedHoliday: UInt16 = 150
    static let ruledOut: UInt16 = 1000
}
