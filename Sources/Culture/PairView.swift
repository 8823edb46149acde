/// Two countries side by side on every scale: an agent from `yours` serving a client from
/// `theirs`. Where the gap is wide, friction is likely, and the scripts for the widest gaps
/// say what to write or say.
public struct PairView: Sendable, Equatable {
    public let yours: CountryBrief
    public let theirs: CountryBrief
    /// In `CultureScale.allCases` order.
    public let rows: [Row]
    public let scripts: [PairScript]

    /// A gap of three steps or more on the nine-step scale is where we expect friction: one
    /// or two steps is within the spread between two colleagues from the same country, so a
    /// warning there would fire on nearly every pair and mean nothing; three is a third of
    /// the scale, wide enough that the same words are read differently on each side.
    public static let frictionGap = 3
    /// Every pair gets at least this many scripts, and at most `maxScripts`.
    public static let minScripts = 2
    public static let maxScripts = 4

    public struct Row: Sendable, Equatable {
        public let scale: CultureScale
        public let yours: Int
        public let theirs: Int
        public var gap: Int { abs(yours - theirs) }
        public var frictionLikely: Bool { gap >= PairView.frictionGap }
        /// Which pole the client leans to compared with you; with no gap, which half of the
        /// scale you both sit in (5, the middle, counts as the high half).
        public var theyLean: CultureScale.Pole {
            if theirs != yours { return theirs > yours ? .high : .low }
            return theirs >= 5 ? .high : .low
        }
    }

    public init(yours: CountryBrief, theirs: CountryBrief) {
        self.yours = yours
        self.theirs = theirs
        rows = CultureScale.allCases.map { Row(scale: $0, yours: yours.position($0), theirs: theirs.position($0)) }
        scripts = Self.chosenRows(rows).map { PairScript(row: $0, yours: yours, theirs: theirs) }
    }

    /// The rows the scripts are for: widest gaps first (ties in scale order), every friction
    /// row up to `maxScripts`, and at least `minScripts` even when the pair agrees everywhere.
    static func chosenRows(_ rows: [Row]) -> [Row] {
        let ranked = rows.enumerated().sorted { a, b in
            a.element.gap != b.element.gap ? a.element.gap > b.element.gap : a.offset < b.offset
        }.map(\.element)
        let friction = ranked.filter(\.frictionLikely).count
        return Array(ranked.prefix(min(max(friction, minScripts), maxScripts)))
    }

    /// One line per row: "They are softer with criticism than you (7 against 3)".
    public func summary(of row: Row) -> String {
        guard row.gap > 0 else { return "You sit in the same place (\(row.yours))." }
        let word = row.scale.more(row.theyLean)
        return "\(theirs.sentenceName.capitalizedFirst) is \(word) than \(yours.sentenceName): \(row.theirs) against \(row.yours), a gap of \(row.gap)."
    }
}
