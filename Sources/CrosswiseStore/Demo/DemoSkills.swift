import FluentKit
import Foundation
import Skills
import SQLKit

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

    /// The level person `k` answers at in competency `j`: two rounds six weeks apart, the later
    /// one a little higher in a few competencies. It depends on `k` only through `k % 12`.
    static func level(person k: Int, competency j: Int, round: Int) -> Int {
        2 + (k * 7 + j * 3) % 3 + (round == 1 && j % 4 == k % 4 ? 1 : 0)
    }

    /// How many people get their history through `SkillsBook`, one call at a time, with the
    /// notices and plans a real person would have; everyone after them is written in batches.
    static let detailed = 12
    static let rounds: [(round: Int, daysAgo: Double)] = [(0, 45), (1, 6)]

    static func load(on db: any Database, organizationID: UUID, people: [(person: Person, lead: Person?)], now: Date) async throws {
        let book = SkillsBook(db: db, organizationID: organizationID)
        let framework = try await book.currentFramework()
        try await loadInBatches(on: db, people: Array(people.dropFirst(detailed)), from: detailed, framework: framework, now: now)
        let day = 86_400.0
        for (k, entry) in people.prefix(detailed).enumerated() {
            let personID = try entry.person.requireID()
            // Two rounds six weeks apart; the later one a little higher in a few competencies.
            for (round, daysAgo) in rounds {
                let assessment = try await book.resumeOrStartAssessment(for: personID)
                try await book.saveAnswers(answers(framework) { j in level(person: k, competency: j, round: round) },
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

    /// The same assessments and lead ratings as `load` writes, for many people at once: the
    /// answers and scores of each of the twelve patterns are worked out once, and the rows go in
    /// with a few hundred per INSERT. At 10,000 people the lead's team has 2,500 members, and one
    /// `SkillsBook` round trip per answer page took minutes. No notices and no plans: nobody reads
    /// a generated person's inbox, and plans stay with the people loaded one at a time.
    static func loadInBatches(on db: any Database, people: [(person: Person, lead: Person?)], from offset: Int, framework: Framework,
                              now: Date) async throws {
        guard !people.isEmpty else { return }
        var patterns: [Int: (json: String, scores: [CompetencyScore])] = [:]
        var assessments: [Assessment] = [], evidence: [EvidenceRecord] = []
        for (i, entry) in people.enumerated() {
            let k = offset + i, personID = try entry.person.requireID()
            for (round, daysAgo) in rounds {
                let key = (k % 12) * 2 + round
                if patterns[key] == nil {
                    let chosen = answers(framework) { j in level(person: k, competency: j, round: round) }
                    patterns[key] = (try SkillsBook.json(chosen), framework.score(chosen))
                }
                let (json, scores) = patterns[key]!
                let assessment = Assessment(personID: personID, frameworkVersion: framework.version)
                assessment.id = UUID()
                assessment.answers = json
                assessment.status = "complete"
                let at = now - daysAgo * 86_400
                assessment.completedAt = at
                assessments.append(assessment)
                for score in scores {
                    guard let level = score.score else { continue }
                    evidence.append(EvidenceRecord(personID: personID, competencyID: score.competency, level: level, source: Evidence.Source.selfAssessment.rawValue,
                                                   batch: assessment.id!, recordedBy: personID, frameworkVersion: framework.version, recordedAt: at))
                }
            }
            guard let lead = entry.lead, let leadID = lead.id else { continue }
            let batch = UUID()
            for (n, c) in framework.active.enumerated().filter({ j, _ in (j + k) % 5 == 0 }).map(\.element).enumerated() {
                evidence.append(EvidenceRecord(personID: personID, competencyID: c.id, level: Double(2 + (n + k) % 3), source: Evidence.Source.lead.rawValue,
                                               batch: batch, recordedBy: leadID, frameworkVersion: framework.version,
                                               comment: ratingComments[(n + k) % ratingComments.count],
                                               example: ratingExamples[(n * 3 + k) % ratingExamples.count], recordedAt: now - 3 * 86_400))
            }
        }
        // A few hundred rows per statement keeps each under SQLite's limit of bound values.
        for start in stride(from: 0, to: assessments.count, by: 300) { try await Array(assessments[start..<min(start + 300, assessments.count)]).create(on: db) }
        try await insert(evidence, on: db)
    }

    /// Evidence rows straight through SQLKit: 130,000 of them at 10,000 people, where building
    /// each through the model's property wrappers cost more than the database did.
    static func insert(_ rows: [EvidenceRecord], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else {
            for start in stride(from: 0, to: rows.count, by: 500) { try await Array(rows[start..<min(start + 500, rows.count)]).create(on: db) }
            return
        }
        for start in stride(from: 0, to: rows.count, by: 500) {
            var insert = sql.insert(into: EvidenceRecord.schema).columns("id", "person_id", "competency_id", "level", "source", "batch", "recorded_by",
                                                                          "framework_version", "comment", "example", "recorded_at")
            for row in rows[start..<min(start + 500, rows.count)] {
                insert = insert.values(SQLBind(UUID()), SQLBind(row.$person.id), SQLBind(row.competencyID), SQLBind(row.level), SQLBind(row.source),
                                       SQLBind(row.batch), SQLBind(row.$recordedBy.id), SQLBind(row.frameworkVersion), SQLBind(row.comment),
                                       SQLBind(row.example), SQLBind(row.recordedAt))
            }
            try await insert.run()
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
