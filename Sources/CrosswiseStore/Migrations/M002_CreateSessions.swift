import FluentKit

/// Signed-in browsers, stored so a restart signs nobody out.
struct M002_CreateSessions: AsyncMigration {
    var name: String { "M002_CreateSessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema)
            .field("id", .string, .identifier(auto: false))
            .field("person_id", .uuid, .required, .references(Person.schema, .id, onDelete: .cascade))
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema).delete()
    }
}

/// Every migration in the order it runs. New ones go at the end with the next number.
enum CrosswiseMigrations {
    static let all: [any Migration] = [
        M001_CreateDirectory(),
        M002_CreateSessions(),
        M003_CreateDirectoryVersion(),
        M004_CreateMeetings(),
        M005_CreateWritingChecks(),
        M006_CreateSkills(),
        M007_HardenAccounts(),
        M008_AttendeesByPersonID(),
        M009_CreateNotices(),
        M010_CreatePrivacy(),
        M014_MeetingSequence(),
        M015_IndexesForLargeOrganizations(),
        M016_CreateFeedback(),
        M017_CreateCulture(),
        M018_CreateFeedbackRequests(),
        M019_CreateBriefReads(),
    ]
}
