import FluentKit
import Foundation

extension Directory {
    /// People of the organization by name; `teamIDs` narrows to members of those teams (a
    /// lead's view).
    public func people(inTeams teamIDs: [UUID]? = nil, includeInactive: Bool = true) async throws -> [Person] {
        let query = Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$erasedAt == nil).sort(\.$name)
        if !includeInactive { query.filter(\.$active == true) }
        if let teamIDs {
            let ids = try await TeamMembership.query(on: db).filter(\.$team.$id ~~ teamIDs).all().map { $0.$person.id }
            guard !ids.isEmpty else { return [] }
            query.filter(\.$id ~~ ids)
        }
        return try await query.all()
    }

    public func person(_ id: UUID) async throws -> Person? {
        // An erased person's row is kept for others' history, but is nobody to show or edit.
        try await Person.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).filter(\.$erasedAt == nil).first()
    }

    public func personCount() async throws -> Int {
        try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$erasedAt == nil).count()
    }

    /// Creates or updates a person and their team memberships in one transaction. An e-mail
    /// already used by someone else is a field error, not a database error.
    @discardableResult
    public func savePerson(_ form: PersonForm, id: UUID? = nil) async throws -> Person {
        let checked = try form.checked()
        var check = FieldChecker()
        if let siteID = checked.siteID, try await site(siteID) == nil { check.add(.site, "That site is not in this organization") }
        let teamIDs = Set(try await teams().compactMap(\.id))
        if !Set(checked.teamIDs).isSubset(of: teamIDs) { check.add(.teams, "Some chosen teams are not in this organization") }
        let person = try await existing(id, find: person) ?? Person(organizationID: organizationID, name: "", email: "", role: .member)
        if let other = try await Person.query(on: db).filter(\.$email == checked.email).first(), other.id != person.id {
            check.add(.email, "“\(checked.email)” is already used by another person")
        }
        try check.finish()
        try await db.transaction { db in
            let before = try await person.id == nil ? nil : AuditFields.of(person, on: db)
            try await Directory(db: db, organizationID: organizationID).write(checked, to: person)
            try await audit(before == nil ? .created : .updated, .person, person.requireID(), label: person.name,
                            AuditChange.diff(before: before, after: try await AuditFields.of(person, on: db)), on: db)
        }
        return person
    }

    /// Writes a checked person and replaces their team memberships, keeping lead flags on teams
    /// they stay in. Runs inside the caller's transaction.
    func write(_ checked: CheckedPerson, to person: Person) async throws {
        try await bumpVersion()
        checked.apply(to: person)
        try await person.save(on: db)
        let personID = try person.requireID()
        let current = try await TeamMembership.query(on: db).filter(\.$person.$id == personID).all()
        let wanted = Set(checked.teamIDs)
        for membership in current where !wanted.contains(membership.$team.id) {
            try await membership.delete(on: db)
        }
        let kept = Set(current.map { $0.$team.id })
        for teamID in wanted.subtracting(kept) {
            try await TeamMembership(teamID: teamID, personID: personID, isLead: checked.role == .lead).create(on: db)
        }
    }

    /// Deactivating someone also signs them out everywhere.
    /// `notices` (telling those it affects) are posted in the same transaction.
    public func setActive(person id: UUID, _ active: Bool, notifying notices: [NewNotice] = []) async throws {
        guard let person = try await person(id) else { throw DirectoryError.notFound }
        person.active = active
        try await db.transaction { db in
            try await Notices(db: db, organizationID: organizationID).post(notices, on: db)
            try await person.save(on: db)
            try await Directory(db: db, organizationID: organizationID).bumpVersion()
            if !active { try await SessionRecord.query(on: db).filter(\.$person.$id == id).delete() }
            try await audit(active ? .activated : .deactivated, .person, id, label: person.name, [], on: db)
        }
    }

    /// Ids of the teams `personID` leads.
    public func teamsLed(by personID: UUID) async throws -> [UUID] {
        try await TeamMembership.query(on: db).filter(\.$person.$id == personID).filter(\.$isLead == true).all().map { $0.$team.id }
    }
}
