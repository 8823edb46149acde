import FluentKit
import Foundation
import SQLKit
import Skills

/// Everything a person's own Skills page shows, for a person already loaded (the viewer), in
/// two or three statements whatever the size of the framework or the history.
public struct SkillsHome: Sendable {
    public let framework: Framework
    public let profile: SkillsProfile
    /// Evidence rows, newest first, with `recordedBy` loaded for lead and peer ratings.
    public let records: [EvidenceRecord]
    public let current: CareerRole?
    public let target: CareerRole?
    /// The self-assessment in progress: answered and total questions.
    public let openProgress: (answered: Int, questions: Int)?
    public let hasPlan: Bool

    public init(framework: Framework, profile: SkillsProfile, records: [EvidenceRecord], current: CareerRole?, target: CareerRole?,
                openProgress: (answered: Int, questions: Int)?, hasPlan: Bool) {
        self.framework = framework
        self.profile = profile
        self.records = records
        self.current = current
        self.target = target
        self.openProgress = openProgress
        self.hasPlan = hasPlan
    }
}

extension SkillsBook {
    /// The state of one person's skills in one statement: the organization's newest framework
    /// version, the career choice, the assessment in progress and whether a plan exists, as
    /// scalar subqueries (SQLite and PostgreSQL both answer a SELECT without FROM).
    struct HomeState: Decodable {
        let framework_version: Int?
        // "current_role" is a PostgreSQL function name, so the column is quoted and renamed.
        let current_rung: String?
        let target_role: String?
        let open_version: Int?
        let open_answers: String?
        let plans: Int
    }

    public func home(of person: Person) async throws -> SkillsHome {
        guard person.$organization.id == organizationID, let personID = person.id else { throw DirectoryError.notFound }
        let sql = db as! any SQLDatabase
        let state = try await sql.raw("""
            SELECT \
            (SELECT MAX(version) FROM framework_versions WHERE organization_id = \(bind: organizationID)) AS framework_version, \
            (SELECT "current_role" FROM career_choices WHERE person_id = \(bind: personID)) AS current_rung, \
            (SELECT target_role FROM career_choices WHERE person_id = \(bind: personID)) AS target_role, \
            (SELECT framework_version FROM assessments WHERE person_id = \(bind: personID) AND status = 'in-progress' ORDER BY started_at DESC LIMIT 1) AS open_version, \
            (SELECT answers FROM assessments WHERE person_id = \(bind: personID) AND status = 'in-progress' ORDER BY started_at DESC LIMIT 1) AS open_answers, \
            (SELECT COUNT(*) FROM development_plans WHERE person_id = \(bind: personID)) AS plans
            """).first(decoding: HomeState.self)
        var newest: Framework?
        if let version = state?.framework_version { newest = try await framework(version: version) }
        let framework: Framework
        if let newest { framework = newest } else { framework = try await currentFramework() }
        let records = try await EvidenceRecord.query(on: db).filter(\.$person.$id == personID).sort(\.$recordedAt, .descending).all()
        try await loadRecorders(of: records, besides: person)
        let (current, target) = Self.career(current: state?.current_rung, target: state?.target_role, in: framework)
        var progress: (Int, Int)?
        if let version = state?.open_version, let text = state?.open_answers {
            let answers = (try? JSONDecoder().decode(AssessmentAnswers.self, from: Data(text.utf8))) ?? AssessmentAnswers()
            let scores = (try await self.framework(version: version) ?? framework).score(answers)
            progress = (scores.reduce(0) { $0 + $1.answered }, scores.reduce(0) { $0 + $1.questions })
        }
        return SkillsHome(framework: framework, profile: framework.profile(from: Self.evidence(records)), records: records, current: current, target: target,
                          openProgress: progress, hasPlan: (state?.plans ?? 0) > 0)
    }

    /// Names the raters of lead and peer readings with one query, and none when the person is
    /// the only one who ever recorded evidence.
    func loadRecorders(of records: [EvidenceRecord], besides person: Person) async throws {
        let others = Set(records.compactMap { $0.$recordedBy.id }).subtracting([person.id].compactMap { $0 })
        let people = others.isEmpty ? [] : try await Person.query(on: db).filter(\.$id ~~ Array(others)).all()
        let byID = Dictionary((people + [person]).compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        for record in records { record.$recordedBy.value = record.$recordedBy.id.map { byID[$0] } ?? .some(nil) }
    }
}
