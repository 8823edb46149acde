import FluentKit
import Foundation

/// A booked meeting, or one occurrence of a booked series (occurrences share `seriesID`, and
/// each keeps its own start because fair rotation moves some of them).
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
public final class Meeting: Model, @unchecked Sendable {
    public static let schema = "meetings"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "organization_id") public var organization: Organization
    @Parent(key: "organizer_id") public var organizer: Person
    /// The team whose fairness ledger this meeting counts in, when it was planned for one team.
    @OptionalParent(key: "team_id") public var team: Team?
    @OptionalField(key: "series_id") public var seriesID: UUID?
    @Field(key: "title") public var title: String
    /// Seconds since 1970, UTC.
    @Field(key: "starts_at") public var startsAt: Int64
    @Field(key: "ends_at") public var endsAt: Int64
    /// The organizer's IANA zone when booked; calendars show the meeting on that clock.
    @Field(key: "time_zone") public var timeZone: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// Raised on each move; the invitation's SEQUENCE (see M014).
    @Field(key: "sequence") public var sequence: Int
    @Children(for: \.$meeting) public var attendees: [MeetingAttendee]

    public init() {}

    public init(organizationID: UUID, organizerID: UUID, teamID: UUID?, seriesID: UUID?, title: String, startsAt: Int64, endsAt: Int64, timeZone: String) {
        self.$organization.id = organizationID
        self.$organizer.id = organizerID
        self.$team.id = teamID
        self.seriesID = seriesID
        self.title = title
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.timeZone = timeZone
        self.sequence = 0
    }
}

/// Who attends a meeting and what it cost them when it was booked: the ledger's raw data.
// @unchecked Sendable: see Meeting.
public final class MeetingAttendee: Model, @unchecked Sendable {
    public static let schema = "meeting_attendees"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "meeting_id") public var meeting: Meeting
    @OptionalParent(key: "person_id") public var person: Person?
    @OptionalParent(key: "client_id") public var client: Client?
    /// The planner's participant key ("person:<person id>", "client:<client id>"); see `Participant.key`.
    @Field(key: "participant_key") public var participantKey: String
    @Field(key: "name") public var name: String
    /// Inconvenience on the planner's scale (0 inside a shift, 100 mid-night).
    @Field(key: "cost") public var cost: Int
    /// `Availability.code`: "working", "night", ...
    @Field(key: "availability") public var availability: String

    public init() {}

    public init(meetingID: UUID, personID: UUID?, clientID: UUID?, participantKey: String, name: String, cost: Int, availability: String) {
        self.$meeting.id = meetingID
        self.$person.id = personID
        self.$client.id = clientID
        self.participantKey = participantKey
        self.name = name
        self.cost = cost
        self.availability = availability
    }
}

/// A person's calendar subscription: only a SHA-256 of the secret in the feed's URL is kept,
/// so a copy of the database does not give anyone the feeds.
// @unchecked Sendable: see Meeting.
public final class CalendarFeed: Model, @unchecked Sendable {
    public static let schema = "calendar_feeds"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "person_id") public var person: Person
    @Field(key: "token_hash") public var tokenHash: String
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(personID: UUID, tokenHash: String) {
        self.$person.id = personID
        self.tokenHash = tokenHash
    }
}
