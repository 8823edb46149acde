/// What a set of levels says without naming anyone: how many, the middle, and how far apart
/// the raters were. The median rather than the mean, so one rater at an extreme moves it little.
public struct LevelFigures: Sendable, Equatable, Codable {
    public var count: Int
    public var median: Double
    public var lowest: Int
    public var highest: Int

    /// Highest minus lowest: 0 when everyone agreed.
    public var spread: Int { highest - lowest }

    public init?(_ levels: [Int]) {
        guard !levels.isEmpty else { return nil }
        let sorted = levels.sorted()
        let middle = sorted.count / 2
        count = sorted.count
        median = sorted.count.isMultiple(of: 2)
            ? Double(sorted[middle - 1] + sorted[middle]) / 2
            : Double(sorted[middle])
        lowest = sorted[0]
        highest = sorted[sorted.count - 1]
    }
}
