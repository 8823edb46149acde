import FluentKit
import Foundation
import Worldtime

/// Personal days off. A person manages their own; the planner reads everyone's dates (never a
/// reason, which is not stored).
extension Directory {
    public func daysOff(of personID: UUID) async throws -> [DayOff] {
        try await DayOff.query(on: db).filter(\.$person.$id == personID).sort(\.$firstDay).all()
    }

    /// Adds first...last (inclusive). Refuses reversed, malformed or over-long ranges and any
    /// that overlaps one already there, naming the field.
    @discardableResult
    public func addDayOff(personID: UUID, first firstText: String, last lastText: String, today: CivilDate) async throws -> DayOff {
        var errors: [FieldError] = []
        let first = CivilDate(iso: firstText.trimmingCharacters(in: .whitespaces))
        let lastTrimmed = lastText.trimmingCharacters(in: .whitespaces)
        let last = lastTrimmed.isEmpty ? first : CivilDate(iso: lastTrimmed)
        if first == nil { errors.append(FieldError(.first, "First day must be a date like 2026-12-24")) }
        if last == nil, !lastTrimmed.isEmpty { errors.append(FieldError(.last, "Last day must be a date like 2026-12-31, or empty for one day")) }
        if let first, let last {
            if last < first { errors.append(FieldError(.last, "Last day is before the first day")) }
            else if last.days - first.days >= 366 { errors.append(FieldError(.last, "A day-off range can be at most a year long")) }
            if first < today.adding(days: -366) { errors.append(FieldError(.first, "First day is more than a year ago")) }
            if last > today.adding(days: 3 * 366) { errors.append(FieldError(.last, "Last day is more than three years ahead")) }
            if errors.isEmpty {
                for existing in try await daysOff(of: personID) where existing.firstDay <= last.description && existing.lastDay >= first.description {
                    errors.append(FieldError(.first, "Overlaps the days off from \(existing.firstDay) to \(existing.lastDay)"))
                }
            }
        }
        guard errors.isEmpty, let first, let last else { throw ValidationFailure(errors) }
        guard try await person(personID) != nil else { throw DirectoryError.notFound }
        let dayOff = DayOff(personID: personID, firstDay: first.description, lastDay: last.description)
        try await dayOff.save(on: db)
        return dayOff
    }

    /// Removes one of a person's own ranges; another person's id is "not found".
    public func removeDayOff(_ id: UUID, personID: UUID) async throws {
        guard let dayOff = try await DayOff.query(on: db).filter(\.$id == id).filter(\.$person.$id == personID).first() else {
            throw DirectoryError.notFound
        }
        try await dayOff.delete(on: db)
    }

    /// Everyone's days off as sets of dates, for the people given.
    public func daysOff(people ids: [UUID]) async throws -> [UUID: Set<CivilDate>] {
        guard !ids.isEmpty else { return [:] }
        var result: [UUID: Set<CivilDate>] = [:]
        for row in try await DayOff.query(on: db).filter(\.$person.$id ~~ ids).all() {
            guard let first = CivilDate(iso: row.firstDay), let last = CivilDate(iso: row.lastDay), first <= last else { continue }
            for day in first.days...last.days { result[row.$person.id, default: []].insert(CivilDate(days: day)) }
        }
        return result
    }
}
