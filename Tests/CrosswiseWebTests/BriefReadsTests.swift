import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Skills
import Testing

/// "I have read this brief" over HTTP: on a served client's country brief and on the client's
/// note, counted once (the second press says so and writes nothing), "Read on <date>" on the
/// page; nobody else gets the button, and their POST is 404 with nothing written.
@Suite struct BriefReadsTests {
    func practiceRows(_ app: TestApp) async throws -> Int {
        try await EvidenceRecord.query(on: app.services.db).filter(\.$source == Evidence.Source.practice.rawValue).count()
    }

    func harbor(_ app: TestApp) async throws -> Client {
        try #require(try await Client.query(on: app.services.db).filter(\.$name == "Harbor & Vine Outfitters").first())
    }

    @Test func aServingMemberMarksTheCountryBriefReadOnceAndThePageSaysWhen() async throws {
        try await TestApp.with { app in
            let before = try await practiceRows(app)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let page = try await http.get(CultureRoute.country("US").path, cookie: cookie).text
                #expect(page.contains("action=\"/culture/US/read\""))
                #expect(page.contains(">I have read this brief</button>"))
                let first = try await http.post(CultureRoute.readCountry("US").path, cookie: cookie, [])
                #expect(first.status == .seeOther)
                #expect(first.headers[.location] == "/culture/US?notice=brief-read#read")
                let after = try await http.get(CultureRoute.country("US").path + "?notice=brief-read", cookie: cookie).text
                #expect(after.contains("Read on "))
                #expect(after.contains(Notice.briefRead.text))
                #expect(!after.contains(">I have read this brief</button>"), "once read, the button gives way to the date")
                let second = try await http.post(CultureRoute.readCountry("us").path, cookie: cookie, [])
                #expect(second.headers[.location] == "/culture/US?notice=brief-read-before#read", "a lower-case code is the same brief")
            }
            #expect(try await practiceRows(app) == before + 1)
            let row = try #require(try await EvidenceRecord.query(on: app.services.db).filter(\.$source == Evidence.Source.practice.rawValue)
                .sort(\.$recordedAt, .descending).first())
            #expect(row.competencyID == "cultural-awareness" && row.level == 2 && row.comment == "Read the cultural brief: United States")
            #expect(try await BriefRead.query(on: app.services.db).count() == 1)
        }
    }

    @Test func theClientNoteIsABriefOfItsOwnCountedOnceToo() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app), before = try await practiceRows(app)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let page = try await http.get(CultureRoute.client(client.id!).path, cookie: cookie).text
                #expect(page.contains("action=\"\(CultureRoute.readClient(client.id!).path)\""))
                let first = try await http.post(CultureRoute.readClient(client.id!).path, cookie: cookie, [])
                #expect(first.headers[.location] == CultureRoute.client(client.id!).path + "?notice=brief-read#read")
                #expect(try await http.get(CultureRoute.client(client.id!).path, cookie: cookie).text.contains("Read on "))
                let second = try await http.post(CultureRoute.readClient(client.id!).path, cookie: cookie, [])
                #expect(second.headers[.location] == CultureRoute.client(client.id!).path + "?notice=brief-read-before#read")
                // The country brief is a brief of its own: still unread.
                #expect(try await http.get(CultureRoute.country("US").path, cookie: cookie).text.contains(">I have read this brief</button>"))
            }
            #expect(try await practiceRows(app) == before + 1)
        }
    }

    @Test func peopleNotServingAClientThereGetNoButtonAnd404WithNothingWritten() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app), other = try await app.otherOrganization()
            try await app.run { http in
                let member = try await http.signIn(TestApp.member)
                // The Night Desk serves US and Canadian clients, no British one.
                #expect(!(try await http.get(CultureRoute.country("GB").path, cookie: member).text.contains("I have read this brief")))
                #expect(try await http.post(CultureRoute.readCountry("GB").path, cookie: member, []).status == .notFound)
                #expect(try await http.post(CultureRoute.readCountry("XX").path, cookie: member, []).status == .notFound)
                #expect(try await http.post(CultureRoute.readClient(other.client.id!).path, cookie: member, []).status == .notFound)
                #expect(try await http.post(CultureRoute.readCountry("US").path, cookie: member, [], csrf: nil).status == .forbidden)
                // Priya's Claims Back Office does not serve Harbor & Vine: its note is 404, so is counting it.
                let lead = try await http.signIn(TestApp.lead)
                #expect(try await http.post(CultureRoute.readClient(client.id!).path, cookie: lead, []).status == .notFound)
                #expect(!(try await http.get(CultureRoute.country("US").path, cookie: lead).text.contains("I have read this brief")))
                // An admin reads every note but counts only the briefs of clients their own teams serve.
                let admin = try await http.signIn(TestApp.admin)
                #expect(try await http.get(CultureRoute.client(other.client.id!).path, cookie: admin).status == .notFound)
                #expect(try await http.post(CultureRoute.readClient(other.client.id!).path, cookie: admin, []).status == .notFound)
                #expect(try await http.post(CultureRoute.readCountry("GB").path, cookie: admin, []).status == .seeOther, "Isabel is on Claims Back Office")
                #expect(try await http.post(CultureRoute.readCountry("JP").path, cookie: admin, []).status == .notFound)
            }
            #expect(try await BriefRead.query(on: app.services.db).count() == 1, "only the admin's GB read")
        }
    }
}
