import FluentKit
import Foundation

/// Everyday feedback and requests for the demo member's team (the night desk), so a first
/// visitor signed in as the member finds a request they made with two answers and one still
/// open, and a colleague's request waiting for their own answer. Written by us for the demo.
enum DemoFeedback {
    struct Answer { let from: String; let kind: FeedbackKind; let situation, behaviour, impact: String; let next: String? }

    static let question = "How did I handle the Harbor & Vine refund escalation on Tuesday night?"
    static let asked = ["Mark Villanueva", "Joy Bautista", "Paolo Mendoza"]
    static let answers = [
        Answer(from: "Mark Villanueva", kind: .suggestion, situation: "Tuesday's refund escalation, the caller from Harbor & Vine",
               behaviour: "You explained the refund rule twice in the same words while the caller was still upset",
               impact: "He asked for a supervisor before he had heard the options",
               next: "Say back what he is upset about first, then offer the two options once"),
        Answer(from: "Joy Bautista", kind: .praise, situation: "The same call, in the last ten minutes",
               behaviour: "You wrote the case note while you talked and read the next steps back to him",
               impact: "The day shift closed the refund without calling him again", next: nil),
    ]
    static let waitingQuestion = "Was my handover note for the morning team clear enough last Friday?"

    static func load(on db: any Database, organizationID: UUID, people: [Person], now: Date) async throws {
        let byName = Dictionary(people.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        guard let member = byName["Angelica Santos"], let carlo = byName["Carlo Ramos"] else { return }
        let asked = Self.asked.compactMap { byName[$0] }
        let made = try await request(question, competency: "customer-experience", from: member, to: asked, organizationID: organizationID,
                                     at: now.addingTimeInterval(-4 * 86400), on: db)
        for answer in answers {
            guard let giver = byName[answer.from] else { continue }
            let entry = FeedbackEntry()
            entry.$organization.id = organizationID
            entry.$giver.id = giver.id!
            entry.$receiver.id = member.id!
            entry.kind = answer.kind.rawValue
            entry.situation = answer.situation
            entry.behaviour = answer.behaviour
            entry.impact = answer.impact
            entry.nextTime = answer.next
            entry.competency = "customer-experience"
            entry.visibility = FeedbackVisibility.personOnly.rawValue
            try await entry.create(on: db)
            try await FeedbackAsk.query(on: db).filter(\.$request.$id == made.id!).filter(\.$person.$id == giver.id!)
                .set(\.$entry.$id, to: entry.id).set(\.$answeredAt, to: entry.createdAt ?? now).update()
        }
        try await request(waitingQuestion, competency: "written-communication", from: carlo, to: [member], organizationID: organizationID,
                          at: now.addingTimeInterval(-86400), on: db)
        try await clientAnswer(about: member, organizationID: organizationID, now: now, on: db)
    }

    /// A link the member sent a client contact, already answered. Its secret is thrown away:
    /// only the hash of a token nobody holds is stored.
    static func clientAnswer(about member: Person, organizationID: UUID, now: Date, on db: any Database) async throws {
        let link = ClientFeedbackLink()
        link.$organization.id = organizationID
        link.$person.id = member.id!
        link.$createdBy.id = member.id!
        link.clientName = "Dana Whitfield (Harbor & Vine)"
        link.tokenHash = SecretToken.digest(ClientFeedbackLinks.newToken())
        link.expiresAt = now.addingTimeInterval(9 * 86400)
        link.usedAt = now.addingTimeInterval(-86400)
        try await link.create(on: db)
        let answer = ClientFeedbackAnswer()
        answer.$link.id = link.id!
        answer.$organization.id = organizationID
        answer.$person.id = member.id!
        answer.clientName = link.clientName
        (answer.clarity, answer.responsiveness, answer.care) = (4, 5, 4)
        answer.comment = "Refund updates arrived before our morning stand-up, so we never had to chase them."
        try await answer.create(on: db)
    }

    /// A request whose notices count as delivered and reminded, so the demo never posts any.
    @discardableResult
    static func request(_ question: String, competency: String, from asker: Person, to people: [Person], organizationID: UUID, at: Date,
                        on db: any Database) async throws -> FeedbackRequest {
        let request = FeedbackRequest()
        request.$organization.id = organizationID
        request.$asker.id = asker.id!
        request.question = question
        request.competency = competency
        try await request.create(on: db)
        // The timestamp says "now" on create; the demo's requests were made days ago.
        try await FeedbackRequest.query(on: db).filter(\.$id == request.id!).set(\.$createdAt, to: at).update()
        request.createdAt = at
        for person in people {
            let ask = FeedbackAsk()
            ask.$request.id = request.id!
            ask.$person.id = person.id!
            (ask.noticeDueAt, ask.noticedAt, ask.reminderDueAt, ask.remindedAt) = (at, at, at, at)
            try await ask.create(on: db)
        }
        return request
    }
}
