import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Testing
import Worldtime

/// Everyday feedback over HTTP: the form (check, then send), and who may read an entry.
@Suite struct FeedbackTests {
    /// The demo lead's team: the lead, and two of its members other than the lead.
    func team(in app: TestApp) async throws -> (lead: Person, giver: Person, receiver: Person) {
        let lead = try await app.person(TestApp.lead)
        let led = try #require(try await TeamMembership.query(on: app.services.db).filter(\.$person.$id == lead.id!).filter(\.$isLead == true).first())
        let ids = try await TeamMembership.query(on: app.services.db).filter(\.$team.$id == led.$team.id).all().map { $0.$person.id }
            .filter { $0 != lead.id }
        try #require(ids.count >= 2, "the demo lead's team has two members besides the lead")
        let people = try await Person.query(on: app.services.db).filter(\.$id ~~ ids).sort(\.$name).all()
        return (lead, people[0], people[1])
    }

    func give(from giver: Person, to receiver: Person, visibility: FeedbackVisibility, in app: TestApp) async throws -> UUID {
        var draft = FeedbackDraft()
        draft.receiverID = receiver.id
        draft.kind = "praise"
        draft.situation = "Situation \(visibility.rawValue)"
        draft.behaviour = "Wrote the handover before the shift ended"
        draft.impact = "The morning team started on time"
        draft.visibility = visibility.rawValue
        let entry = try await FeedbackBook(db: app.services.db, organizationID: giver.$organization.id).give(draft, from: giver.id!, competencies: [])
        return entry.id!
    }

    func fields(to receiver: Person, step: String, behaviour: String = "You always summarised the refund policy first") -> [(String, String)] {
        [("to", receiver.id!.uuidString), ("kind", "suggestion"), ("situation", "Tuesday's escalation call"),
         ("behaviour", behaviour), ("impact", "The client calmed down quickly"),
         ("next_time", "Send the summary by e-mail too"), ("competency", ""), ("visibility", "person"), ("step", step)]
    }

    @Test func checkShowsFindingsAndSendsNothingThenSendStoresTheEntry() async throws {
        try await TestApp.with { app in
            let (_, giver, receiver) = try await team(in: app)
            try await app.run { client in
                let cookie = try await client.signIn(giver.email)
                let checked = try await client.post(FeedbackRoute.send.path, cookie: cookie, fields(to: receiver, step: "check"))
                #expect(checked.status == .ok)
                #expect(checked.text.contains("Tone and clarity"))
                #expect(checked.text.contains("You always summarised the refund policy first"))
                #expect(try await FeedbackEntry.query(on: app.services.db).filter(\.$giver.$id == giver.id!).count() == 0)
                let sent = try await client.post(FeedbackRoute.send.path, cookie: cookie, fields(to: receiver, step: "send"))
                #expect(sent.status == .seeOther)
            }
            let stored = try await FeedbackEntry.query(on: app.services.db).filter(\.$giver.$id == giver.id!).all()
            #expect(stored.count == 1 && stored.first?.$giver.id == giver.id && stored.first?.$receiver.id == receiver.id)
            #expect(stored.first?.nextTime == "Send the summary by e-mail too")
        }
    }

    @Test func aRefusedFormKeepsWhatWasTypedAndWritesNothing() async throws {
        try await TestApp.with { app in
            let (_, giver, receiver) = try await team(in: app)
            try await app.run { client in
                let cookie = try await client.signIn(giver.email)
                var typed = fields(to: receiver, step: "send", behaviour: "Kept the queue moving")
                typed.removeAll { $0.0 == "impact" || $0.0 == "visibility" }
                let refused = try await client.post(FeedbackRoute.send.path, cookie: cookie, typed)
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("Kept the queue moving"))
                #expect(refused.text.contains("The impact is required"))
                #expect(refused.text.contains("Choose who may read this"))
            }
            #expect(try await FeedbackEntry.query(on: app.services.db).filter(\.$giver.$id == giver.id!).count() == 0)
        }
    }

    @Test func theGiverTheReceiverAndForSharedEntriesTheirLeadReadAnEntryAndNobodyElse() async throws {
        try await TestApp.with { app in
            let (_, giver, receiver) = try await team(in: app)
            let shared = try await give(from: giver, to: receiver, visibility: .personAndLeads, in: app)
            let personal = try await give(from: giver, to: receiver, visibility: .personOnly, in: app)
            let other = try await app.otherOrganization()
            var form = PersonForm()
            form.name = "Otto Other"
            form.email = "otto@elsewhere.example.com"
            form.timeZone = "Europe/Warsaw"
            form.country = "PL"
            form.workingHours = "Mon-Fri 09:00-17:00"
            let otto = try await Directory(db: app.services.db, organizationID: other.person.$organization.id).savePerson(form)
            let elsewhere = try await give(from: other.person, to: otto, visibility: .personAndLeads, in: app)
            try await app.run { client in
                let member = try await client.signIn(giver.email)
                for id in [shared, personal] { #expect(try await client.get(FeedbackRoute.entry(id).path, cookie: member).status == .ok) }
                let lead = try await client.signIn(TestApp.lead)
                #expect(try await client.get(FeedbackRoute.entry(shared).path, cookie: lead).status == .ok)
                #expect(try await client.get(FeedbackRoute.entry(personal).path, cookie: lead).status == .notFound)
                let home = try await client.get(FeedbackRoute.home.path, cookie: lead)
                #expect(home.text.contains("Situation person-and-leads") && !home.text.contains("Situation person<"))
                let admin = try await client.signIn(TestApp.admin)
                for id in [shared, personal] { #expect(try await client.get(FeedbackRoute.entry(id).path, cookie: admin).status == .notFound) }
                #expect(try await client.get(FeedbackRoute.entry(elsewhere).path, cookie: member).status == .notFound)
                #expect(try await client.get(FeedbackRoute.entry(elsewhere).path, cookie: admin).status == .notFound)
            }
        }
    }

    @Test func signedOutIsSentToSignIn() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let response = try await client.get(FeedbackRoute.home.path, cookie: "")
                #expect(response.status == .seeOther)
            }
        }
    }

    @Test func thePickerListsAtMostTwentyMatchesByNamePrefixAndNeverTheWholeOrganization() async throws {
        try await TestApp.with(people: 200) { app in
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let empty = try await client.get(FeedbackRoute.give.path, cookie: cookie)
                #expect(empty.status == .ok)
                let directory = Directory(db: app.services.db, organizationID: try await app.person(TestApp.member).$organization.id)
                let everyone = try await directory.people(includeInactive: false).filter { $0.email != TestApp.member }
                #expect(everyone.filter { empty.text.contains(">\($0.name)<") }.isEmpty, "the form lists people before any search")
                let letter = try #require(everyone.map { String($0.name.prefix(1)) }.mostCommon)
                let found = try await client.get(FeedbackRoute.give.path(query: [("find", letter)]), cookie: cookie)
                let listed = everyone.filter { found.text.contains(">\($0.name)</a>") }
                #expect(!listed.isEmpty && listed.count <= 20)
                #expect(listed.allSatisfy { $0.name.hasPrefix(letter) || $0.name.contains(" " + letter) })
                let wildcard = try await client.get(FeedbackRoute.give.path(query: [("find", "%")]), cookie: cookie)
                #expect(everyone.filter { wildcard.text.contains(">\($0.name)</a>") }.isEmpty)
            }
        }
    }

    @Test func theFeedbackPageMakesFewQueries() async throws {
        try await TestApp.with { app in
            let (_, giver, receiver) = try await team(in: app)
            for visibility in [FeedbackVisibility.personAndLeads, .personOnly, .personAndLeads] {
                _ = try await give(from: giver, to: receiver, visibility: visibility, in: app)
            }
            try await app.run { client in
                for email in [giver.email, TestApp.lead] {
                    let cookie = try await client.signIn(email)
                    let (response, queries) = try await app.queries.counting { try await client.get(FeedbackRoute.home.path, cookie: cookie) }
                    #expect(response.status == .ok)
                    // The session (a lead's teams too) and the unread count; the own entries and the names; a lead's teams, members and shared entries;
                    // the requests asked of them and made by them, the asks of those, and their names; client answers.
                    #expect(queries <= 14, "GET /feedback made \(queries) queries for \(email): \(app.queries.byTable)")
                }
            }
        }
    }

    // MARK: Snapshots from fixed models

    static let zone = try! TimeZoneName("Asia/Manila")

    static func item(_ kind: FeedbackKind, giver: String, receiver: String, seconds: TimeInterval) -> FeedbackBook.Item {
        let entry = FeedbackEntry()
        entry.id = UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", Int(seconds) % 1_000_000))
        entry.kind = kind.rawValue
        entry.situation = "Tuesday's escalation call with the Ohio client"
        entry.behaviour = "You summarised the refund policy before the client asked"
        entry.impact = "The call ended ten minutes early"
        entry.nextTime = kind == .suggestion ? "Send the summary in writing after the call" : nil
        entry.visibility = FeedbackVisibility.personAndLeads.rawValue
        entry.createdAt = Date(timeIntervalSince1970: seconds)
        return FeedbackBook.Item(entry: entry, giverName: giver, receiverName: receiver)
    }

    @Test func theFeedbackPageFromAFixedModel() async throws {
        let page = FeedbackPage(
            received: [Self.item(.praise, giver: "Priya Nair", receiver: "Angelica Santos", seconds: 1_796_000_000)],
            given: [Self.item(.suggestion, giver: "Angelica Santos", receiver: "Marco Dela Cruz", seconds: 1_796_100_000)],
            shared: nil, dates: DateWords(Self.zone))
        Snapshot.check(try await Snapshot.render("feedback", title: "Feedback", section: .feedback, page: page), named: "feedback")
    }

    @Test func theEntryPageFromAFixedModel() async throws {
        let page = FeedbackEntryPage(Self.item(.suggestion, giver: "Priya Nair", receiver: "Angelica Santos", seconds: 1_796_000_000),
                                     competencyName: "Communication", dates: DateWords(Self.zone))
        Snapshot.check(try await Snapshot.render("feedback-entry", title: "Suggestion for Angelica Santos", section: .feedback, page: page),
                       named: "feedback-entry")
    }

    @Test func theGiveFormAfterCheckFromAFixedModel() async throws {
        var data = GiveFeedbackPage.Data()
        data.draft.kind = "suggestion"
        data.draft.situation = "Tuesday's escalation call"
        data.draft.behaviour = "You always interrupt the client"
        data.draft.impact = "The client repeated the question twice"
        data.draft.visibility = "person"
        data.find = "Mar"
        let marco = Person(organizationID: UUID(), name: "Marco Dela Cruz", email: "marco@example.org", role: .member)
        marco.id = UUID(uuidString: "00000000-0000-4000-8000-000000000002")
        marco.timeZone = "Asia/Manila"
        data.matches = [PersonChoice(id: marco.id!, name: marco.name, timeZone: marco.timeZone)]
        data.chosen = marco
        data.competencies = [("communication", "Communication")]
        data.findings = FeedbackController.findings(in: data.draft)
        let page = GiveFeedbackPage(data)
        #expect(!page.findings.isEmpty, "'you always' is a tone finding")
        Snapshot.check(try await Snapshot.render("feedback-give", title: "Give feedback", section: .feedback, page: page), named: "feedback-give")
    }
}

extension Array where Element: Hashable {
    fileprivate var mostCommon: Element? {
        Dictionary(map { ($0, 1) }, uniquingKeysWith: +).max { $0.value < $1.value }?.key
    }
}
