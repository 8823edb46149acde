import FluentKit
import Foundation

/// An office or delivery centre: "Manila – Ortigas".
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class Site: Model, @unchecked Sendable {
    public static let schema = "sites"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Field(key: "name") public var name: String
    @Field(key: "city") public var city: String
    /// ISO 3166-1 alpha-2.
    @Field(key: "country") public var country: String
    /// IANA time zone name.
    @Field(key: "time_zone") public var timeZone: String
    @Field(key: "active") public var active: Bool

    public init() {}

    public init(id: UUID? = nil, organizationID: UUID, name: String, city: String, country: String, timeZone: String) {
        self.id = id
        self.$organization.id = organizationID
        self.name = name
        self.city = city
        self.country = country
        self.timeZone = timeZone
        self.active = true
    }
}
