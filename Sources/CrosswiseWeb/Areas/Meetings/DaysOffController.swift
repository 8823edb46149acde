import CrosswiseStore
import Hummingbird

/// Your own days off. The planner keeps meetings off them; colleagues see only that you are
/// off, never why (no reason is asked for or stored).
struct DaysOffController {
    let services: AppServices

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let data = try await DaysOffPage.gather(viewer: try context.requireViewer(), services: services)
        return services.page("days-off", title: "Days off", DaysOffPage(data), context: context, request: request, section: .meetings)
    }

    @Sendable func add(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let first = String(context.form[DaysOffPage.first.name].prefix(20)), last = String(context.form[DaysOffPage.last.name].prefix(20))
        do {
            try await services.directory(for: viewer).addDayOff(personID: viewer.personID, first: first, last: last, today: services.today(for: viewer))
        } catch let failure as ValidationFailure {
            var data = try await DaysOffPage.gather(viewer: viewer, services: services)
            (data.first, data.last, data.errors) = (first, last, FormErrors(failure, fields: [DaysOffPage.first, DaysOffPage.last]))
            return services.page("days-off", title: "Days off", DaysOffPage(data), context: context, section: .meetings, status: .unprocessableContent)
        }
        return seeOther(MeetingsRoute.daysOff, notice: .saved)
    }

    @Sendable func remove(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try await services.directory(for: viewer).removeDayOff(try context.requireUUID("id"), personID: viewer.personID)
        return seeOther(MeetingsRoute.daysOff, notice: .removed)
    }
}
