import CrosswiseStore
import Foundation
import Hummingbird

/// The admin overview. Leads reach the admin pages only for their people, so they go there.
struct AdminController {
    let services: AppServices

    @Sendable func overview(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard viewer.isAdmin else { return seeOther(AdminRoute.people(.list)) }
        let page = AdminOverviewPage(try await AdminOverviewCounts.query(services, viewer: viewer))
        return services.page("admin", title: "Admin", page, context: context, request: request, section: .admin)
    }
}
