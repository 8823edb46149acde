import FluentKit
import Foundation
import Worldtime

/// The "plan check-in due" reminder. The rule: an active plan whose owner has not written a
/// check-in for `interval` days (counted from the newest check-in's day, or from the day the
/// plan was made when there is none) gets one notice, and no other for the same plan until
/// `interval` days have passed since that notice. Two weeks suits the guides' advice of
/// regular, short reviews without nagging.
public struct PlanCheckIns: Sendable {
    public static let interval = 14

    let db: any Database

    public init(db: any Database) { self.db = db }

    /// Posts the reminders due at `now`; returns how many.
    @discardableResult
    public func run(at now: Date) async throws -> Int {
        let plans = try await DevelopmentPlan.query(on: db).filter(\.$status == "active").with(\.$person).all()
        guard !plans.isEmpty else { return 0 }
        let planIDs = plans.compactMap(\.id)
        let checkIns = try await PlanNote.query(on: db).filter(\.$plan.$id ~~ planIDs).filter(\.$kind == "check-in").all()
        var lastCheckIn: [UUID: CivilDate] = [:]
        for note in checkIns {
            guard let day = CivilDate(iso: note.day) else { continue }
            lastCheckIn[note.$plan.id] = max(lastCheckIn[note.$plan.id] ?? day, day)
        }
        let horizon = now.addingTimeInterval(-Double(PlanCheckIns.interval) * 86400)
        let reminded = Set(try await InboxNotice.query(on: db).filter(\.$kind == NoticeKind.checkInDue.rawValue)
            .filter(\.$subjectID ~~ planIDs).filter(\.$createdAt > horizon).all().compactMap(\.subjectID))
        let today = CivilDate(days: Int(floor(now.timeIntervalSince1970 / 86400)))
        var posted = 0
        for plan in plans {
            guard let planID = plan.id, plan.person.active, !reminded.contains(planID) else { continue }
            let made = plan.createdAt.map { CivilDate(days: Int(floor($0.timeIntervalSince1970 / 86400))) } ?? today
            let since = lastCheckIn[planID] ?? made
            guard today.days - since.days >= PlanCheckIns.interval else { continue }
            let notices = Notices(db: db, organizationID: plan.person.$organization.id, now: { now })
            let body = lastCheckIn[planID] == nil
                ? "Your development plan has no check-in yet. A few lines on what you practised keep it useful."
                : "Your last check-in on your development plan was on \(since). A few lines on what you practised since keep it useful."
            try await notices.post(NewNotice(to: plan.$person.id, kind: .checkInDue, title: "A check-in on your plan is due", body: body,
                                             subject: .plan(planID)), on: db)
            posted += 1
        }
        return posted
    }
}
