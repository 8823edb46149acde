@testable import Culture
import Testing

/// The "Know yourself" questionnaire: its shape, the scoring onto 1-9, refusals, and the gaps.
@Suite struct SelfPlacementTests {
    func all(_ value: Int) -> [String: Int] { Dictionary(uniqueKeysWithValues: SelfPlacement.questions.map { ($0.id, value) }) }

    @Test func twoOrThreeQuestionsOnEveryScaleWithUniqueIds() {
        for scale in CultureScale.allCases {
            #expect((2...3).contains(SelfPlacement.questions.filter { $0.scale == scale }.count), "\(scale)")
        }
        #expect(Set(SelfPlacement.questions.map(\.id)).count == SelfPlacement.questions.count)
        #expect(SelfPlacement.answerLabels.count == SelfPlacement.answers.count)
    }

    @Test func answersStretchFromOneToFiveOntoOneToNine() throws {
        #expect(try SelfPlacement.place(all(1)).values.allSatisfy { $0 == 1 })
        #expect(try SelfPlacement.place(all(3)).values.allSatisfy { $0 == 5 })
        #expect(try SelfPlacement.place(all(5)).values.allSatisfy { $0 == 9 })
        var mixed = all(3)
        mixed["feedback-1"] = 1; mixed["feedback-2"] = 2          // mean 1.5 → 2
        mixed["leading-1"] = 4; mixed["leading-2"] = 5            // mean 4.5 → 8
        mixed["scheduling-1"] = 1; mixed["scheduling-2"] = 5      // mean 3 → 5
        let placed = try SelfPlacement.place(mixed)
        #expect(placed[.feedback] == 2 && placed[.leading] == 8 && placed[.scheduling] == 5 && placed[.communicating] == 5)
        #expect(placed.count == 8)
    }

    @Test func aMissingOrOutOfRangeAnswerIsRefusedByName() {
        var answers = all(3)
        answers["trusting-2"] = nil
        answers["deciding-1"] = 6
        answers["persuading-2"] = 0
        #expect(throws: SelfPlacement.Incomplete(questionIDs: ["persuading-2", "deciding-1", "trusting-2"])) { try SelfPlacement.place(answers) }
    }

    @Test func gapsToWatchAreTheWideOnesWidestFirst() throws {
        let japan = CultureBriefs.builtIn.country("JP")!
        var mine = Dictionary(uniqueKeysWithValues: CultureScale.allCases.map { ($0, japan.position($0)) })
        #expect(SelfPlacement.gaps(mine, against: japan).isEmpty, "no gaps against your own positions")
        mine[.communicating] = 2      // Japan 9: gap 7
        mine[.scheduling] = 4         // Japan 1: gap 3
        mine[.feedback] = 6           // Japan 8: gap 2, under the friction gap
        let gaps = SelfPlacement.gaps(mine, against: japan)
        #expect(gaps.map(\.scale) == [.communicating, .scheduling])
        #expect(gaps.first?.gap == 7)
        #expect(gaps.first?.says == "Japan is \(CultureScale.communicating.more(.high)) than you: 9 against your 2.")
    }
}
