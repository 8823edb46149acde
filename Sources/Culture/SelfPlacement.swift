/// "Know yourself": a short questionnaire that places a person on the eight scales, so the pair
/// view can show them beside a client's country. Two questions a scale, each a pair of
/// statements about work (A leans to the scale's first pole, B to its second) answered on five
/// steps from "A, clearly" to "B, clearly". The wording is ours.
public enum SelfPlacement {
    public struct Question: Sendable, Equatable {
        /// "communicating-1": the scale and the question's number.
        public let id: String
        public let scale: CultureScale
        /// Leans to position 1 of the scale.
        public let a: String
        /// Leans to position 9.
        public let b: String
    }

    /// Five steps: 1 = A clearly, 2 = A a little, 3 = in between, 4 = B a little, 5 = B clearly.
    public static let answers = 1...5
    public static let answerLabels = ["Statement A, clearly", "A, a little", "In between", "B, a little", "Statement B, clearly"]

    public static let questions: [Question] = [
        q(.communicating, 1, "When I explain something, I spell it all out so nobody has to guess.",
          "I expect people to pick up what I mean from the context and the tone."),
        q(.communicating, 2, "A good message can be read once and acted on without asking anything.",
          "A good message leaves room: not everything needs to be put in writing."),
        q(.feedback, 1, "If a colleague's work has a mistake, I tell them plainly what is wrong.",
          "If a colleague's work has a mistake, I hint at it gently, often in private and wrapped in praise."),
        q(.feedback, 2, "I would rather hear blunt criticism than have to work out what someone meant.",
          "Criticism said too plainly feels harsh to me, even when it is fair."),
        q(.persuading, 1, "Before I accept a proposal I want the reasoning and the principle behind it.",
          "Before I accept a proposal I want to see a concrete example of it working."),
        q(.persuading, 2, "When I present an idea, I start with why it should work.",
          "When I present an idea, I start with what it will change in practice."),
        q(.leading, 1, "I am comfortable writing to a senior manager directly, by first name.",
          "I go through my lead and use titles when I write to someone senior."),
        q(.leading, 2, "A good lead is one of the team and asks everyone's opinion.",
          "A good lead sets the direction and the team follows it."),
        q(.deciding, 1, "Decisions are best made with everyone concerned agreeing first, even if it takes longer.",
          "Decisions are best made quickly by the person in charge, and adjusted later if needed."),
        q(.deciding, 2, "Once a group has agreed, I expect the decision to stay as it is.",
          "I expect a decision to change when the person who made it sees new facts."),
        q(.trusting, 1, "I trust a colleague or client once they have delivered what they promised.",
          "I trust a colleague or client once I know them as a person."),
        q(.trusting, 2, "Small talk before a call is a nice extra; the work is what matters.",
          "Small talk before a call is how the working relationship is built."),
        q(.disagreeing, 1, "An open debate in a meeting is a good way to find the best answer.",
          "Disagreeing in front of others puts people on the spot; I raise it one to one."),
        q(.disagreeing, 2, "I can argue hard against someone's idea and still get on well with them afterwards.",
          "Arguing against someone's idea can hurt the relationship, so I choose my words carefully."),
        q(.scheduling, 1, "A meeting starts on the minute, and an agenda is there to be kept.",
          "A meeting can start a little late and follow the conversation where it goes."),
        q(.scheduling, 2, "I plan my work as a sequence and finish one task before I start the next.",
          "I juggle several tasks at once and reorder them as things come up."),
    ]

    static func q(_ scale: CultureScale, _ n: Int, _ a: String, _ b: String) -> Question {
        Question(id: "\(scale.rawValue)-\(n)", scale: scale, a: a, b: b)
    }

    /// What is wrong with a set of answers: each missing or out-of-range question id.
    public struct Incomplete: Error, Equatable, Sendable { public let questionIDs: [String] }

    /// The person's position on every scale from their answers (question id → 1-5): the mean of
    /// the scale's answers stretched from 1-5 onto 1-9 (3, "in between", is 5, the middle),
    /// rounded half up. Every question must be answered with 1 to 5.
    public static func place(_ answers: [String: Int]) throws(Incomplete) -> [CultureScale: Int] {
        let missing = questions.filter { answers[$0.id].map { !Self.answers.contains($0) } ?? true }.map(\.id)
        guard missing.isEmpty else { throw Incomplete(questionIDs: missing) }
        var positions: [CultureScale: Int] = [:]
        for scale in CultureScale.allCases {
            let values = questions.filter { $0.scale == scale }.compactMap { answers[$0.id] }
            let mean = Double(values.reduce(0, +)) / Double(values.count)
            positions[scale] = Int((1 + (mean - 1) * 2).rounded(.toNearestOrAwayFromZero))
        }
        return positions
    }

    /// The gaps to watch between a person and a client's country: the scales where they are
    /// `PairView.frictionGap` or more apart, widest first, with a line each.
    public static func gaps(_ mine: [CultureScale: Int], against theirs: CountryBrief) -> [(scale: CultureScale, gap: Int, says: String)] {
        CultureScale.allCases.compactMap { scale -> (CultureScale, Int, String)? in
            guard let me = mine[scale] else { return nil }
            let them = theirs.position(scale), gap = abs(me - them)
            guard gap >= PairView.frictionGap else { return nil }
            let lean: CultureScale.Pole = them > me ? .high : .low
            return (scale, gap, "\(theirs.sentenceName.capitalizedFirst) is \(scale.more(lean)) than you: \(them) against your \(me).")
        }
        .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset }
        .map { (scale: $0.element.0, gap: $0.element.1, says: $0.element.2) }
    }
}
