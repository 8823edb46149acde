import CrosswiseStore
import Foundation

/// The inbox page: notices newest first, then a choice per kind of how it reaches you.
struct InboxPage {
    struct Row { let title, body, when, openAction: String; let unread: Bool }
    struct Kind { let name, label: String; let choices: [Choice] }

    let rows: [Row]
    let kinds: [Kind]
    let emailOn: Bool
    let hasUnread: Bool
    let olderHref: String?
    let readAllAction = InboxRoute.readAll.path, deliveryAction = InboxRoute.delivery.path

    init(notices: [InboxNotice], preferences: [NoticeKind: NoticeDelivery], emailOn: Bool, dates: DateWords, olderPage: Int?) {
        rows = notices.map {
            Row(title: $0.title, body: $0.body, when: dates.short($0.createdAt), openAction: InboxRoute.open($0.id!).path, unread: $0.readAt == nil)
        }
        kinds = InboxPage.kinds(preferences)
        self.emailOn = emailOn
        hasUnread = rows.contains(where: \.unread)
        olderHref = olderPage.map { InboxRoute.inbox.path(query: [("page", "\($0)")]) }
    }

    /// A select per kind of notice, showing the current choice. The inbox and the profile page
    /// both show these and both save through `saveChoices`, so the two cannot drift apart.
    static func kinds(_ preferences: [NoticeKind: NoticeDelivery]) -> [Kind] {
        NoticeKind.choosable.map { kind in
            let chosen = preferences[kind] ?? kind.defaultDelivery
            return Kind(name: "kind-\(kind.rawValue)", label: kind.label,
                        choices: NoticeDelivery.allCases.map { Choice($0.rawValue, $0.label, selected: $0 == chosen) })
        }
    }

    /// Saves the choices a form sent. Only known kinds and deliveries are read; anything else in
    /// the form is ignored.
    static func saveChoices(_ form: FormData, with notices: Notices, of personID: UUID) async throws {
        for kind in NoticeKind.choosable {
            if let delivery = NoticeDelivery(rawValue: form["kind-\(kind.rawValue)"]) {
                try await notices.setPreference(delivery, for: kind, of: personID)
            }
        }
    }

    /// Where a notice leads: the thing itself, or the inbox when it names nothing.
    static func link(for subject: NoticeSubject?) -> String {
        switch subject {
        case .meeting: MeetingsRoute.mine.path
        case .plan: SkillsRoute.plan.path
        case .profile: SkillsRoute.profile.path
        case .account: AccountRoute.password.path
        case .feedbackRequest(let id): FeedbackRoute.request(id).path
        case nil: InboxRoute.inbox.path
        }
    }
}
