import FluentKit
import Foundation

/// Requests for feedback the person made, and those they were asked. As in `FeedbackData`,
/// other people's names are left out; a request the person made says how many were asked and
/// answered, which is about the request, not about anyone.
struct FeedbackRequestData: PersonalDataArea {
    let section = "feedbackRequests"

    struct Export: Encodable, Sendable {
        let made: [Made]
        let asked: [Asked]
    }

    struct Made: Encodable, Sendable {
        let question: String
        let competency: String?
        let createdAt, closedAt: Date?
        let peopleAsked, answers: Int
    }

    struct Asked: Encodable, Sendable {
        let question: String
        let noticeDueAt: Date
        let remindedAt, answeredAt: Date?
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let id = try person.requireID()
        let made = try await FeedbackRequest.query(on: db).filter(\.$asker.$id == id).sort(\.$createdAt).all()
        let asksOfMade = made.isEmpty ? [] : try await FeedbackAsk.query(on: db).filter(\.$request.$id ~~ made.compactMap(\.id)).all()
        let byRequest = Dictionary(grouping: asksOfMade, by: { $0.$request.id })
        let asked = try await FeedbackAsk.query(on: db).filter(\.$person.$id == id).with(\.$request).all()
        return Export(
            made: made.map { request in
                let asks = byRequest[request.id!] ?? []
                return Made(question: request.question, competency: request.competency, createdAt: request.createdAt,
                            closedAt: request.closedAt, peopleAsked: asks.count, answers: asks.filter { $0.answeredAt != nil }.count)
            },
            asked: asked.map { Asked(question: $0.request.question, noticeDueAt: $0.noticeDueAt, remindedAt: $0.remindedAt, answeredAt: $0.answeredAt) })
    }

    /// The person's requests go with everyone's asks in them; their asks leave others'
    /// requests with one person fewer. Their answers are feedback entries, which
    /// `FeedbackData` removes.
    func erase(_ erasure: Erasure, on db: any Database) async throws {
        let made = try await FeedbackRequest.query(on: db).filter(\.$asker.$id == erasure.personID).all().compactMap(\.id)
        if !made.isEmpty {
            try await FeedbackAsk.query(on: db).filter(\.$request.$id ~~ made).delete()
            try await FeedbackRequest.query(on: db).filter(\.$id ~~ made).delete()
        }
        try await FeedbackAsk.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}
