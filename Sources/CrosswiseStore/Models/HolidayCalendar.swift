import FluentKit
import Foundation

/// An organization's own holiday calendar, imported from an .ics file: company days, site
/// shutdowns, local feasts the national calendar does not know. It applies to everyone, or to
/// the people of one site.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class HolidayCalendar: Model, @unchecked Sendable {
    public static let schema = "holiday_calendars"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @OptionalParent(key: "site_id") public var site: Site?
    @Field(key: "name") public var name: String
    /// The uploaded file's name, shown so admins know which export it came from.
    @Field(key: "source") public var source: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Children(for: \.$calendar) public var days: [OrganizationHoliday]

    public init() {}

    public init(organizationID: UUID, siteID: UUID?, name: String, source: String) {
        self.$organization.id = organizationID
        self.$site.id = siteID
        self.name = name
        self.source = source
    }
}

/// One date of an organization's calendar.
// @unchecked Sendable: see HolidayCalendar.
public final class OrganizationHoliday: Model, @unchecked Sendable {
    public static let schema = "organization_holidays"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "calendar_id") public var calendar: HolidayCalendar
    /// ISO date, "2026-12-24": sorts and compares as text on every database.
    @Field(key: "date") public var date: String
    @Field(key: "name") public var name: String

    public init() {}

    public init(calendarID: UUID, date: String, name: String) {
        self.$calendar.id = calendarID
        self.date = date
        self.name = name
    }
}
