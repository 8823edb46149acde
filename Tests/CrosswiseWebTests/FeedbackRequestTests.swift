import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Testing

/// Asking for feedback over HTTP: the form's refusals write nothing, CSRF, who may read a
/// request, answering through the give form, closing.
@Suite struct FeedbackRequestTests {
    /// The demo lead's team: two members besides the lead.
    func colleagues(in app: TestApp) async throws -> (asker: Person, asked: Person, other: Person) {
        let lead = try await app.person(TestApp.lead)
        let led = try #require(try await TeamMembership.query(on: app.services.db).filter(\.$person.$id == lead.id!).filter(\.$isLead == true).first())
        let ids = try await TeamMembership.query(on: app.services.db).filter(\.$team.$id == led.$team.id).all().map { $0.$person.id }
            .filter { $0 != lead.id }
        let people = try await Person.query(on: app.services.db).filter(\.$id ~~ ids).sort(\.$name).all()
        try #require(people.count >= 3)
        return (people[0], people[1], people[2])
    }

    /// Requests of the people in these tests (the demo organization has its own).
    func requests(by asker: Person, in app: TestApp) async throws -> [FeedbackRequest] {
        try await FeedbackRequest.query(on: app.services.db).filter(\.$asker.$id == asker.id!).all()
    }

    @Test func askingStoresTheRequestAndRedirectsToWhoHasAnswered() async throws {
        try await TestApp.with { app in
            let (asker, asked, _) = try await colleagues(in: app)
            try await app.run { client in
                let cookie = try await client.signIn(asker.email)
                let form = try await client.get(FeedbackRoute.ask.path, cookie: cookie)
                #expect(form.status == .ok && form.text.contains(asked.name))
                let sent = try await client.post(FeedbackRoute.sendAsk.path, cookie: cookie,
                                                 [("question", "How did I handle the escalation call on Tuesday?"), ("person", asked.id!.uuidString),
                                                  ("competency", "")])
                #expect(sent.status == .seeOther)
                let made = try #require(try await requests(by: asker, in: app).first)
                let page = try await client.get(FeedbackRoute.request(made.id!).path, cookie: cookie)
                #expect(page.status == .ok && page.text.contains(asked.name) && page.text.contains("0 of 1 answered"))
                #expect(try await client.get(FeedbackRoute.home.path, cookie: cookie).text.contains("Your requests"))
            }
        }
    }

    @Test(arguments: [("self", "other than yourself"), ("outsider", "in your organization"), ("twice", "chosen twice"),
                      ("many", "at most 20"), ("blank", "question is required"), ("junk", "in your organization")])
    func aRefusedRequestSaysWhyKeepsWhatWasTypedAndWritesNothing(_ mistake: String, message: String) async throws {
        try await TestApp.with(people: 30) { app in
            let (asker, asked, _) = try await colleagues(in: app)
            let stranger = try await app.otherOrganization().person
            let everyone = try await Person.query(on: app.services.db).filter(\.$organization.$id == asker.$organization.id)
                .filter(\.$id != asker.id!).range(..<21).all()
            let people: [String] = switch mistake {
            case "self": [asked.id!.uuidString, asker.id!.uuidString]
            case "outsider": [asked.id!.uuidString, stranger.id!.uuidString]
            case "twice": [asked.id!.uuidString, asked.id!.uuidString]
            case "many": everyone.map { $0.id!.uuidString }
            case "junk": ["'; drop table people; --"]
            default: [asked.id!.uuidString]
            }
            let question = mistake == "blank" ? "  \u{1B} " : "Was my handover note clear enough?"
            try await app.run { client in
                let cookie = try await client.signIn(asker.email)
                let refused = try await client.post(FeedbackRoute.sendAsk.path, cookie: cookie,
                                                    [("question", question)] + people.map { ("person", $0) })
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains(message))
                if mistake != "blank" { #expect(refused.text.contains("Was my handover note clear enough?")) }
            }
            #expect(try await requests(by: asker, in: app).isEmpty)
            #expect(try await FeedbackAsk.query(on: app.services.db).filter(\.$person.$id == asked.id!).count() == 0)
        }
    }

    @Test func withoutTheFormTokenNothingIsAskedOrClosed() async throws {
        try await TestApp.with { app in
            let (asker, asked, _) = try await colleagues(in: app)
            var draft = FeedbackRequestDraft()
            draft.question = "Was my summary clear?"
            draft.personIDs = [asked.id!]
            let made = try await FeedbackRequests(db: app.services.db, organizationID: asker.$organization.id).ask(draft, from: asker.id!, competencies: [])
            try await app.run { client in
                let cookie = try await client.signIn(asker.email)
                let ask = try await client.post(FeedbackRoute.sendAsk.path, cookie: cookie,
                                                [("question", "Another question?"), ("person", asked.id!.uuidString)], csrf: nil)
                #expect(ask.status == .forbidden)
                let close = try await client.post(FeedbackRoute.closeRequest(made.id!).path, cookie: cookie, [], csrf: "wrong")
                #expect(close.status == .forbidden)
            }
            #expect(try await requests(by: asker, in: app).count == 1)
            #expect(try await FeedbackRequest.find(made.id, on: app.services.db)?.closedAt == nil)
        }
    }

    @Test func onlyTheAskerAndThoseAskedReadARequestAndAnotherOrganizationGets404() async throws {
        try await TestApp.with { app in
            let (asker, asked, other) = try await colleagues(in: app)
            var draft = FeedbackRequestDraft()
            draft.question = "Was my summary clear?"
            draft.personIDs = [asked.id!]
            let made = try await FeedbackRequests(db: app.services.db, organizationID: asker.$organization.id).ask(draft, from: asker.id!, competencies: [])
            // A request inside another organization, between two of its people.
            let stranger = try await app.otherOrganization().person
            var form = PersonForm()
            form.name = "Otto Other"
            form.email = "otto@elsewhere.example.com"
            form.timeZone = "Europe/Warsaw"
            form.country = "PL"
            form.workingHours = "Mon-Fri 09:00-17:00"
            let otto = try await Directory(db: app.services.db, organizationID: stranger.$organization.id).savePerson(form)
            var theirDraft = draft
            theirDraft.personIDs = [otto.id!]
            let elsewhere = try await FeedbackRequests(db: app.services.db, organizationID: stranger.$organization.id)
                .ask(theirDraft, from: stranger.id!, competencies: [])
            try await app.run { client in
                let path = FeedbackRoute.request(made.id!).path
                let askedCookie = try await client.signIn(asked.email)
                let theirs = try await client.get(path, cookie: askedCookie)
                #expect(theirs.status == .ok && theirs.text.contains("Was my summary clear?") && theirs.text.contains(">Answer</a>"))
                for email in [other.email, TestApp.lead, TestApp.admin] {
                    let cookie = try await client.signIn(email)
                    #expect(try await client.get(path, cookie: cookie).status == .notFound, "\(email)")
                    #expect(!(try await client.get(FeedbackRoute.home.path, cookie: cookie).text.contains("Was my summary clear?")), "\(email)")
                    #expect(try await client.post(FeedbackRoute.closeRequest(made.id!).path, cookie: cookie, []).status == .notFound)
                }
                #expect(try await client.post(FeedbackRoute.closeRequest(made.id!).path, cookie: askedCookie, []).status == .notFound)
                let askerCookie = try await client.signIn(asker.email)
                #expect(try await client.get(FeedbackRoute.request(elsewhere.id!).path, cookie: askerCookie).status == .notFound)
                #expect(try await client.get(FeedbackRoute.request(UUID()).path, cookie: askerCookie).status == .notFound)
            }
            #expect(try await FeedbackRequest.find(made.id, on: app.services.db)?.closedAt == nil)
        }
    }

    @Test func theAnswerGoesThroughTheGiveFormAndTheAskerSeesItThenClosing() async throws {
        try await TestApp.with { app in
            let (asker, asked, other) = try await colleagues(in: app)
            var draft = FeedbackRequestDraft()
            draft.question = "Was my summary clear?"
            draft.personIDs = [asked.id!, other.id!]
            draft.competency = ""
            let made = try await FeedbackRequests(db: app.services.db, organizationID: asker.$organization.id).ask(draft, from: asker.id!, competencies: [])
            try await app.run { client in
                let cookie = try await client.signIn(asked.email)
                let home = try await client.get(FeedbackRoute.home.path, cookie: cookie)
                #expect(home.text.contains("Asked of you") && home.text.contains("Was my summary clear?"))
                let form = try await client.get(FeedbackRoute.give.path(query: [("to", asker.id!.uuidString), ("request", made.id!.uuidString)]), cookie: cookie)
                #expect(form.text.contains("Was my summary clear?") && form.text.contains("name=\"request\" value=\"\(made.id!.uuidString)\""))
                let fields: [(String, String)] = [
                    ("to", asker.id!.uuidString), ("request", made.id!.uuidString), ("kind", "praise"),
                    ("situation", "Monday's handover"), ("behaviour", "You listed the open tickets by client"),
                    ("impact", "The morning shift started without questions"), ("visibility", "person"), ("step", "send")]
                #expect(try await client.post(FeedbackRoute.send.path, cookie: cookie, fields).status == .seeOther)
                // The same answer again is refused, and nothing more is written.
                let again = try await client.post(FeedbackRoute.send.path, cookie: cookie, fields)
                #expect(again.status == .unprocessableContent && again.text.contains("answered this request already"))
                let askerCookie = try await client.signIn(asker.email)
                let page = try await client.get(FeedbackRoute.request(made.id!).path, cookie: askerCookie)
                #expect(page.text.contains("1 of 2 answered") && page.text.contains("Answered "))
                #expect(try await client.post(FeedbackRoute.closeRequest(made.id!).path, cookie: askerCookie, []).status == .seeOther)
                let otherCookie = try await client.signIn(other.email)
                #expect(!(try await client.get(FeedbackRoute.home.path, cookie: otherCookie).text.contains("Was my summary clear?")))
                var late = fields
                late[0] = ("to", asker.id!.uuidString)
                let refused = try await client.post(FeedbackRoute.send.path, cookie: otherCookie, late)
                #expect(refused.status == .unprocessableContent && refused.text.contains("closed by the person who asked"))
            }
            #expect(try await FeedbackEntry.query(on: app.services.db).filter(\.$receiver.$id == asker.id!).count() == 1)
            let answered = try await FeedbackAsk.query(on: app.services.db).filter(\.$request.$id == made.id!).filter(\.$person.$id == asked.id!).first()
            #expect(answered?.$entry.id != nil && answered?.answeredAt != nil)
        }
    }
}
