import FluentKit
import Foundation

/// The part of a person that is theirs to keep up to date: where they are, when they work,
/// their weekend and languages. Name, e-mail, role, site and teams stay with the admin form.
public struct ProfileForm: Sendable, Equatable {
    public var timeZone = "", country = "", subdivision = ""
    public var workingHours = "", weekend = "", languages = ""
    public init() {}

    /// The profile as stored, for a form that starts from it.
    public init(person: Person) {
        timeZone = person.timeZone
        country = person.country
        subdivision = person.subdivision ?? ""
        workingHours = person.workingHours
        weekend = person.weekend
        languages = person.languages
    }
}

extension Directory {
    /// Saves the profile fields of one person and nothing else, checked by the same rules as the
    /// admin's people form (hours are required), with an audit entry naming the actor. Throws
    /// `ValidationFailure` (nothing written) or `DirectoryError.notFound` for anyone outside
    /// the organization.
    @discardableResult
    public func saveProfile(_ profile: ProfileForm, of id: UUID) async throws -> Person {
        guard let person = try await person(id) else { throw DirectoryError.notFound }
        var form = PersonForm(person: person, teamIDs: [])
        form.timeZone = profile.timeZone
        form.country = profile.country
        form.subdivision = profile.subdivision
        form.workingHours = profile.workingHours
        form.weekend = profile.weekend
        form.languages = profile.languages
        form.hoursRequired = true
        let checked = try form.checked()
        try await db.transaction { db in
            let before = try await AuditFields.of(person, on: db)
            person.timeZone = checked.timeZone
            person.country = checked.country
            person.subdivision = checked.subdivision
            person.workingHours = checked.workingHours
            person.weekend = checked.weekend
            person.languages = checked.languages
            // Rosters cached by the web app carry zones and hours; the version tells them to reload.
            try await Directory(db: db, organizationID: organizationID).bumpVersion()
            try await person.save(on: db)
            try await audit(.updated, .person, person.requireID(), label: person.name,
                            AuditChange.diff(before: before, after: try await AuditFields.of(person, on: db)), on: db)
        }
        return person
    }
}
