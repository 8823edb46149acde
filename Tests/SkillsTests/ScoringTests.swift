import Testing
@testable import Skills

@Suite struct ScoringTests {
    let framework = Framework.builtIn

    func answers(statement: (Statement) -> Int, scenario: (Scenario) -> Int) -> AssessmentAnswers {
        var answers = AssessmentAnswers()
        for c in framework.active {
            for (i, s) in c.statements.enumerated() { answers.frequencies[AssessmentAnswers.key(c.id, i)] = statement(s) }
            for s in c.scenarios { answers.choices[s.id] = scenario(s) }
        }
        return answers
    }

    func best(_ s: Scenario) -> Int { s.options.firstIndex { $0.effectiveness == 4 }! }
    func worst(_ s: Scenario) -> Int { s.options.firstIndex { $0.effectiveness == 1 } ?? 0 }

    @Test func theIdealAnswerSheetScoresFiveEverywhere() {
        let scores = framework.score(answers(statement: { $0.reversed ? 1 : 5 }, scenario: best))
        #expect(scores.allSatisfy { $0.score == 5 && $0.level == 5 && $0.isComplete })
    }

    @Test func theWorstAnswerSheetScoresOneEverywhere() {
        let scores = framework.score(answers(statement: { $0.reversed ? 5 : 1 }, scenario: worst))
        #expect(scores.allSatisfy { $0.score == 1 && $0.level == 1 })
    }

    @Test func aKnownAnswerSheetGivesAKnownScore() throws {
        // Written communication: statements often, always, sometimes and, for the reversed
        // "clients ask what I meant", rarely (4, 5, 3, 6-2=4: mean 4.0). Scenarios: the
        // effectiveness-3 option (5 - 4/3 = 3.67) and the best (5): mean 4.33. Score 4.17.
        let c = try #require(framework.competency("written-communication"))
        var sheet = AssessmentAnswers()
        for (i, f) in [4, 5, 3, 2].enumerated() { sheet.frequencies[AssessmentAnswers.key(c.id, i)] = f }
        sheet.choices[c.scenarios[0].id] = c.scenarios[0].options.firstIndex { $0.effectiveness == 3 }
        sheet.choices[c.scenarios[1].id] = c.scenarios[1].options.firstIndex { $0.effectiveness == 4 }
        let score = try #require(framework.score(sheet).first { $0.competency == c.id })
        #expect(score.score == 4.17)
        #expect(score.level == 4)
        #expect(score.answered == 6 && score.isComplete)
    }

    @Test func aHalfFinishedSheetScoresWhatWasAnsweredOnly() throws {
        let c = try #require(framework.competency("feedback"))
        var sheet = AssessmentAnswers()
        sheet.frequencies[AssessmentAnswers.key(c.id, 0)] = 2
        sheet.frequencies[AssessmentAnswers.key(c.id, 1)] = 9   // out of range: ignored
        let scores = framework.score(sheet)
        let feedback = try #require(scores.first { $0.competency == c.id })
        #expect(feedback.score == 2 && feedback.answered == 1 && !feedback.isComplete)
        #expect(scores.first { $0.competency == "networking" }?.score == nil)
    }
}
