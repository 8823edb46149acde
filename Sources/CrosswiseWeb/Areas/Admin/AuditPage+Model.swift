import CrosswiseStore
import Foundation
import Worldtime

/// The audit log under Admin: who changed what and when, newest first, field by field, with a
/// filter by kind of record and pages of `AuditLog.pageSize`.
struct AuditPage: Sendable {
    struct Line: Sendable {
        let when, who, what: String
        let changes: [Change]
        let hasChanges: Bool
    }
    struct Change: Sendable { let field, before, after: String }

    let lines: [Line]
    let empty: Bool
    let kinds: [Choice]
    let action = AdminRoute.audit.path
    let newer, older: String?

    init(_ log: AuditLog.Page, kind: AuditSubject?, dates: DateWords) {
        lines = log.lines.map { line in
            let changes = line.changes.map { Change(field: $0.field, before: $0.before ?? "—", after: $0.after ?? "—") }
            return Line(when: dates.short(line.at) + ", " + Self.clock(line.at, dates.zone), who: Self.who(line),
                        what: "\(Self.words(line.action)) \(Self.words(line.subject)) \(line.entityLabel)",
                        changes: changes, hasChanges: !changes.isEmpty)
        }
        empty = lines.isEmpty
        kinds = [Choice("", "Every kind of record", selected: kind == nil)]
            + AuditSubject.allCases.map { Choice($0.rawValue, Self.plural($0), selected: $0 == kind) }
        func link(_ page: Int) -> String {
            AdminRoute.audit.path(query: (kind.map { [("kind", $0.rawValue)] } ?? []) + (page > 1 ? [("page", String(page))] : []))
        }
        newer = log.page > 1 ? link(log.page - 1) : nil
        older = log.hasMore ? link(log.page + 1) : nil
    }

    static func clock(_ date: Date, _ zone: TimeZoneName) -> String {
        let local = LocalTime(date, in: zone)
        return (local.hour < 10 ? "0" : "") + "\(local.hour):" + (local.minute < 10 ? "0" : "") + "\(local.minute)"
    }

    static func who(_ line: AuditLog.Line) -> String {
        guard let role = line.actorRole else { return line.actor }
        return "\(line.actor) (\(role.title.lowercased()))"
    }

    static func words(_ action: AuditAction) -> String {
        switch action {
        case .created: "Added"
        case .updated: "Changed"
        case .activated: "Reactivated"
        case .deactivated: "Deactivated"
        case .deleted: "Removed"
        case .imported: "Imported"
        case .erased: "Erased"
        }
    }

    static func words(_ subject: AuditSubject) -> String {
        switch subject {
        case .person: "person"
        case .team: "team"
        case .site: "site"
        case .client: "client"
        case .framework: "framework"
        case .holidayCalendar: "holiday calendar"
        case .apiKey: "API key"
        case .clientNote: "client note"
        case .clientFeedbackLink: "client feedback link"
        }
    }

    static func plural(_ subject: AuditSubject) -> String {
        switch subject {
        case .person: "People"
        case .team: "Teams"
        case .site: "Sites"
        case .client: "Clients"
        case .framework: "Competency framework"
        case .holidayCalendar: "Holiday calendars"
        case .apiKey: "API keys"
        case .clientNote: "Client notes"
        case .clientFeedbackLink: "Client feedback links"
        }
    }
}
