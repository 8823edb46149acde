import FluentKit
import Foundation

/// Someone in the organization, and their account. A person without a password hash is in the
/// directory (imported, say) but cannot sign in until an admin issues a password.
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class Person: Model, @unchecked Sendable {
    public static let schema = "people"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @OptionalParent(key: "site_id") public var site: Site?
    @Field(key: "name") public var name: String
    /// Lower-cased; unique across the installation because it is the sign-in name.
    @Field(key: "email") public var email: String
    @Field(key: "role") public var role: Role
    @Field(key: "time_zone") public var timeZone: String
    @Field(key: "country") public var country: String
    @OptionalField(key: "subdivision") public var subdivision: String?
    /// `WeeklyHours` in its canonical text form: "Mon-Fri 21:00-06:00".
    @Field(key: "working_hours") public var workingHours: String
    /// `WeekdaySet` text: "Sat, Sun".
    @Field(key: "weekend") public var weekend: String
    /// BCP 47 language tags, comma separated: "en, fil".
    @Field(key: "languages") public var languages: String
    @OptionalField(key: "password_hash") public var passwordHash: String?
    /// Set while the password is a temporary one an admin issued: it works until then, and only
    /// to choose a new password.
    @OptionalField(key: "password_expires_at") public var passwordExpiresAt: Date?
    @Field(key: "failed_sign_ins") public var failedSignIns: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @Field(key: "active") public var active: Bool
    /// Set when an admin erased the person: the row stays, without anything personal, because
    /// meetings they organized are part of other people's history (see `PersonalData.erase`).
    @OptionalField(key: "erased_at") public var erasedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(organizationID: UUID, name: String, email: String, role: Role) {
        self.$organization.id = organizationID
        self.name = name
        self.email = email
        self.role = role
        self.timeZone = "UTC"
        self.country = ""
        self.workingHours = ""
        self.weekend = "Sat, Sun"
        self.languages = "en"
        self.failedSignIns = 0
        self.active = true
    }

    public var firstName: String { String(name.split(separator: " ").first ?? Substring(name)) }
}

/// What a person may do. Leads manage the people of the teams they lead; admins manage the
/// whole organization.
public enum Role: String, Codable, CaseIterable, Sendable {
    case member, lead, admin

    public var title: String { rawValue.capitalized }
}
