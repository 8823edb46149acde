/// The fewest raters an anonymous group needs before its figures or comments are shown. Three is
/// the floor: with two, each rater can subtract their own answer and read the other's.
public struct AnonymityThresholds: Sendable, Equatable, Codable {
    public static let allowed: ClosedRange<Int> = 3...10
    public static let standard = AnonymityThresholds()

    public private(set) var peers: Int
    public private(set) var directReports: Int
    public private(set) var clients: Int

    public enum Refusal: Error, Equatable, Sendable {
        case outOfRange(RaterGroup, Int)

        public var message: String {
            switch self {
            case .outOfRange(let group, let value):
                "The threshold for \(group.label.lowercased()) must be between \(AnonymityThresholds.allowed.lowerBound) and \(AnonymityThresholds.allowed.upperBound) raters, not \(value)."
            }
        }
    }

    public init(peers: Int = 3, directReports: Int = 3, clients: Int = 3) throws(Refusal) {
        for (group, value) in [(RaterGroup.peers, peers), (.directReports, directReports), (.clients, clients)]
        where !Self.allowed.contains(value) {
            throw .outOfRange(group, value)
        }
        self.peers = peers
        self.directReports = directReports
        self.clients = clients
    }

    private init() {
        peers = 3
        directReports = 3
        clients = 3
    }

    /// The threshold of an anonymous group; self and lead answers need none.
    public func minimum(for group: RaterGroup) -> Int {
        switch group {
        case .selfRating, .lead: 1
        case .peers: peers
        case .directReports: directReports
        case .clients: clients
        }
    }

    /// A figure drawn from several groups holds to the strictest of their thresholds, so
    /// merging never lowers the bar a group's raters were promised.
    public func minimum(for groups: some Sequence<RaterGroup>) -> Int {
        groups.map { minimum(for: $0) }.max() ?? Self.allowed.lowerBound
    }
}
