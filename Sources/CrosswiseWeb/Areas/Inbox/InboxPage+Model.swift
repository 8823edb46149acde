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
        kinds = NoticeKind.choosable.map { kind in
            let chosen = preferences[kind] ?? kind.defaultDelivery
            return Kind(name: "kind-\(kind.rawValue)", label: kind.label,
                        choices: NoticeDelivery.allCases.map { Choice($0.rawValue, $0.label, selected: $0 == chosen) })
        }
        self.emailOn = emailOn
        hasUnread = rows.contains(where: \.unread)
        olderHref = olderPage.map { InboxRoute.inbox.path(query: [("page", "\($0)")]) }
    }

    /// Where a notice leads: the thing itself, or the inbox when it names nothing.
    static func link(for subject: NoticeSubject?) -> String {
        switch subject {
        case .meeting: MeetingsRoute.mine.path
        case .plan: SkillsRoute.plan.path
        case .profile: SkillsRoute.profile.path
        case .account: AccountRoute.password.path
        case nil: InboxRoute.inbox.path
        }
    }
}
