import CrosswiseStore
@testable import CrosswiseWeb
import Foundation
import Testing
import Worldtime

/// The new feedback pages rendered from fixed models, without a database.
@Suite struct FeedbackRequestSnapshotTests {
    static let zone = try! TimeZoneName("Asia/Manila")
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static func request(closed: Bool = false) -> FeedbackRequests.Item {
        let request = FeedbackRequest()
        request.id = id(1)
        request.$asker.id = id(2)
        request.question = "How did I handle the escalation call on Tuesday?"
        request.createdAt = Date(timeIntervalSince1970: 1_796_000_000)
        request.closedAt = closed ? Date(timeIntervalSince1970: 1_796_100_000) : nil
        return FeedbackRequests.Item(request: request, askerName: "Angelica Santos", asked: [
            .init(personID: id(3), name: "Mark Villanueva", answeredAt: Date(timeIntervalSince1970: 1_796_050_000), entryID: id(9),
                  noticeDueAt: Date(timeIntervalSince1970: 1_796_000_000)),
            .init(personID: id(4), name: "Joy Bautista", answeredAt: nil, entryID: nil, noticeDueAt: Date(timeIntervalSince1970: 1_796_000_000)),
        ])
    }

    @Test func theAskFormAfterARefusal() async throws {
        var data = AskFeedbackPage.Data()
        data.draft.question = "Was my handover note clear?"
        data.draft.personIDs = [Self.id(3)]
        data.picker = PeoplePicker(people: [PersonChoice(id: Self.id(3), name: "Mark Villanueva", timeZone: "Asia/Manila"),
                                            PersonChoice(id: Self.id(4), name: "Joy Bautista", timeZone: "Asia/Manila")],
                                   searching: false, query: "", hint: "")
        data.competencies = [("written-communication", "Written communication")]
        data.errors = FormErrors(ValidationFailure([FieldError(.people, "Choose colleagues other than yourself")]), fields: AskFeedbackPage.fields)
        let page = AskFeedbackPage(data)
        #expect(page.chosenPeople == "Chosen (1): Mark Villanueva · Manila")
        Snapshot.check(try await Snapshot.render("feedback-ask", title: "Ask for feedback", section: .feedback, page: page), named: "feedback-ask")
    }

    @Test func theRequestAsTheAskerSeesIt() async throws {
        let page = FeedbackRequestPage(Self.request(), viewer: Self.id(2), competencyName: nil, dates: DateWords(Self.zone),
                                       now: Date(timeIntervalSince1970: 1_796_060_000))
        #expect(page.isAsker && page.summary == "1 of 2 answered" && page.answerHref == nil)
        Snapshot.check(try await Snapshot.render("feedback-request", title: "Your request for feedback", section: .feedback, page: page),
                       named: "feedback-request")
    }

    @Test func theRequestAsAPersonAskedSeesItShowsOnlyTheirPart() async throws {
        let page = FeedbackRequestPage(Self.request(), viewer: Self.id(4), competencyName: nil, dates: DateWords(Self.zone),
                                       now: Date(timeIntervalSince1970: 1_796_060_000))
        #expect(!page.isAsker && page.rows.isEmpty && page.answerHref?.contains("request=") == true)
        let closed = FeedbackRequestPage(Self.request(closed: true), viewer: Self.id(4), competencyName: nil, dates: DateWords(Self.zone),
                                         now: Date(timeIntervalSince1970: 1_796_060_000))
        #expect(closed.answerHref == nil)
        let html = try await Snapshot.render("feedback-request", title: "Angelica Santos asks for feedback", section: .feedback, page: page)
        #expect(!html.contains("Mark Villanueva"))
    }

    @Test func theClientFormFromAFixedModel() async throws {
        let link = ClientFeedbackLink()
        link.id = Self.id(5)
        link.clientName = "Dana Whitfield"
        link.expiresAt = Date(timeIntervalSince1970: 1_797_000_000)
        let opened = ClientFeedbackForm.Opened(link: link, personName: "Arjun Rao", readers: ["Arjun Rao", "Priya Nair, who sent you this link"])
        let page = ClientFeedbackPage(opened, token: String(repeating: "A", count: 43))
        Snapshot.check(try await Snapshot.render("client-feedback", title: "Feedback for Arjun Rao", signedIn: false, page: page),
                       named: "client-feedback")
    }
}
