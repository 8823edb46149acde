import FluentKit
import Foundation

/// A company using Crosswise. Every other record hangs off one, and every query is scoped to it.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class Organization: Model, @unchecked Sendable {
    public static let schema = "organizations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    /// Set on the organization that `serve --demo` loads, so it is loaded once and never twice.
    @Field(key: "is_demo") public var isDemo: Bool
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID? = nil, name: String, isDemo: Bool = false) {
        self.id = id
        self.name = name
        self.isDemo = isDemo
    }
}
