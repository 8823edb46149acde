import FluentKit
import SQLKit

/// Organization holiday calendars, personal days off, booked meetings with what each cost its
/// attendees (the fairness ledger), and calendar subscriptions.
struct M004_CreateMeetings: AsyncMigration {
    var name: String { "M004_CreateMeetings" }

    func prepare(on database: any Database) async throws {
        try await database.schema(HolidayCalendar.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("site_id", .uuid, .references(Site.schema, .id, onDelete: .cascade))
            .field("name", .string, .required)
            .field("source", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "organization_id", "name")
            .create()

        try await database.schema(OrganizationHoliday.schema)
            .id()
            .field("calendar_id", .uuid, .required, .references(HolidayCalendar.schema, .id, onDelete: .cascade))
            .field("date", .string, .required)
            .field("name", .string, .required)
            .create()

        try await database.schema(DayOff.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("first_day", .string, .required)
            .field("last_day", .string, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(Meeting.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(Organization.schema, .id, onDelete: .cascade))
            .field("organizer_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("team_id", .uuid, .references(Team.schema, .id, onDelete: .setNull))
            .field("series_id", .uuid)
            .field("title", .string, .required)
            .field("starts_at", .int64, .required)
            .field("ends_at", .int64, .required)
            .field("time_zone", .string, .required)
            .field("created_at", .datetime)
            .create()

        try await database.schema(MeetingAttendee.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, .id, onDelete: .cascade))
            .field("person_id", .uuid, .references(Person.schema, .id, onDelete: .cascade))
            .field("client_id", .uuid, .references(Client.schema, .id, onDelete: .cascade))
            .field("participant_key", .string, .required)
            .field("name", .string, .required)
            .field("cost", .int, .required)
            .field("availability", .string, .required)
            .create()

        try await database.schema(CalendarFeed.schema)
            .id()
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "person_id")
            .unique(on: "token_hash")
            .create()

        // The lookups every page makes: a person's meetings, a team's ledger, a person's days off.
        guard let sql = database as? any SQLDatabase else { return }
        for (index, table, column) in [
            ("meeting_attendees_person", MeetingAttendee.schema, "person_id"), ("meeting_attendees_meeting", MeetingAttendee.schema, "meeting_id"),
            ("meetings_team", Meeting.schema, "team_id"), ("meetings_organizer", Meeting.schema, "organizer_id"),
            ("days_off_person", DayOff.schema, "person_id"), ("organization_holidays_calendar", OrganizationHoliday.schema, "calendar_id"),
        ] {
            try await sql.create(index: index).on(table).column(column).run()
        }
    }

    func revert(on database: any Database) async throws {
        for schema in [CalendarFeed.schema, MeetingAttendee.schema, Meeting.schema, DayOff.schema, OrganizationHoliday.schema, HolidayCalendar.schema] {
            try await database.schema(schema).delete()
        }
    }
}
