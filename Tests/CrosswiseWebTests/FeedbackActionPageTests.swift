import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Skills
import HummingbirdTesting
import Testing

/// "Add to my plan" and client feedback links over HTTP.
@Suite struct FeedbackActionPageTests {
    /// Two members of the demo lead's team (assessed, so they can draft a plan).
    func pair(in app: TestApp) async throws -> (giver: Person, receiver: Person) {
        let lead = try await app.person(TestApp.lead)
        let led = try #require(try await TeamMembership.query(on: app.services.db).filter(\.$person.$id == lead.id!).filter(\.$isLead == true).first())
        let ids = try await TeamMembership.query(on: app.services.db).filter(\.$team.$id == led.$team.id).all().map { $0.$person.id }
            .filter { $0 != lead.id }
        let people = try await Person.query(on: app.services.db).filter(\.$id ~~ ids).sort(\.$name).all()
        return (people[0], people[1])
    }

    func entry(from giver: Person, to receiver: Person, in app: TestApp) async throws -> UUID {
        var draft = FeedbackDraft()
        draft.receiverID = receiver.id
        draft.kind = "suggestion"
        draft.situation = "Tuesday's refund call"
        draft.behaviour = "You read the policy aloud twice"
        draft.impact = "The client asked for a supervisor"
        draft.nextTime = "Say back what upset them before the options"
        draft.competency = "customer-experience"
        draft.visibility = "person-and-leads"
        return try await FeedbackBook(db: app.services.db, organizationID: giver.$organization.id)
            .give(draft, from: giver.id!, competencies: ["customer-experience"]).id!
    }

    @Test func theReceiverAddsFeedbackToTheirPlanInOneStepAndOnlyTheySeeWhereItCameFrom() async throws {
        try await TestApp.with { app in
            let (giver, receiver) = try await pair(in: app)
            let id = try await entry(from: giver, to: receiver, in: app)
            let skills = SkillsBook(db: app.services.db, organizationID: receiver.$organization.id)
            let role = try #require(try await skills.currentFramework().roles.first?.id)
            try await skills.draftPlan(for: receiver.id!, towards: role, at: Date())
            try await app.run { client in
                let giverCookie = try await client.signIn(giver.email)
                #expect(!(try await client.get(FeedbackRoute.entry(id).path, cookie: giverCookie).text.contains("Add to my plan")))
                #expect(try await client.post(FeedbackRoute.addToPlan(id).path, cookie: giverCookie,
                                              [("plan_competency", "customer-experience"), ("plan_action", "x")]).status == .notFound)
                let cookie = try await client.signIn(receiver.email)
                let page = try await client.get(FeedbackRoute.entry(id).path, cookie: cookie)
                #expect(page.text.contains("Add to my plan") && page.text.contains("Say back what upset them before the options"))
                let refused = try await client.post(FeedbackRoute.addToPlan(id).path, cookie: cookie, [("plan_competency", "nonsense"), ("plan_action", "Kept text")])
                #expect(refused.status == .unprocessableContent && refused.text.contains("Kept text") && refused.text.contains("Choose the competency"))
                #expect(try await client.post(FeedbackRoute.addToPlan(id).path, cookie: cookie, [("plan_competency", "customer-experience"),
                                              ("plan_action", "Say back what upset them")], csrf: nil).status == .forbidden)
                let added = try await client.post(FeedbackRoute.addToPlan(id).path, cookie: cookie,
                                                  [("plan_competency", "customer-experience"), ("plan_action", "Say back what upset them")])
                #expect(added.status == .seeOther)
                #expect(try await client.get(FeedbackRoute.entry(id).path, cookie: cookie).text.contains("This became a practice action"))
                let plan = try await client.get(SkillsRoute.plan.path, cookie: cookie)
                #expect(plan.text.contains("from feedback of") && plan.text.contains(FeedbackRoute.entry(id).path))
                let lead = try await client.signIn(TestApp.lead)
                let leadView = try await client.get(SkillsRoute.person(receiver.id!).path, cookie: lead)
                #expect(leadView.status == .ok && leadView.text.contains("Say back what upset them") && !leadView.text.contains("from feedback of"))
            }
        }
    }

    static func token(in html: String) -> String? {
        guard let range = html.range(of: #"/f/[A-Za-z0-9_-]{43}"#, options: .regularExpression) else { return nil }
        return String(html[range].dropFirst(3))
    }

    static let signedOut = "cw_csrf=\(TestApp.csrf)"

    func makeLink(_ client: any TestClientProtocol, as email: String, about: Person? = nil, name: String = "Dana Whitfield") async throws -> String {
        let cookie = try await client.signIn(email)
        let made = try await client.post(FeedbackRoute.createClientLink.path, cookie: cookie,
                                         [("client_name", name), ("client_email", "")] + (about.map { [("about", $0.id!.uuidString)] } ?? []))
        #expect(made.status == .ok)
        return try #require(Self.token(in: made.text))
    }

    @Test func aClientAnswersWithoutAnAccountOnceAndTheAnswerIsTheirFeedback() async throws {
        try await TestApp.with { app in
            let (_, receiver) = try await pair(in: app)
            try await app.run { client in
                let token = try await makeLink(client, as: TestApp.lead, about: receiver)
                let form = try await client.get(ClientFeedbackRoute.form(token: token).path, cookie: "")
                #expect(form.status == .ok && form.text.contains("Who reads this") && form.text.contains(receiver.name)
                        && form.text.contains("Priya Nair, who sent you this link") && form.text.contains("2 years"))
                let formToken = ClientFeedbackForm.formToken(for: token)
                // No rating: refused, kept, nothing written.
                let refused = try await client.post(ClientFeedbackRoute.answer(token: token).path, cookie: Self.signedOut,
                                                    [("form_token", formToken), ("comment", "Kept comment")])
                #expect(refused.status == .unprocessableContent && refused.text.contains("Kept comment") && refused.text.contains("from 1 to 5"))
                #expect(try await ClientFeedbackAnswer.query(on: app.services.db).filter(\.$person.$id == receiver.id!).count() == 0)
                let answer: [(String, String)] = [("form_token", formToken), ("clarity", "4"), ("responsiveness", "5"), ("care", "3"),
                                                  ("comment", "Updates came every morning")]
                let sent = try await client.post(ClientFeedbackRoute.answer(token: token).path, cookie: Self.signedOut, answer)
                #expect(sent.status == .ok && sent.text.contains("Thank you"))
                let again = try await client.get(ClientFeedbackRoute.form(token: token).path, cookie: "")
                #expect(again.status == .gone && again.text.contains("has been used"))
                #expect(try await client.post(ClientFeedbackRoute.answer(token: token).path, cookie: Self.signedOut, answer).status == .gone)
                let cookie = try await client.signIn(receiver.email)
                let home = try await client.get(FeedbackRoute.home.path, cookie: cookie)
                #expect(home.text.contains("From client: Dana Whitfield") && home.text.contains("Updates came every morning"))
            }
            #expect(try await ClientFeedbackAnswer.query(on: app.services.db).filter(\.$person.$id == receiver.id!).count() == 1)
        }
    }

    @Test func withoutTheFormTokensNothingIsStored() async throws {
        try await TestApp.with { app in
            // The demo member already has one answer from a client.
            let before = try await ClientFeedbackAnswer.query(on: app.services.db).count()
            try await app.run { client in
                let token = try await makeLink(client, as: TestApp.member)
                let answer: [(String, String)] = [("clarity", "4"), ("responsiveness", "5"), ("care", "3")]
                let noLinkToken = try await client.post(ClientFeedbackRoute.answer(token: token).path, cookie: Self.signedOut, answer)
                #expect(noLinkToken.status == .forbidden)
                let wrongLinkToken = try await client.post(ClientFeedbackRoute.answer(token: token).path, cookie: Self.signedOut,
                                                           answer + [("form_token", ClientFeedbackForm.formToken(for: "another"))])
                #expect(wrongLinkToken.status == .forbidden)
                let noCookie = try await client.post(ClientFeedbackRoute.answer(token: token).path, cookie: "",
                                                     answer + [("form_token", ClientFeedbackForm.formToken(for: token))], csrf: TestApp.csrf)
                #expect(noCookie.status == .forbidden)
            }
            #expect(try await ClientFeedbackAnswer.query(on: app.services.db).count() == before)
        }
    }

    @Test func aWrongTokenLooksExactlyLikeAnExpiredOneAndARevokedOneSaysSo() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let expiring = try await makeLink(client, as: TestApp.member, name: "Ada")
                let revoked = try await makeLink(client, as: TestApp.member, name: "Bo")
                try await ClientFeedbackLink.query(on: app.services.db).filter(\.$tokenHash == SecretToken.digest(expiring))
                    .set(\.$expiresAt, to: Date().addingTimeInterval(-1)).update()
                let wrong = try await client.get(ClientFeedbackRoute.form(token: String(repeating: "A", count: 43)).path, cookie: Self.signedOut)
                let expired = try await client.get(ClientFeedbackRoute.form(token: expiring).path, cookie: Self.signedOut)
                #expect(wrong.status == .notFound && expired.status == .notFound)
                #expect(wrong.text == expired.text)
                let link = try #require(try await ClientFeedbackLink.query(on: app.services.db).filter(\.$tokenHash == SecretToken.digest(revoked)).first())
                let cookie = try await client.signIn(TestApp.member)
                // Someone else's link (another member, the lead, the admin) is not found.
                for email in [TestApp.lead, TestApp.admin] {
                    let other = try await client.signIn(email)
                    #expect(try await client.post(FeedbackRoute.revokeClientLink(link.id!).path, cookie: other, []).status == .notFound)
                    #expect(!(try await client.get(FeedbackRoute.clients.path, cookie: other).text.contains(">Bo<")))
                }
                #expect(try await client.post(FeedbackRoute.revokeClientLink(link.id!).path, cookie: cookie, []).status == .seeOther)
                let withdrawn = try await client.get(ClientFeedbackRoute.form(token: revoked).path, cookie: Self.signedOut)
                #expect(withdrawn.status == .gone && withdrawn.text.contains("withdrawn"))
            }
        }
    }

    @Test func aMemberCannotMakeALinkAboutSomeoneElseAndBadInputWritesNothing() async throws {
        try await TestApp.with { app in
            let (giver, receiver) = try await pair(in: app)
            try await app.run { client in
                let cookie = try await client.signIn(giver.email)
                let other = try await client.post(FeedbackRoute.createClientLink.path, cookie: cookie,
                                                  [("client_name", "Dana"), ("about", receiver.id!.uuidString)])
                #expect(other.status == .unprocessableContent && other.text.contains("someone in a team you lead"))
                let bad = try await client.post(FeedbackRoute.createClientLink.path, cookie: cookie, [("client_name", "Dana\u{7}"), ("client_email", "nope")])
                #expect(bad.status == .unprocessableContent && bad.text.contains("e-mail address") && bad.text.contains("value=\"nope\""))
            }
            #expect(try await ClientFeedbackLink.query(on: app.services.db).filter(\.$person.$id ~~ [giver.id!, receiver.id!]).count() == 0)
        }
    }
}

@Suite struct FeedbackHealthPageTests {
    @Test func theHealthPageShowsTheViewersOwnFiguresOnly() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let mine = try await client.get(FeedbackRoute.health.path, cookie: member)
                #expect(mine.status == .ok && mine.text.contains("2 of 3 (67%)"), "the demo member's request: two of three answered")
                let lead = try await client.signIn(TestApp.lead)
                let theirs = try await client.get(FeedbackRoute.health.path, cookie: lead)
                #expect(theirs.status == .ok && !theirs.text.contains("2 of 3 (67%)"))
                #expect(try await client.get(FeedbackRoute.health.path, cookie: "").status == .seeOther)
            }
        }
    }
}
