import CrosswiseStore
import Foundation
import Hummingbird

struct InboxArea: Area {
    let services: AppServices
    static let perPage = 30

    func mount(on routes: inout Routes<InboxRoute>) {
        let services = services
        routes.on(.inbox) { request, context in
            let viewer = try context.requireViewer(), notices = services.notices(for: viewer)
            let page = max(0, min(Int(request.uri.queryParameters.get("page")?.prefix(4) ?? "") ?? 0, 1_000))
            // One more than a page, to know whether an older page exists.
            let list = try await notices.inbox(of: viewer.personID, skipping: page * Self.perPage, limit: Self.perPage + 1)
            let model = InboxPage(notices: Array(list.prefix(Self.perPage)), preferences: try await notices.preferences(of: viewer.personID),
                                  emailOn: services.configuration.emailOn, dates: DateWords(viewer),
                                  olderPage: list.count > Self.perPage ? page + 1 : nil)
            return services.page("inbox", title: "Inbox", model, context: context, request: request, section: .inbox)
        }
        routes.on(InboxRoute.open) { _, context in
            let viewer = try context.requireViewer(), notices = services.notices(for: viewer)
            let id = try context.requireUUID("id")
            guard let notice = try await notices.notice(id, of: viewer.personID) else { throw HTTPError(.notFound) }
            try await notices.markRead(id, by: viewer.personID)
            return seeOther(InboxPage.link(for: notice.subject))
        }
        routes.on(.readAll) { _, context in
            let viewer = try context.requireViewer()
            try await services.notices(for: viewer).markAllRead(by: viewer.personID)
            return seeOther(InboxRoute.inbox)
        }
        routes.on(.delivery) { _, context in
            let viewer = try context.requireViewer(), notices = services.notices(for: viewer)
            try await InboxPage.saveChoices(context.form, with: notices, of: viewer.personID)
            return seeOther(InboxRoute.inbox, fragment: "#delivery", notice: .saved)
        }
    }
}
