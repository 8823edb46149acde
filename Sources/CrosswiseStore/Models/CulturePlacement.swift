import FluentKit
import Foundation

/// A person's answers to "Know yourself" and the positions on the eight scales they give
/// (`Culture.SelfPlacement`), both as JSON objects keyed by question id and by scale. One row
/// per person, replaced when they answer again.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class CulturePlacement: Model, @unchecked Sendable {
    public static let schema = "culture_placements"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "person_id") public var person: Person
    @Field(key: "answers") public var answers: String
    @Field(key: "positions") public var positions: String
    @Field(key: "completed_at") public var completedAt: Date

    public init() {}

    init(organizationID: UUID, personID: UUID) {
        self.$organization.id = organizationID
        self.$person.id = personID
        answers = "{}"; positions = "{}"; completedAt = Date()
    }

    public var answerValues: [String: Int] { Self.decode(answers) }
    public var positionValues: [String: Int] { Self.decode(positions) }

    static func decode(_ text: String) -> [String: Int] {
        (try? JSONDecoder().decode([String: Int].self, from: Data(text.utf8))) ?? [:]
    }

    static func encode(_ values: [String: Int]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(values)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
