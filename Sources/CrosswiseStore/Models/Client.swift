import FluentKit
import Foundation

/// A customer abroad whose work the organization does: their country, zone, business hours
/// and the data-protection laws that govern their data.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class Client: Model, @unchecked Sendable {
    public static let schema = "clients"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Field(key: "name") public var name: String
    @Field(key: "country") public var country: String
    @Field(key: "time_zone") public var timeZone: String
    /// `WeeklyHours` canonical text.
    @Field(key: "business_hours") public var businessHours: String
    /// `DataRegime` raw values, comma separated.
    @Field(key: "regimes") public var regimes: String
    @Field(key: "active") public var active: Bool

    public init() {}

    public init(id: UUID? = nil, organizationID: UUID, name: String, country: String, timeZone: String, businessHours: String, regimes: [DataRegime]) {
        self.id = id
        self.$organization.id = organizationID
        self.name = name
        self.country = country
        self.timeZone = timeZone
        self.businessHours = businessHours
        self.regimes = regimes.map(\.rawValue).joined(separator: ",")
        self.active = true
    }

    public var regimeList: [DataRegime] {
        regimes.split(separator: ",").compactMap { DataRegime(rawValue: String($0)) }
    }
}
