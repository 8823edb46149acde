import FluentKit
import Foundation
import SQLKit

/// Booked attendees keyed by person id ("person:<uuid>", see `Participant.key(person:)`)
/// instead of e-mail, so correcting someone's e-mail no longer resets their fairness history.
/// A row written before names an e-mail: it takes the id in `person_id`, or, where that is
/// empty, the id of the person with that e-mail in the meeting's organization (and is linked to
/// them). Client rows, and rows that match nobody, stay as they are. Written in SQL rather than
/// with the models, so later changes to them cannot change what this migration did.
struct M008_AttendeesByPersonID: AsyncMigration {
    var name: String { "M008_AttendeesByPersonID" }

    private struct Row: Decodable {
        let id: UUID
        let personId: UUID?
        let participantKey: String
        let organizationId: UUID
    }

    private struct PersonRow: Decodable {
        let id: UUID
        let organizationId: UUID
        let email: String
    }

    func prepare(on database: any Database) async throws {
        guard database is any SQLDatabase else { return }
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            let rows = try await sql.select()
                .column(SQLColumn("id", table: "meeting_attendees"), as: "id")
                .column(SQLColumn("person_id", table: "meeting_attendees"), as: "person_id")
                .column(SQLColumn("participant_key", table: "meeting_attendees"), as: "participant_key")
                .column(SQLColumn("organization_id", table: "meetings"), as: "organization_id")
                .from("meeting_attendees")
                .join("meetings", on: SQLColumn("meeting_id", table: "meeting_attendees"), .equal, SQLColumn("id", table: "meetings"))
                .where(SQLColumn("participant_key", table: "meeting_attendees"), .like, SQLBind("person:%"))
                .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
            // Rows linked to a person: one update per person.
            for personID in Set(rows.compactMap(\.personId)) {
                try await sql.update("meeting_attendees").set("participant_key", to: "person:\(personID.uuidString)")
                    .where("person_id", .equal, personID).where("participant_key", .like, "person:%").run()
            }
            // Rows without one: the person with that e-mail in the meeting's organization.
            let unlinked = rows.filter { $0.personId == nil }
            guard !unlinked.isEmpty else { return }
            let emails = Set(unlinked.map { String($0.participantKey.dropFirst(7)).lowercased() })
            let people = try await sql.select().column("id").column("organization_id").column("email").from("people")
                .where("email", .in, SQLBind.group(Array(emails))).all(decoding: PersonRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            let byEmail = Dictionary(people.map { ("\($0.organizationId) \($0.email.lowercased())", $0.id) }, uniquingKeysWith: { a, _ in a })
            for row in unlinked {
                guard let personID = byEmail["\(row.organizationId) \(row.participantKey.dropFirst(7).lowercased())"] else { continue }
                try await sql.update("meeting_attendees").set("participant_key", to: "person:\(personID.uuidString)")
                    .set("person_id", to: personID).where("id", .equal, row.id).run()
            }
        }
    }

    /// Back to e-mails: each linked row names its person's current e-mail.
    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let people = try await sql.select().column("id").column("organization_id").column("email").from("people").all(decoding: PersonRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            for person in people {
                try await sql.update("meeting_attendees").set("participant_key", to: "person:\(person.email)")
                    .where("person_id", .equal, person.id).where("participant_key", .like, "person:%").run()
            }
        }
    }
}
