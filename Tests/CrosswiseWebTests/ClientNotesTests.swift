import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Testing

/// Client notes over HTTP: who reads and writes a client's note (the teams serving it and
/// admins; everyone else 404), refused forms that write nothing, "reviewed today", the review
/// due after 180 days, the history in the audit log, and the note in the export and erasure.
@Suite struct ClientNotesTests {
    /// Harbor & Vine is served by the Night Desk (Angelica, a member) and Research; Priya leads
    /// Claims Back Office, which does not serve it.
    func harbor(_ app: TestApp) async throws -> Client {
        try #require(try await Client.query(on: app.services.db).filter(\.$name == "Harbor & Vine Outfitters").first())
    }

    func fields(owner: UUID, names: String = "First names after the first call; Ms/Mr before.") -> [(String, String)] {
        [("note_names", names), ("escalation", "Account manager, then the operations director"), ("topics", "Baseball yes, politics no"),
         ("other", ""), ("owner", owner.uuidString)]
    }

    @Test func aMemberOfAServingTeamWritesTheNoteAndTheHistoryNamesThem() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app), member = try await app.person(TestApp.member)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let empty = try await http.get(CultureRoute.client(client.id!).path, cookie: cookie)
                #expect(empty.status == .ok)
                #expect(empty.text.contains("Nobody has written a note for this client yet"))
                #expect(empty.text.contains("href=\"/culture/US\""), "the note sits on its country's brief")
                let saved = try await http.post(CultureRoute.saveClient(client.id!).path, cookie: cookie, fields(owner: member.id!))
                #expect(saved.status == .seeOther)
                let page = try await http.get(CultureRoute.client(client.id!).path, cookie: cookie).text
                #expect(page.contains("Baseball yes, politics no"))
                #expect(page.contains("Owner: Angelica Santos"))
                #expect(page.contains("Angelica Santos wrote the note"))
                #expect(!page.contains("Due for review"))
            }
            let note = try #require(try await ClientNote.query(on: app.services.db).first())
            #expect(note.$owner.id == member.id && note.$reviewedBy.id == member.id)
            let audit = try await AuditEntry.query(on: app.services.db).filter(\.$entityType == AuditSubject.clientNote.rawValue).all()
            #expect(audit.count == 1 && audit.first?.actorID == member.id && audit.first?.entityID == client.id!.uuidString)
        }
    }

    @Test func someoneNotServingTheClientGets404AndWritesNothingAnotherOrganizationAlways404() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app), lead = try await app.person(TestApp.lead)
            let other = try await app.otherOrganization()
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.lead)
                #expect(try await http.get(CultureRoute.client(client.id!).path, cookie: cookie).status == .notFound)
                #expect(try await http.post(CultureRoute.saveClient(client.id!).path, cookie: cookie, fields(owner: lead.id!)).status == .notFound)
                let admin = try await http.signIn(TestApp.admin)
                #expect(try await http.get(CultureRoute.client(client.id!).path, cookie: admin).status == .ok, "admins read every note")
                #expect(try await http.get(CultureRoute.client(other.client.id!).path, cookie: admin).status == .notFound)
                let adminID = try await app.person(TestApp.admin).id!
                #expect(try await http.post(CultureRoute.saveClient(other.client.id!).path, cookie: admin, fields(owner: adminID)).status == .notFound)
                #expect(try await http.post(CultureRoute.reviewed(other.client.id!).path, cookie: admin, []).status == .notFound)
            }
            #expect(try await ClientNote.query(on: app.services.db).count() == 0)
        }
    }

    @Test func withoutTheFormTokenIs403AndNothingIsWritten() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app), member = try await app.person(TestApp.member)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                #expect(try await http.post(CultureRoute.saveClient(client.id!).path, cookie: cookie, fields(owner: member.id!), csrf: nil).status == .forbidden)
                #expect(try await http.post(CultureRoute.saveClient(client.id!).path, cookie: cookie, fields(owner: member.id!),
                                            csrf: String(repeating: "cd", count: 32)).status == .forbidden)
            }
            #expect(try await ClientNote.query(on: app.services.db).count() == 0)
        }
    }

    @Test func badInputIsRefusedWithWhatWasTypedAndNothingIsWritten() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app), member = try await app.person(TestApp.member), lead = try await app.person(TestApp.lead)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let path = CultureRoute.saveClient(client.id!).path
                let blank = try await http.post(path, cookie: cookie, [("note_names", "  "), ("escalation", "\u{7}"), ("topics", ""), ("other", ""),
                                                                       ("owner", member.id!.uuidString)])
                #expect(blank.status == .unprocessableContent)
                #expect(blank.text.contains("Write at least one part of the note"))
                let long = String(repeating: "a", count: 1_001)
                let tooLong = try await http.post(path, cookie: cookie, fields(owner: member.id!, names: long))
                #expect(tooLong.status == .unprocessableContent)
                #expect(tooLong.text.contains("Names and formality is longer than 1000 characters"))
                #expect(tooLong.text.contains("Baseball yes, politics no"), "what was typed is kept")
                let stranger = try await http.post(path, cookie: cookie, fields(owner: lead.id!))
                #expect(stranger.status == .unprocessableContent)
                #expect(stranger.text.contains("Choose an owner from the people serving this client"))
                let noOwner = try await http.post(path, cookie: cookie, fields(owner: member.id!).filter { $0.0 != "owner" })
                #expect(noOwner.status == .unprocessableContent)
            }
            #expect(try await ClientNote.query(on: app.services.db).count() == 0)
            #expect(try await AuditEntry.query(on: app.services.db).filter(\.$entityType == AuditSubject.clientNote.rawValue).count() == 0)
        }
    }

    @Test func controlCharactersAreStrippedAndLineBreaksKept() {
        #expect(ClientNoteDraft.clean("Ms Tan\u{0}\u{1B}[31m\r\nthen\u{2028} Mr Lee  \n") == "Ms Tan[31m\nthen Mr Lee")
    }

    @Test func aNoteOlderThan180DaysIsDueAndReviewedTodayClearsItInTheHistory() async throws {
        let longAgo = Date(timeIntervalSinceNow: -181 * 86_400)
        try await TestApp.with { app in
            let client = try await harbor(app), member = try await app.person(TestApp.member)
            let old = ClientNotesBook(db: app.services.db, organizationID: client.$organization.id, actor: .person(member.id!, role: .member), now: { longAgo })
            try await old.save(ClientNoteDraft(names: "Titles always", ownerID: member.id), client: client.id!, by: member.id!, isAdmin: false)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                #expect(try await http.get(CultureRoute.client(client.id!).path, cookie: cookie).text.contains("Due for review"))
                #expect(try await http.post(CultureRoute.reviewed(client.id!).path, cookie: cookie, [], csrf: nil).status == .forbidden)
                let reviewed = try await http.post(CultureRoute.reviewed(client.id!).path, cookie: cookie, [])
                #expect(reviewed.status == .seeOther)
                let page = try await http.get(CultureRoute.client(client.id!).path, cookie: cookie).text
                #expect(!page.contains("Due for review"))
                #expect(page.contains("Angelica Santos marked it reviewed"))
            }
            let note = try #require(try await ClientNote.query(on: app.services.db).first())
            #expect(Date().timeIntervalSince(note.reviewedAt) < 3_600)
            #expect(note.names == "Titles always", "reviewing changes no text")
        }
    }

    @Test func reviewingANoteNobodyWroteIs404() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                #expect(try await http.post(CultureRoute.reviewed(client.id!).path, cookie: cookie, []).status == .notFound)
            }
        }
    }

    @Test func theNoteIsInTheOwnersExportAndErasureKeepsTheTextWithoutThem() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app), member = try await app.person(TestApp.member)
            let book = ClientNotesBook(db: app.services.db, organizationID: client.$organization.id, actor: .person(member.id!, role: .member))
            try await book.save(ClientNoteDraft(topics: "Never discuss rivals", ownerID: member.id), client: client.id!, by: member.id!, isAdmin: false)
            let data = PersonalData(db: app.services.db, organizationID: client.$organization.id)
            let document = try await data.export(member.id!)
            guard case .array(let notes)? = document.sections["clientNotes"], case .object(let first)? = notes.first else {
                Issue.record("no client notes in the export"); return
            }
            #expect(first["client"] == .string("Harbor & Vine Outfitters") && first["topics"] == .string("Never discuss rivals") && first["owner"] == .bool(true))
            let admin = try await app.person(TestApp.admin)
            try await data.erase(member.id!, by: .person(admin.id!, role: .admin))
            let note = try #require(try await ClientNote.query(on: app.services.db).first())
            #expect(note.$owner.id == nil && note.$reviewedBy.id == nil)
            #expect(note.topics == "Never discuss rivals")
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.admin)
                #expect(try await http.get(CultureRoute.client(client.id!).path, cookie: cookie).text.contains("Nobody yet: choose one below"))
            }
        }
    }

    @Test func theTeamPageLinksEachClientsNoteForItsMembersAndTheBriefForEveryone() async throws {
        try await TestApp.with { app in
            let client = try await harbor(app)
            let night = try #require(try await Team.query(on: app.services.db).filter(\.$name == "Night Desk – Customer Care").first())
            try await app.run { http in
                let member = try await http.signIn(TestApp.member)
                let own = try await http.get(TeamRoute.team(night.id!).path, cookie: member).text
                #expect(own.contains("href=\"\(CultureRoute.client(client.id!).path)\""))
                #expect(own.contains("href=\"/culture/US\""))
                let admin = try await http.signIn(TestApp.admin)
                let edit = try await http.get(AdminRoute.clients(.edit(client.id!)).path, cookie: admin).text
                #expect(edit.contains("href=\"\(CultureRoute.client(client.id!).path)\""), "the client's admin page links its note")
                let lead = try await http.signIn(TestApp.lead)
                let notTheirs = try await http.get(TeamRoute.team(night.id!).path, cookie: lead)
                if notTheirs.status == .ok {
                    #expect(!notTheirs.text.contains(CultureRoute.client(client.id!).path), "no link to a note they would get 404 for")
                }
            }
        }
    }
}
