import CrosswiseStore
import Hummingbird

/// The first page after sign-in: what matters to the person now. Their shift, their next
/// meetings, today's holidays, their days off ahead and what waits for them; for a lead, who
/// is on now and what their people wait on. Team clocks live on each team's page.
struct TodayController {
    let services: AppServices

    @Sendable func today(request: Request, context: AppRequestContext) async throws -> Response {
        guard let viewer = context.viewer else {
            return seeOther(try await Setup(db: services.db, passwords: services.passwords).isNeeded() ? AccountRoute.setup : .signIn)
        }
        let view = TodayPage.make(try await TodayPage.gather(viewer: viewer, services: services))
        return services.page("today", title: "Today", view, context: context, request: request, section: .today)
    }
}
