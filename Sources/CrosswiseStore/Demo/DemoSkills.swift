import FluentKit
import Foundation
import Skills

/// Skills records for the demo: two rounds of self-assessment for the members of the lead's
/// team and for the demo member, ratings from their leads, a plan or two, so the profile,
/// team view and plan pages have something to show on first start.
enum DemoSkills {
    /// Answers that put a person near `level(competency)` in every competency: statements at
    /// that frequency, situations answered by the option that scores closest.
    static func answers(_ framework: Framework, level: (Int) -> Int) -> AssessmentAnswers {
        var answers = AssessmentAnswers()
        for (j, c) in framework.active.enumerated() {
            let base = min(5, max(1, level(j)))
            for (i, s) in c.statements.enumerated() { answers.frequencies[AssessmentAnswers.key(c.id, i)] = s.reversed ? 6 - base : base }
            for s in c.scenarios {
                let wanted = min(4, max(1, base))
                answers.choices[s.id] = s.options.indices.min { abs(s.options[$0].effectiveness - wanted) < abs(s.options[$1].effectiveness - wanted) }
            }
        }
        return answers
    }

    static func load(on db: any Database, organizationID: UUID, people: [(person: Person, lead: Person?)], now: Date) async throws {
        let book = SkillsBook(db: db, organizationID: organizationID)
        let framework = try await book.currentFramework()
        let day = 86_400.0
        for (k, entry) in people.enumerated() {
            let personID = try entry.person.requireID()
            // Two rounds six weeks apart; the later one a little higher in a few competencies.
            for (round, daysAgo) in [(0, 45.0), (1, 6.0)] {
                let assessment = try await book.resumeOrStartAssessment(for: personID)
                try await book.saveAnswers(answers(framework) { j in 2 + (k * 7 + j * 3) % 3 + (round == 1 && j % 4 == k % 4 ? 1 : 0) },
                                           to: assessment.requireID(), of: personID)
                try await book.completeAssessment(assessment.requireID(), of: personID, at: now - daysAgo * day)
            }
            if let lead = entry.lead {
                let picks = framework.active.enumerated().filter { j, _ in (j + k) % 5 == 0 }.map(\.element)
                try await book.recordRatings(picks.enumerated().map { i, c in
                    SkillsBook.Rating(competency: c.id, level: 2 + (i + k) % 3, comment: ratingComments[(i + k) % ratingComments.count],
                                      example: ratingExamples[(i * 3 + k) % ratingExamples.count])
                }, of: personID, by: lead.requireID(), at: now - 3 * day)
            }
            if k % 2 == 0 {
                let career = try await book.career(of: personID, in: framework)
                if let target = career.target { try await book.draftPlan(for: personID, towards: target.id, at: now - 2 * day) }
            }
        }
    }

    static let ratingComments = [
        "Steady on routine work; still checks with me on unusual cases.",
        "Clear improvement since the last quarter's calibration.",
        "Strong with clients; needs to write things down for the next shift.",
        "Does this well when the queue is calm, less so at peak.",
    ]

    static let ratingExamples = [
        "Handled the Friday refund backlog without an escalation.",
        "Left a handover note that the morning shift could act on straight away.",
        "Asked the client to confirm the cut-off time in their own time zone.",
        "Flagged a customer's card number pasted into a ticket and removed it.",
        "Walked a new joiner through the claims checklist on two shifts.",
    ]
}
