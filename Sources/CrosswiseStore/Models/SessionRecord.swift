import FluentKit
import Foundation

/// A signed-in browser. The cookie holds a random token; the table holds only its SHA-256, so a
/// copy of the database cannot be used to sign in. Kept in the database so a restart signs
/// nobody out.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class SessionRecord: Model, @unchecked Sendable {
    public static let schema = "sessions"

    /// Hex SHA-256 of the cookie token.
    @ID(custom: "id", generatedBy: .user) public var id: String?
    @Parent(key: "person_id") public var person: Person
    @Field(key: "expires_at") public var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: String, personID: UUID, expiresAt: Date) {
        self.id = id
        self.$person.id = personID
        self.expiresAt = expiresAt
    }
}
