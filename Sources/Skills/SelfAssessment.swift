/// A person's answers to a self-assessment, and how they turn into a level per competency.
///
/// Behaviour statements are rated by frequency, never (1) to always (5); a statement that
/// describes the mistake counts the other way round. A scenario answer scores by its distance
/// from the best option: the best gives 5, each step of effectiveness below it costs 4/3, so
/// the worst (effectiveness 1) gives 1. A competency's score is the mean of its statement
/// average and its scenario average, so four statements cannot outvote two judgements.
public struct AssessmentAnswers: Codable, Sendable, Equatable {
    /// Frequency 1-5 per statement, keyed by `AssessmentAnswers.key(competency, index)`.
    public var frequencies: [String: Int]
    /// The chosen option's index per scenario id.
    public var choices: [String: Int]

    public init(frequencies: [String: Int] = [:], choices: [String: Int] = [:]) {
        self.frequencies = frequencies
        self.choices = choices
    }

    public static func key(_ competency: String, _ statement: Int) -> String { "\(competency)/\(statement)" }
}

public enum Frequency: Int, CaseIterable, Sendable {
    case never = 1, rarely, sometimes, often, always

    public var label: String {
        switch self {
        case .never: "Never"
        case .rarely: "Rarely"
        case .sometimes: "Sometimes"
        case .often: "Often"
        case .always: "Always"
        }
    }
}

public struct CompetencyScore: Sendable, Equatable {
    public var competency: String
    /// 1.0 to 5.0, or nil when nothing about this competency was answered.
    public var score: Double?
    public var answered: Int
    public var questions: Int

    /// The whole level the score rounds to.
    public var level: Int? { score.map { min(5, max(1, Int(($0).rounded()))) } }
    public var isComplete: Bool { answered == questions }
}

extension Framework {
    /// Scores every active competency; unanswered items are left out, not counted as zero, so
    /// a half-finished assessment shows what it has.
    public func score(_ answers: AssessmentAnswers) -> [CompetencyScore] {
        active.map { c in
            var statementScores: [Double] = []
            for (index, statement) in c.statements.enumerated() {
                guard let f = answers.frequencies[AssessmentAnswers.key(c.id, index)], (1...5).contains(f) else { continue }
                statementScores.append(Double(statement.reversed ? 6 - f : f))
            }
            var scenarioScores: [Double] = []
            for scenario in c.scenarios {
                guard let choice = answers.choices[scenario.id], scenario.options.indices.contains(choice) else { continue }
                let best = scenario.options.map(\.effectiveness).max() ?? 4
                let distance = Double(best - scenario.options[choice].effectiveness)
                scenarioScores.append(max(1, 5 - distance * 4 / 3))
            }
            let parts = [statementScores, scenarioScores].filter { !$0.isEmpty }.map { $0.reduce(0, +) / Double($0.count) }
            let score = parts.isEmpty ? nil : parts.reduce(0, +) / Double(parts.count)
            return CompetencyScore(competency: c.id, score: score.map { ($0 * 100).rounded() / 100 },
                                   answered: statementScores.count + scenarioScores.count,
                                   questions: c.statements.count + c.scenarios.count)
        }
    }
}
