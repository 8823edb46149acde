import FluentKit
import Foundation
import SQLKit
import Skills

/// What waits for someone on the Today page: their own unfinished self-assessment and a plan
/// check-in reminder they have not read, and, for a lead, the work their people wait on.
public struct TodayWaiting: Sendable, Equatable {
    public var openAssessment = false
    public var checkInDue = false
    /// People who finished a self-assessment after the last lead rating they got (or with none).
    public var ratingsWaiting = 0
    /// Unfinished plans with a check-in newer than every lead comment on them.
    public var planCommentsWaiting = 0

    public init(openAssessment: Bool = false, checkInDue: Bool = false, ratingsWaiting: Int = 0, planCommentsWaiting: Int = 0) {
        self.openAssessment = openAssessment
        self.checkInDue = checkInDue
        self.ratingsWaiting = ratingsWaiting
        self.planCommentsWaiting = planCommentsWaiting
    }
}

extension SkillsBook {
    struct WaitingRow: Decodable {
        let open_assessments: Int
        let check_ins_due: Int
        let ratings_waiting: Int
        let comments_waiting: Int
    }

    /// Everything `TodayWaiting` holds, in one statement of scalar subqueries. `coached` are the
    /// people of the teams the person leads, without the person themselves; empty for a member.
    public func waiting(for personID: UUID, coached: [UUID]) async throws -> TodayWaiting {
        let sql = db as! any SQLDatabase
        // An empty IN list is not valid SQL; a nil id matches nobody.
        let people: [UUID?] = coached.isEmpty ? [nil] : coached
        let row = try await sql.raw("""
            SELECT \
            (SELECT COUNT(*) FROM assessments WHERE person_id = \(bind: personID) AND status = 'in-progress') AS open_assessments, \
            (SELECT COUNT(*) FROM notices WHERE person_id = \(bind: personID) AND organization_id = \(bind: organizationID) \
            AND kind = \(bind: NoticeKind.checkInDue.rawValue) AND read_at IS NULL) AS check_ins_due, \
            (SELECT COUNT(DISTINCT a.person_id) FROM assessments a WHERE a.person_id IN (\(binds: people)) AND a.status = 'complete' \
            AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.person_id = a.person_id AND e.source = \(bind: Evidence.Source.lead.rawValue) \
            AND e.recorded_at >= a.completed_at)) AS ratings_waiting, \
            (SELECT COUNT(*) FROM development_plans p WHERE p.person_id IN (\(binds: people)) AND p.status <> \(bind: PlanStatus.complete.rawValue) \
            AND EXISTS (SELECT 1 FROM plan_notes n WHERE n.plan_id = p.id AND n.kind = 'check-in' \
            AND NOT EXISTS (SELECT 1 FROM plan_notes c WHERE c.plan_id = p.id AND c.kind = 'comment' AND c.created_at >= n.created_at))) \
            AS comments_waiting
            """).first(decoding: WaitingRow.self)
        guard let row else { return TodayWaiting() }
        return TodayWaiting(openAssessment: row.open_assessments > 0, checkInDue: row.check_ins_due > 0,
                            ratingsWaiting: row.ratings_waiting, planCommentsWaiting: row.comments_waiting)
    }
}
