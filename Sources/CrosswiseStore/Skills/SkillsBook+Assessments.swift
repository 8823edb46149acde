import FluentKit
import Foundation
import Skills

extension SkillsBook {
    /// The person's unfinished self-assessment, if any: the one to resume.
    public func openAssessment(of personID: UUID) async throws -> Assessment? {
        _ = try await requirePerson(personID)
        return try await Assessment.query(on: db).filter(\.$person.$id == personID).filter(\.$status == "in-progress")
            .sort(\.$startedAt, .descending).first()
    }

    public func completedAssessments(of personID: UUID) async throws -> [Assessment] {
        _ = try await requirePerson(personID)
        return try await Assessment.query(on: db).filter(\.$person.$id == personID).filter(\.$status == "complete")
            .sort(\.$completedAt, .descending).all()
    }

    /// The open assessment, or a new one against the current framework.
    public func resumeOrStartAssessment(for personID: UUID) async throws -> Assessment {
        if let open = try await openAssessment(of: personID) { return open }
        let framework = try await currentFramework()
        let assessment = Assessment(personID: personID, frameworkVersion: framework.version)
        try await assessment.save(on: db)
        return assessment
    }

    public func answers(of assessment: Assessment) -> AssessmentAnswers {
        (try? JSONDecoder().decode(AssessmentAnswers.self, from: Data(assessment.answers.utf8))) ?? AssessmentAnswers()
    }

    /// Merges one page of answers into the open assessment. Answers must name items of the
    /// assessment's framework with values in range; a bad one rejects the page and keeps what
    /// was saved before.
    @discardableResult
    public func saveAnswers(_ page: AssessmentAnswers, to assessmentID: UUID, of personID: UUID) async throws -> Assessment {
        guard let assessment = try await Assessment.query(on: db).filter(\.$id == assessmentID).filter(\.$person.$id == personID).first(),
              assessment.status == "in-progress" else { throw DirectoryError.notFound }
        _ = try await requirePerson(personID)
        guard let framework = try await framework(version: assessment.frameworkVersion) else { throw DirectoryError.notFound }
        var check = FieldChecker()
        for (key, value) in page.frequencies {
            let parts = key.split(separator: "/")
            let known = parts.count == 2 && framework.competency(String(parts[0]))?.statements.indices.contains(Int(parts[1]) ?? -1) == true
            if !known { check.add(.answer.of(key), "Unknown statement") } else if !(1...5).contains(value) { check.add(.answer.of(key), "Choose how often, from never to always") }
        }
        let scenarios = Dictionary(framework.competencies.flatMap(\.scenarios).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (id, choice) in page.choices {
            guard let scenario = scenarios[id] else { check.add(.answer.of(id), "Unknown situation"); continue }
            if !scenario.options.indices.contains(choice) { check.add(.answer.of(id), "Choose one of the options") }
        }
        try check.finish()
        var answers = answers(of: assessment)
        answers.frequencies.merge(page.frequencies) { _, new in new }
        answers.choices.merge(page.choices) { _, new in new }
        assessment.answers = try Self.json(answers)
        try await assessment.save(on: db)
        return assessment
    }

    /// Finishes the assessment: every question answered, then one evidence row per competency
    /// (source "self"), all in one transaction.
    @discardableResult
    public func completeAssessment(_ assessmentID: UUID, of personID: UUID, at now: Date) async throws -> [CompetencyScore] {
        guard let assessment = try await Assessment.query(on: db).filter(\.$id == assessmentID).filter(\.$person.$id == personID).first(),
              assessment.status == "in-progress" else { throw DirectoryError.notFound }
        _ = try await requirePerson(personID)
        guard let framework = try await framework(version: assessment.frameworkVersion) else { throw DirectoryError.notFound }
        let scores = framework.score(answers(of: assessment))
        let missing = scores.reduce(0) { $0 + $1.questions - $1.answered }
        guard missing == 0 else {
            throw ValidationFailure([FieldError(.assessment, "\(missing) question\(missing == 1 ? " is" : "s are") still unanswered")])
        }
        try await db.transaction { db in
            for score in scores {
                guard let level = score.score else { continue }
                try await EvidenceRecord(personID: personID, competencyID: score.competency, level: level, source: Evidence.Source.selfAssessment.rawValue,
                                         batch: assessmentID, recordedBy: personID, frameworkVersion: assessment.frameworkVersion, recordedAt: now).save(on: db)
            }
            assessment.status = "complete"
            assessment.completedAt = now
            try await assessment.save(on: db)
        }
        return scores
    }

    // MARK: Lead ratings

    public struct Rating: Sendable {
        public var competency: String
        public var level: Int
        public var comment: String
        public var example: String

        public init(competency: String, level: Int, comment: String, example: String) {
            self.competency = competency; self.level = level; self.comment = comment; self.example = example
        }
    }

    /// A lead's ratings of a team member, stored as evidence with the comment and example. The
    /// caller checks the rater may rate this person; this checks the ratings themselves. The
    /// person gets a "lead rating" notice in the same transaction.
    public func recordRatings(_ ratings: [Rating], of personID: UUID, by raterID: UUID, at now: Date) async throws {
        _ = try await requirePerson(personID)
        let rater = try await requirePerson(raterID)
        let framework = try await currentFramework()
        var check = FieldChecker()
        if ratings.isEmpty { check.add(.ratings, "Rate at least one competency") }
        var clean: [Rating] = []
        for rating in ratings {
            guard let competency = framework.competency(rating.competency), !competency.retired else {
                check.add(.competency.of(rating.competency), "Unknown competency"); continue
            }
            let comment = rating.comment.trimmingCharacters(in: .whitespacesAndNewlines)
            let example = rating.example.trimmingCharacters(in: .whitespacesAndNewlines)
            if !(1...5).contains(rating.level) { check.add(.level.of(competency.id), "\(competency.name): choose a level from 1 to 5") }
            if comment.isEmpty { check.add(.comment.of(competency.id), "\(competency.name): say why, in a comment") }
            if example.isEmpty { check.add(.example.of(competency.id), "\(competency.name): give an example you saw") }
            if comment.count > 1000 || example.count > 1000 { check.add(.comment.of(competency.id), "\(competency.name): keep the comment and example under 1,000 characters each") }
            clean.append(Rating(competency: competency.id, level: rating.level, comment: comment, example: example))
        }
        try check.finish()
        let batch = UUID(), checked = clean
        let names = checked.compactMap { framework.competency($0.competency)?.name }
        let notice = NewNotice(to: personID, kind: .leadRating, title: "\(rater.name) rated your skills",
                               body: "New ratings for \(names.joined(separator: ", ")), with comments and examples.", subject: .profile(personID))
        let notices = Notices(db: db, organizationID: organizationID, now: { now })
        try await db.transaction { db in
            if raterID != personID { try await notices.post(notice, on: db) }
            for rating in checked {
                try await EvidenceRecord(personID: personID, competencyID: rating.competency, level: Double(rating.level), source: Evidence.Source.lead.rawValue,
                                         batch: batch, recordedBy: raterID, frameworkVersion: framework.version,
                                         comment: rating.comment, example: rating.example, recordedAt: now).save(on: db)
            }
        }
    }

    // MARK: Evidence and profile

    public func evidenceRecords(of personID: UUID) async throws -> [EvidenceRecord] {
        _ = try await requirePerson(personID)
        return try await EvidenceRecord.query(on: db).filter(\.$person.$id == personID).sort(\.$recordedAt, .descending).with(\.$recordedBy).all()
    }

    /// The person's profile under the organization's current framework, from evidence only.
    public func profile(of personID: UUID) async throws -> (framework: Framework, profile: SkillsProfile, records: [EvidenceRecord]) {
        let records = try await evidenceRecords(of: personID)
        let framework = try await currentFramework()
        return (framework, framework.profile(from: Self.evidence(records)), records)
    }

    /// Evidence rows as the engine reads them; a row of a source this release does not know is left out.
    static func evidence(_ records: [EvidenceRecord]) -> [Evidence] {
        records.compactMap { row in
            Evidence.Source(rawValue: row.source).map {
                Evidence(competency: row.competencyID, level: row.level, source: $0, recordedAt: row.recordedAt, batch: row.batch, frameworkVersion: row.frameworkVersion)
            }
        }
    }
}
