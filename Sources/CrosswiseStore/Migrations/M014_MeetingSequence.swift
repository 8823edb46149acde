import FluentKit
import SQLKit

/// How many times a booked meeting has been moved. Calendar programs apply an updated
/// invitation only when its SEQUENCE is higher than the one they hold, so a move sends the new
/// number and a later cancellation one higher again; meetings booked before start at 0.
struct M014_MeetingSequence: AsyncMigration {
    var name: String { "M014_MeetingSequence" }

    func prepare(on database: any Database) async throws {
        try await database.schema(Meeting.schema).field("sequence", .int, .required, .sql(.default(0))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Meeting.schema).deleteField("sequence").update()
    }
}
