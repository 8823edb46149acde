import FluentKit
import Foundation

/// Posts what requests for feedback owe people: the notice of a request once its time has
/// come (the start of the person's shift, fixed when the request was made) and one reminder
/// when it is still unanswered `FeedbackRequests.reminderDays` later. Nothing is posted for a
/// closed request, and no reminder after an answer. Each ask is marked when posted, in the
/// same transaction as its notice, so a run that dies half way repeats nothing.
public struct FeedbackRequestNotices: Sendable {
    let db: any Database

    public init(db: any Database) { self.db = db }

    /// Everything due at `now` in every organization; returns how many notices were posted.
    @discardableResult
    public func run(at now: Date) async throws -> Int {
        try await db.transaction { db in try await FeedbackRequestNotices(db: db).post(at: now, organizationID: nil, request: nil) }
    }

    /// What is due at `now`, for one organization or request when given.
    @discardableResult
    func post(at now: Date, organizationID: UUID?, request requestID: UUID?) async throws -> Int {
        func open() -> QueryBuilder<FeedbackAsk> {
            var query = FeedbackAsk.query(on: db).join(FeedbackRequest.self, on: \FeedbackAsk.$request.$id == \FeedbackRequest.$id)
                .filter(FeedbackRequest.self, \.$closedAt == nil)
            if let organizationID { query = query.filter(FeedbackRequest.self, \.$organization.$id == organizationID) }
            if let requestID { query = query.filter(\.$request.$id == requestID) }
            return query
        }
        let first = try await open().filter(\.$noticedAt == nil).filter(\.$noticeDueAt <= now).range(..<500).all()
        let second = try await open().filter(\.$noticedAt != nil).filter(\.$remindedAt == nil).filter(\.$answeredAt == nil)
            .filter(\.$reminderDueAt <= now).range(..<500).all()
        guard !first.isEmpty || !second.isEmpty else { return 0 }
        let requests = try (first + second).map { try $0.joined(FeedbackRequest.self) }
        let askers = Dictionary(try await Person.query(on: db).filter(\.$id ~~ Set(requests.map { $0.$asker.id })).all().map { ($0.id!, $0) },
                                uniquingKeysWith: { a, _ in a })
        var byOrganization: [UUID: [NewNotice]] = [:]
        for (ask, isReminder) in first.map({ ($0, false) }) + second.map({ ($0, true) }) {
            let request = try ask.joined(FeedbackRequest.self)
            let name = askers[request.$asker.id]?.name ?? "A colleague"
            let notice = isReminder
                ? NewNotice(to: ask.$person.id, kind: .feedbackReminder, title: "\(name) is still waiting for your feedback",
                            body: "They asked: “\(request.question)” Answer from Feedback, or ignore it: this is the only reminder.",
                            subject: .feedbackRequest(request.id!))
                : NewNotice(to: ask.$person.id, kind: .feedbackRequested, title: "\(name) asks for your feedback",
                            body: "They asked: “\(request.question)” Answer from Feedback when you have a few minutes.",
                            subject: .feedbackRequest(request.id!))
            byOrganization[request.$organization.id, default: []].append(notice)
        }
        for (organization, notices) in byOrganization {
            try await Notices(db: db, organizationID: organization, now: { now }).post(notices, on: db)
        }
        if !first.isEmpty { try await FeedbackAsk.query(on: db).filter(\.$id ~~ first.compactMap(\.id)).set(\.$noticedAt, to: now).update() }
        if !second.isEmpty { try await FeedbackAsk.query(on: db).filter(\.$id ~~ second.compactMap(\.id)).set(\.$remindedAt, to: now).update() }
        return first.count + second.count
    }
}
