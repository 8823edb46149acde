import FluentKit
import Foundation

/// Client feedback links about the person and what clients answered through them. The
/// client's name is kept (the person typed it and it says whose answer it is); their e-mail,
/// the link's hash and whoever made the link are left out.
struct ClientFeedbackData: PersonalDataArea {
    let section = "clientFeedback"

    struct Link: Encodable, Sendable {
        let clientName: String
        let createdAt: Date?
        let expiresAt: Date
        let revokedAt, usedAt: Date?
        let answer: Answer?
    }

    struct Answer: Encodable, Sendable {
        let clarity, responsiveness, care: Int
        let comment: String?
        let createdAt: Date?
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let id = try person.requireID()
        let links = try await ClientFeedbackLink.query(on: db).filter(\.$person.$id == id).sort(\.$createdAt).all()
        let answers = try await ClientFeedbackAnswer.query(on: db).filter(\.$person.$id == id).all()
        let byLink = Dictionary(answers.map { ($0.$link.id, $0) }, uniquingKeysWith: { a, _ in a })
        return links.map { link in
            Link(clientName: link.clientName, createdAt: link.createdAt, expiresAt: link.expiresAt, revokedAt: link.revokedAt, usedAt: link.usedAt,
                 answer: byLink[link.id!].map { Answer(clarity: $0.clarity, responsiveness: $0.responsiveness, care: $0.care, comment: $0.comment,
                                                       createdAt: $0.createdAt) })
        }
    }

    /// Links and answers about the person go; links they made for a colleague stay, made by nobody.
    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await ClientFeedbackAnswer.query(on: db).filter(\.$person.$id == erasure.personID).delete()
        try await ClientFeedbackLink.query(on: db).filter(\.$person.$id == erasure.personID).delete()
        try await ClientFeedbackLink.query(on: db).filter(\.$createdBy.$id == erasure.personID).set(\.$createdBy.$id, to: nil).update()
    }
}
