import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Testing
import Worldtime

/// The inbox: a person's own notices, the unread count in the header, opening a notice, and
/// choosing how each kind reaches them.
@Suite struct InboxTests {
    func post(_ title: String, to person: Person, subject: NoticeSubject?, in app: TestApp) async throws -> UUID {
        let notices = Notices(db: app.services.db, organizationID: person.$organization.id)
        try await notices.post(NewNotice(to: person.id!, kind: .meetingBooked, title: title, body: "Tue 09:00 your time", subject: subject),
                               on: app.services.db)
        return try #require(try await notices.inbox(of: person.id!).first { $0.title == title }?.id)
    }

    @Test func aNoticeIsCountedInTheHeaderAndOpeningItMarksItReadAndLeadsToItsSubject() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member)
            let id = try await post("Ops sync booked", to: member, subject: .meeting(UUID()), in: app)
            let notices = Notices(db: app.services.db, organizationID: member.$organization.id)
            let unread = try await notices.unreadCount(of: member.id!)
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let page = try await client.get(InboxRoute.inbox.path, cookie: cookie)
                #expect(page.status == .ok && page.text.contains("Ops sync booked"))
                #expect(page.text.contains("<span class=\"count\">\(unread) unread</span>"))
                let opened = try await client.post(InboxRoute.open(id).path, cookie: cookie, [])
                #expect(opened.status == .seeOther && opened.headers[.location] == MeetingsRoute.mine.path)
            }
            #expect(try await notices.unreadCount(of: member.id!) == unread - 1)
        }
    }

    @Test func someoneElsesNoticeIsNotFoundAndStaysUnread() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member)
            let id = try await post("Private to Angelica", to: member, subject: nil, in: app)
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)
                #expect(try await client.post(InboxRoute.open(id).path, cookie: lead, []).status == .notFound)
                #expect(!(try await client.get(InboxRoute.inbox.path, cookie: lead).text.contains("Private to Angelica")))
            }
            let notice = try await Notices(db: app.services.db, organizationID: member.$organization.id).notice(id, of: member.id!)
            #expect(notice?.readAt == nil)
        }
    }

    @Test func deliveryChoicesAreSavedAndUnknownValuesChangeNothing() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member)
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.member)
                let saved = try await client.post(InboxRoute.delivery.path, cookie: cookie,
                                                  [("kind-lead-rating", "email"), ("kind-meeting-booked", "carrier-pigeon")])
                #expect(saved.status == .seeOther)
            }
            let choices = try await Notices(db: app.services.db, organizationID: member.$organization.id).preferences(of: member.id!)
            #expect(choices[.leadRating] == .email)
            #expect(choices[.meetingBooked] ?? NoticeKind.meetingBooked.defaultDelivery == NoticeKind.meetingBooked.defaultDelivery)
        }
    }

    @Test func theInboxPageFromAFixedModel() async throws {
        let notice = InboxNotice()
        notice.id = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
        notice.kind = NoticeKind.leadRating.rawValue
        notice.title = "Priya Nair rated your skills"
        notice.body = "Teamwork: level 4."
        notice.createdAt = Date(timeIntervalSince1970: 1_796_000_000)
        let page = InboxPage(notices: [notice], preferences: [.leadRating: .digest], emailOn: false,
                             dates: DateWords(try TimeZoneName("Asia/Manila")), olderPage: 1)
        Snapshot.check(try await Snapshot.render("inbox", title: "Inbox", section: .inbox, page: page), named: "inbox")
    }
}
