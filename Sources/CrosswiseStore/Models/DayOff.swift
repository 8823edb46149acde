import FluentKit
import Foundation

/// Leave, training or any personal day a person is away, first to last day inclusive. Only the
/// dates are kept: why someone is away is nobody else's business.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class DayOff: Model, @unchecked Sendable {
    public static let schema = "days_off"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    /// ISO dates, "2026-12-24".
    @Field(key: "first_day") public var firstDay: String
    @Field(key: "last_day") public var lastDay: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(personID: UUID, firstDay: String, lastDay: String) {
        self.$person.id = personID
        self.firstDay = firstDay
        self.lastDay = lastDay
    }
}
