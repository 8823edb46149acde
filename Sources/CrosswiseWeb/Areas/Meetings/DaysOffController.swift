import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// Your own days off. The planner keeps meetings off them; colleagues see only that you are
/// off, never why (no reason is asked for or stored).
struct DaysOffController {
    let services: AppServices


    struct Row { let id: String; let text: String; let length: String; let past: Bool }

    struct View {
        let rows: [Row]
        let hasRows: Bool
        let first: String
        let last: String
        let firstError: String?
        let lastError: String?
        let today: String
    }

    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        try await render(context: context, request: request)
    }

    func render(context: AppRequestContext, request: Request?, first: String = "", last: String = "", errors: ValidationFailure? = nil) async throws -> Response {
        let viewer = try context.requireViewer()
        let today = services.today(for: viewer)
        let rows = try await services.directory(for: viewer).daysOff(of: viewer.personID).compactMap { row -> Row? in
            guard let a = CivilDate(iso: row.firstDay), let b = CivilDate(iso: row.lastDay) else { return nil }
            let text = a == b ? "\(a.weekday.shortName) \(a)" : "\(a.weekday.shortName) \(a) to \(b.weekday.shortName) \(b)"
            let count = b.days - a.days + 1
            return Row(id: row.id!.uuidString, text: text, length: count == 1 ? "1 day" : "\(count) days", past: b < today)
        }
        let view = View(rows: rows, hasRows: !rows.isEmpty, first: first, last: last,
                        firstError: errors?.message(for: .first), lastError: errors?.message(for: .last), today: today.description)
        return services.page("days-off", title: "Days off", view, context: context, request: request, section: .meetings,
                             status: errors == nil ? .ok : .unprocessableContent)
    }

    @Sendable func add(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let first = String(context.form["first"].prefix(20)), last = String(context.form["last"].prefix(20))
        do {
            try await services.directory(for: viewer).addDayOff(personID: viewer.personID, first: first, last: last, today: services.today(for: viewer))
        } catch let failure as ValidationFailure {
            return try await render(context: context, request: nil, first: first, last: last, errors: failure)
        }
        return seeOther("/days-off", notice: .saved)
    }

    @Sendable func remove(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        do {
            try await services.directory(for: viewer).removeDayOff(try context.requireUUID("id"), personID: viewer.personID)
        } catch DirectoryError.notFound { throw HTTPError(.notFound) }
        return seeOther("/days-off", notice: .removed)
    }
}
