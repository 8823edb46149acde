import Culture
import FluentKit
import Foundation
import Skills

/// "Know yourself" answers of one organization's people.
public struct CulturePlacementBook: Sendable {
    public let db: any Database
    public let organizationID: UUID

    public init(db: any Database, organizationID: UUID) {
        self.db = db
        self.organizationID = organizationID
    }

    /// The competency a completed questionnaire is practice evidence for: the framework's
    /// "cultural-awareness", or an active competency named "Cultural awareness". nil when the
    /// organization's framework has neither; then no evidence is written.
    public static func awarenessCompetency(in framework: Framework) -> Competency? {
        framework.active.first { $0.id == "cultural-awareness" }
            ?? framework.active.first { $0.name.compare("Cultural awareness", options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
    }

    /// The level a completed questionnaire stands for: 2, "knows the client country's norms"
    /// in the built-in framework's words. Answering questions about oneself shows no more
    /// than that; adjusting to clients (3 and up) is for a lead to see.
    public static let practiceLevel = 2.0

    /// The person's placement, nil until they complete the questionnaire.
    public func placement(of personID: UUID) async throws -> CulturePlacement? {
        try await CulturePlacement.query(on: db).filter(\.$person.$id == personID).filter(\.$organization.$id == organizationID).first()
    }

    /// Stores the answers and their positions (replacing earlier ones) and, when the framework
    /// has a cultural-awareness competency, a `practice` evidence row, in one transaction.
    /// Throws `ValidationFailure` naming the unanswered questions; nothing is written then.
    @discardableResult
    public func complete(_ answers: [String: Int], of personID: UUID, framework: Framework, at now: Date) async throws -> (positions: [CultureScale: Int], evidence: Bool) {
        let positions: [CultureScale: Int]
        do {
            positions = try SelfPlacement.place(answers)
        } catch {
            let n = error.questionIDs.count
            throw ValidationFailure(error.questionIDs.map { FieldError(.answer.of($0), "Choose an answer") }
                + [FieldError(.answer, "\(n) question\(n == 1 ? " is" : "s are") still unanswered")])
        }
        guard try await Person.query(on: db).filter(\.$id == personID).filter(\.$organization.$id == organizationID).first() != nil else {
            throw DirectoryError.notFound
        }
        let competency = Self.awarenessCompetency(in: framework)
        let known = Set(SelfPlacement.questions.map(\.id))
        let row = try await placement(of: personID) ?? CulturePlacement(organizationID: organizationID, personID: personID)
        row.answers = CulturePlacement.encode(answers.filter { known.contains($0.key) })
        row.positions = CulturePlacement.encode(Dictionary(uniqueKeysWithValues: positions.map { ($0.key.rawValue, $0.value) }))
        row.completedAt = now
        try await db.transaction { db in
            try await row.save(on: db)
            if let competency {
                try await EvidenceRecord(personID: personID, competencyID: competency.id, level: Self.practiceLevel, source: Evidence.Source.practice.rawValue,
                                         batch: UUID(), recordedBy: personID, frameworkVersion: framework.version,
                                         comment: "Completed the Know yourself questionnaire on the cultural scales", recordedAt: now).save(on: db)
            }
        }
        return (positions, competency != nil)
    }
}
