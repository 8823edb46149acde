@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// Everyday feedback on both databases: giving, who may read what, the export and erasure.
@Suite struct FeedbackBookTests {
    let passwords = Passwords(cost: 4)

    struct World {
        let db: CrosswiseDatabase
        let book: FeedbackBook
        let admin: Person
        /// Giver and receiver share a team led by `lead`; `otherLead` leads another team.
        let giver: Person, receiver: Person, lead: Person, otherLead: Person
        let organizationID: UUID
    }

    func person(_ name: String, _ role: String, team: UUID, in directory: Directory) async throws -> Person {
        var form = PersonForm()
        form.name = name
        form.email = name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.org"
        form.role = role
        form.teamIDs = [team]
        form.timeZone = "Asia/Manila"
        form.country = "PH"
        form.workingHours = "Mon-Fri 21:00-06:00"
        return try await directory.savePerson(form)
    }

    func world(_ kind: String) async throws -> World {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let admin = try #require(try await Person.query(on: db.db).filter(\.$email == DemoOrganization.signIns[0].email).first())
        let orgID = admin.$organization.id
        let directory = Directory(db: db.db, organizationID: orgID, actor: .person(admin.id!, role: .admin))
        let teams = try await directory.teams()
        try #require(teams.count >= 2)
        let giver = try await person("Imelda Santos Roque", "member", team: teams[0].id!, in: directory)
        let receiver = try await person("Tomasz Adeyemi Lind", "member", team: teams[0].id!, in: directory)
        let lead = try await person("Farida Haddad Cole", "lead", team: teams[0].id!, in: directory)
        let otherLead = try await person("Oskar Mbeki Laine", "lead", team: teams[1].id!, in: directory)
        return World(db: db, book: FeedbackBook(db: db.db, organizationID: orgID), admin: admin,
                     giver: giver, receiver: receiver, lead: lead, otherLead: otherLead, organizationID: orgID)
    }

    func draft(to receiver: Person, _ kind: String = "suggestion", visibility: String = "person-and-leads") -> FeedbackDraft {
        var draft = FeedbackDraft()
        draft.receiverID = receiver.id
        draft.kind = kind
        draft.situation = "Tuesday's escalation call with the Ohio client"
        draft.behaviour = "You summarised the refund policy before the client asked"
        draft.impact = "The call ended ten minutes early and the client thanked us"
        draft.nextTime = kind == "suggestion" ? "Send the summary in writing after the call" : ""
        draft.competency = "communication"
        draft.visibility = visibility
        return draft
    }

    @Test(arguments: TestDatabases.kinds)
    func givenFeedbackIsListedForBothSidesNewestFirst(kind: String) async throws {
        let w = try await world(kind)
        let first = try await w.book.give(draft(to: w.receiver, "praise"), from: w.giver.id!, competencies: ["communication"])
        #expect(first.nextTime == nil)
        try await w.book.give(draft(to: w.receiver), from: w.giver.id!, competencies: ["communication"])
        let received = try await w.book.received(by: w.receiver.id!)
        #expect(received.count == 2 && Set(received.map(\.entry.feedbackKind)) == [.suggestion, .praise])
        #expect(received.allSatisfy { $0.giverName == w.giver.name })
        #expect(try await w.book.given(by: w.giver.id!).count == 2)
        #expect(try await w.book.given(by: w.receiver.id!).isEmpty)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aRefusedDraftNamesEveryMistakeAndWritesNothing(kind: String) async throws {
        let w = try await world(kind)
        var bad = draft(to: w.receiver)
        bad.kind = "insult"
        bad.situation = "   "
        bad.impact = String(repeating: "x", count: FeedbackDraft.partLimit + 1)
        bad.competency = "juggling"
        bad.visibility = "everyone"
        do {
            try await w.book.give(bad, from: w.giver.id!, competencies: ["communication"])
            Issue.record("a bad draft was accepted")
        } catch let failure as ValidationFailure {
            #expect(Set(failure.errors.map(\.field)) == [.kind, .situation, .impact, .competency, .visibility])
        }
        var noNext = draft(to: w.receiver)
        noNext.nextTime = "\u{7}\n "
        await #expect(throws: ValidationFailure.self) {
            try await w.book.give(noNext, from: w.giver.id!, competencies: ["communication"])
        }
        await #expect(throws: ValidationFailure.self) {
            try await w.book.give(draft(to: w.giver), from: w.giver.id!, competencies: ["communication"])
        }
        #expect(try await FeedbackEntry.query(on: w.db.db).filter(\.$giver.$id == w.giver.id!).count() == 0)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func controlCharactersAreRemovedFromTheText(kind: String) async throws {
        let w = try await world(kind)
        var typed = draft(to: w.receiver)
        typed.behaviour = "You\u{0} stayed\u{1B} calm\r\n"
        let entry = try await w.book.give(typed, from: w.giver.id!, competencies: ["communication"])
        #expect(entry.behaviour == "You stayed calm")
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func someoneOfAnotherOrganizationCannotReceiveFeedback(kind: String) async throws {
        let w = try await world(kind)
        let elsewhere = Organization(name: "Elsewhere BPO")
        try await elsewhere.create(on: w.db.db)
        let stranger = Person(organizationID: elsewhere.id!, name: "Rafael Ortiz Dunn", email: "rafael@elsewhere.example", role: .member)
        try await stranger.create(on: w.db.db)
        await #expect(throws: ValidationFailure.self) {
            try await w.book.give(draft(to: stranger), from: w.giver.id!, competencies: ["communication"])
        }
        // Nor can they give from there into this organization.
        await #expect(throws: DirectoryError.notFound) {
            try await w.book.give(draft(to: w.receiver), from: stranger.id!, competencies: ["communication"])
        }
        // And this organization's entries are not found from theirs.
        let entry = try await w.book.give(draft(to: w.receiver), from: w.giver.id!, competencies: ["communication"])
        let theirs = FeedbackBook(db: w.db.db, organizationID: elsewhere.id!)
        await #expect(throws: DirectoryError.notFound) { try await theirs.entry(entry.id!, readBy: stranger.id!) }
        #expect(try await theirs.received(by: w.receiver.id!).isEmpty)
        #expect(try await FeedbackEntry.query(on: w.db.db).filter(\.$giver.$id == w.giver.id!).count() == 1)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func onlyGiverReceiverAndForSharedEntriesTheReceiversLeadsReadAnEntry(kind: String) async throws {
        let w = try await world(kind)
        let shared = try await w.book.give(draft(to: w.receiver), from: w.giver.id!, competencies: ["communication"])
        let personal = try await w.book.give(draft(to: w.receiver, visibility: "person"), from: w.giver.id!, competencies: ["communication"])
        for reader in [w.giver, w.receiver, w.lead] {
            #expect(try await w.book.entry(shared.id!, readBy: reader.id!).entry.id == shared.id)
        }
        for reader in [w.giver, w.receiver] {
            #expect(try await w.book.entry(personal.id!, readBy: reader.id!).entry.id == personal.id)
        }
        await #expect(throws: DirectoryError.notFound) { try await w.book.entry(personal.id!, readBy: w.lead.id!) }
        for outsider in [w.otherLead, w.admin] {
            for entry in [shared, personal] {
                await #expect(throws: DirectoryError.notFound) { try await w.book.entry(entry.id!, readBy: outsider.id!) }
            }
        }
        #expect(try await w.book.sharedWithLead(w.lead.id!).map(\.entry.id) == [shared.id])
        #expect(try await w.book.sharedWithLead(w.otherLead.id!).isEmpty)
        #expect(try await w.book.sharedWithLead(w.giver.id!).isEmpty)
        await w.db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func theExportHoldsGivenAndReceivedWithoutTheOtherSidesNameAndErasureRemovesBoth(kind: String) async throws {
        let w = try await world(kind)
        try await w.book.give(draft(to: w.receiver), from: w.giver.id!, competencies: ["communication"])
        var back = draft(to: w.giver, "praise")
        back.situation = "The week 48 handover notes"
        try await w.book.give(back, from: w.receiver.id!, competencies: ["communication"])
        var unrelated = draft(to: w.lead, "praise")
        unrelated.situation = "Unrelated to the erased person"
        try await w.book.give(unrelated, from: w.receiver.id!, competencies: ["communication"])
        let data = PersonalData(db: w.db.db, organizationID: w.organizationID)

        let document = try await data.export(w.giver.id!)
        let section = try #require(document.sections["feedback"])
        #expect(section["given"]?.array?.map { $0["situation"] } == [.string("Tuesday's escalation call with the Ohio client")])
        #expect(section["received"]?.array?.map { $0["situation"] } == [.string("The week 48 handover notes")])
        #expect(section["given"]?.array?.first?["nextTime"] == .string("Send the summary in writing after the call"))
        let json = String(decoding: try document.json(), as: UTF8.self)
        #expect(!json.contains(w.receiver.name) && !json.contains(w.receiver.email))

        try await data.erase(w.giver.id!, by: .person(w.admin.id!, role: .admin))
        // The demo's own entries are between other people.
        let left = try await FeedbackEntry.query(on: w.db.db).filter(\.$receiver.$id ~~ [w.giver.id!, w.receiver.id!, w.lead.id!]).all()
        #expect(left.map(\.situation) == ["Unrelated to the erased person"])
        await w.db.shutdown()
    }
}
