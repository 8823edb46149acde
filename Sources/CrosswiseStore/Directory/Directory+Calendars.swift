import FluentKit
import Foundation
import Worldtime

/// The organization's own holiday calendars and people's days off: the dates the planner treats
/// like public holidays for the people they apply to.
extension Directory {
    public struct CalendarSummary: Sendable {
        public let calendar: HolidayCalendar
        public let siteName: String?
        public let dayCount: Int
        public let first: String?
        public let last: String?
    }

    public func holidayCalendars() async throws -> [CalendarSummary] {
        let calendars = try await HolidayCalendar.query(on: db).filter(\.$organization.$id == organizationID)
            .with(\.$site).with(\.$days).sort(\.$name).all()
        return calendars.map { calendar in
            let dates = calendar.days.map(\.date).sorted()
            return CalendarSummary(calendar: calendar, siteName: calendar.site?.name, dayCount: dates.count, first: dates.first, last: dates.last)
        }
    }

    /// Reads an .ics file and stores its dates as a calendar, all in one transaction. Every
    /// problem (name, site, each bad line of the file) is reported together; nothing is written
    /// unless all is well.
    @discardableResult
    public func importHolidayCalendar(name: String, siteID: UUID?, fileName: String, text: String) async throws -> HolidayCalendar {
        var errors: [FieldError] = []
        var file: HolidayCalendarFile?
        do { file = try HolidayCalendarFile(parsing: text) } catch {
            errors += error.messages.map { FieldError(.file, $0) }
        }
        var chosen = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if chosen.isEmpty { chosen = file?.name ?? "" }
        if chosen.isEmpty { errors.append(FieldError(.name, "Name is required (the file has no calendar name of its own)")) }
        if chosen.count > 120 { errors.append(FieldError(.name, "Name is longer than 120 characters")) }
        if let siteID, try await site(siteID) == nil { errors.append(FieldError(.site, "Choose one of the organization's sites")) }
        if !chosen.isEmpty, try await HolidayCalendar.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$name == chosen).first() != nil {
            errors.append(FieldError(.name, "“\(chosen)” is already used; delete the old calendar first or choose another name"))
        }
        guard errors.isEmpty, let file else { throw ValidationFailure(errors) }
        let organizationID = organizationID, name = chosen
        return try await db.transaction { db in
            let calendar = HolidayCalendar(organizationID: organizationID, siteID: siteID, name: name, source: String(fileName.suffix(200)))
            try await calendar.save(on: db)
            let days = file.days.map { OrganizationHoliday(calendarID: calendar.id!, date: $0.date.description, name: String($0.name.prefix(200))) }
            // Batches keep each INSERT under the databases' bound-parameter limits.
            for start in stride(from: 0, to: days.count, by: 500) {
                try await days[start..<min(start + 500, days.count)].create(on: db)
            }
            let changes = [AuditChange(field: "days", before: nil, after: "\(days.count)"),
                           AuditChange(field: "file", before: nil, after: calendar.source)]
            try await audit(.imported, .holidayCalendar, calendar.requireID(), label: name, changes, on: db)
            return calendar
        }
    }

    public func deleteHolidayCalendar(_ id: UUID) async throws {
        guard let calendar = try await HolidayCalendar.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).first() else {
            throw DirectoryError.notFound
        }
        try await db.transaction { db in
            try await calendar.delete(on: db)
            try await audit(.deleted, .holidayCalendar, id, label: calendar.name, [], on: db)
        }
    }

    /// Organization days by site: the `nil` key holds the days that apply to everyone.
    public func organizationHolidays() async throws -> [UUID?: [CivilDate: String]] {
        let calendars = try await HolidayCalendar.query(on: db).filter(\.$organization.$id == organizationID).with(\.$days).all()
        var result: [UUID?: [CivilDate: String]] = [:]
        for calendar in calendars {
            for day in calendar.days {
                guard let date = CivilDate(iso: day.date) else { continue }
                let key = calendar.$site.id
                if let existing = result[key]?[date], existing != day.name {
                    result[key]![date] = existing + " / " + day.name
                } else {
                    result[key, default: [:]][date] = day.name
                }
            }
        }
        return result
    }
}
