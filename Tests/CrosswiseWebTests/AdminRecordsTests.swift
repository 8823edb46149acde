import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Testing

/// What every admin record (site, team, client, person) shares, proved once per record
/// through the web app: create, a refused save, edit, deactivate and reactivate.
@Suite struct AdminRecordsTests {
    /// One record kind: where its pages are, a valid form, a typed value that makes it invalid,
    /// and how to find the stored record by name.
    struct Record: Sendable, CustomTestStringConvertible {
        let base: String
        let fields: [(String, String)]
        let invalid: (String, String)
        let message: String
        let find: @Sendable (any Database, String) async throws -> (id: UUID, active: Bool)?
        var testDescription: String { base }

        var name: String { Self.name(in: fields) }

        func with(_ replaced: (String, String)) -> [(String, String)] {
            fields.map { $0.0 == replaced.0 ? replaced : $0 }
        }

        static func name(in fields: [(String, String)]) -> String { fields.first { $0.0 == "name" }!.1 }
    }

    static let records: [Record] = [
        Record(base: "/admin/sites", fields: [("name", "Cebu – IT Park"), ("city", "Cebu"), ("country", "PH"), ("time_zone", "Asia/Manila")],
               invalid: ("time_zone", "Manila"), message: "“Manila” is not an IANA time zone") { db, name in
            try await Site.query(on: db).filter(\.$name == name).first().map { ($0.id!, $0.active) }
        },
        Record(base: "/admin/teams", fields: [("name", "Escalations Desk"), ("site", "")],
               invalid: ("name", String(repeating: "x", count: 121)), message: "Name is longer than 120 characters") { db, name in
            try await Team.query(on: db).filter(\.$name == name).first().map { ($0.id!, $0.active) }
        },
        Record(base: "/admin/clients", fields: [("name", "Harbour Bank"), ("country", "GB"), ("time_zone", "Europe/London"),
                                                ("business_hours", "Mon-Fri 09:00-17:00"), ("regimes", "uk-gdpr")],
               invalid: ("business_hours", "Mon-Fri 09:00-25:00"), message: "“25:00” is not a time of day") { db, name in
            try await Client.query(on: db).filter(\.$name == name).first().map { ($0.id!, $0.active) }
        },
        Record(base: "/admin/people", fields: [("name", "Night Owl"), ("email", "owl@meridianshore.example.com"), ("role", "member"),
                                               ("time_zone", "Asia/Manila"), ("country", "PH"), ("working_hours", "Mon-Fri 21:00-06:00"), ("languages", "en")],
               invalid: ("working_hours", "Mon-Fri 21:00-25:00"), message: "“25:00” is not a time of day") { db, name in
            try await Person.query(on: db).filter(\.$name == name).first().map { ($0.id!, $0.active) }
        },
    ]

    @Test(arguments: records) func aRefusedSaveKeepsWhatWasTypedAndWritesNothing(_ record: Record) async throws {
        try await TestApp.with() { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let sent = record.with(record.invalid), name = Record.name(in: sent)
                let refused = try await client.post(record.base, cookie: admin, sent)
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("Nothing was saved") && refused.text.contains(record.message))
                #expect(refused.text.contains("value=\"\(name)\"") && refused.text.contains("value=\"\(record.invalid.1)\""))
                #expect(try await record.find(app.services.db, name) == nil)
            }
        }
    }

    @Test(arguments: records) func aRecordIsCreatedEditedDeactivatedAndReactivated(_ record: Record) async throws {
        try await TestApp.with() { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                let created = try await client.post(record.base, cookie: admin, record.fields)
                #expect(created.status == .seeOther && created.headers[.location]?.hasSuffix("notice=created") == true)
                let stored = try #require(try await record.find(app.services.db, record.name))

                let form = try await client.get("\(record.base)/\(stored.id)/edit", cookie: admin)
                #expect(form.status == .ok && form.text.contains("value=\"\(record.name)\""))
                let renamed = record.name + " II"
                let saved = try await client.post("\(record.base)/\(stored.id)", cookie: admin, record.with(("name", renamed)))
                #expect(saved.status == .seeOther && saved.headers[.location]?.hasSuffix("notice=saved") == true)
                #expect(try await record.find(app.services.db, renamed)?.id == stored.id)

                let asked = try await client.post("\(record.base)/\(stored.id)/active", cookie: admin, [("active", "false")])
                #expect(asked.status == .ok && asked.text.contains("Deactivate \(renamed)?"), "deactivating asks first")
                #expect(try await record.find(app.services.db, renamed)?.active == true)
                let off = try await client.post("\(record.base)/\(stored.id)/active", cookie: admin, [("active", "false"), ("confirmed", "yes")])
                #expect(off.headers[.location] == "\(record.base)?notice=deactivated")
                #expect(try await record.find(app.services.db, renamed)?.active == false)
                let on = try await client.post("\(record.base)/\(stored.id)/active", cookie: admin, [("active", "true")])
                #expect(on.headers[.location] == "\(record.base)?notice=reactivated")
                #expect(try await record.find(app.services.db, renamed)?.active == true)
            }
        }
    }
}
