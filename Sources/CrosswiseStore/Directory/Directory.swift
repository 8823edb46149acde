import FluentKit
import Foundation

/// The organization's sites, teams, people and clients, always seen from inside one
/// organization: every read filters on `organizationID`, so an id from another organization
/// finds nothing (and the web answers 404).
public struct Directory: Sendable {
    public let db: any Database
    public let organizationID: UUID
    /// Shared between requests by the web app; nil reads rosters from the database each time.
    public let rosters: RosterCache?
    /// Who is making changes, for the audit log; nil records nothing (setup, the demo).
    public let actor: AuditActor?

    public init(db: any Database, organizationID: UUID, rosters: RosterCache? = nil, actor: AuditActor? = nil) {
        self.db = db
        self.organizationID = organizationID
        self.rosters = rosters
        self.actor = actor
    }

    // MARK: Sites

    public func sites(includeInactive: Bool = true) async throws -> [Site] {
        let query = Site.query(on: db).filter(\.$organization.$id == organizationID).sort(\.$name)
        if !includeInactive { query.filter(\.$active == true) }
        return try await query.all()
    }

    public func site(_ id: UUID) async throws -> Site? {
        try await Site.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).first()
    }

    @discardableResult
    public func saveSite(_ form: SiteForm, id: UUID? = nil) async throws -> Site {
        let form = try form.checked()
        let site = try await existing(id, find: site) ?? Site(organizationID: organizationID, name: "", city: "", country: "", timeZone: "")
        try await requireUniqueName(Site.self, form.name, except: site.id)
        let before = site.id == nil ? nil : AuditFields.of(site)
        site.name = form.name
        site.city = form.city
        site.country = form.country
        site.timeZone = form.timeZone
        try await db.transaction { db in
            try await site.save(on: db)
            try await audit(before == nil ? .created : .updated, .site, site.requireID(), label: site.name,
                            AuditChange.diff(before: before, after: AuditFields.of(site)), on: db)
        }
        return site
    }

    /// `notices` (telling those it affects) are posted in the same transaction.
    public func setActive(site id: UUID, _ active: Bool, notifying notices: [NewNotice] = []) async throws {
        guard let site = try await site(id) else { throw DirectoryError.notFound }
        site.active = active
        try await db.transaction { db in
            try await Notices(db: db, organizationID: organizationID).post(notices, on: db)
            try await site.save(on: db)
            try await audit(active ? .activated : .deactivated, .site, id, label: site.name, [], on: db)
        }
    }

    // MARK: Clients

    public func clients(includeInactive: Bool = true) async throws -> [Client] {
        let query = Client.query(on: db).filter(\.$organization.$id == organizationID).sort(\.$name)
        if !includeInactive { query.filter(\.$active == true) }
        return try await query.all()
    }

    public func client(_ id: UUID) async throws -> Client? {
        try await Client.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID).first()
    }

    @discardableResult
    public func saveClient(_ form: ClientForm, id: UUID? = nil) async throws -> Client {
        let checked = try form.checked()
        let client = try await existing(id, find: client)
            ?? Client(organizationID: organizationID, name: "", country: "", timeZone: "", businessHours: "", regimes: [])
        try await requireUniqueName(Client.self, checked.name, except: client.id)
        let before = client.id == nil ? nil : AuditFields.of(client)
        client.name = checked.name
        client.country = checked.country
        client.timeZone = checked.timeZone
        client.businessHours = checked.hours
        client.regimes = checked.regimes.map(\.rawValue).joined(separator: ",")
        try await db.transaction { db in
            try await client.save(on: db)
            try await audit(before == nil ? .created : .updated, .client, client.requireID(), label: client.name,
                            AuditChange.diff(before: before, after: AuditFields.of(client)), on: db)
        }
        return client
    }

    /// `notices` (telling those it affects) are posted in the same transaction.
    public func setActive(client id: UUID, _ active: Bool, notifying notices: [NewNotice] = []) async throws {
        guard let client = try await client(id) else { throw DirectoryError.notFound }
        client.active = active
        try await db.transaction { db in
            try await Notices(db: db, organizationID: organizationID).post(notices, on: db)
            try await client.save(on: db)
            try await audit(active ? .activated : .deactivated, .client, id, label: client.name, [], on: db)
        }
    }

    // MARK: Shared

    /// Records a change in the audit log, on the transaction `db` of the change itself.
    func audit(_ action: AuditAction, _ subject: AuditSubject, _ id: UUID, label: String, _ changes: [AuditChange],
               on db: any Database) async throws {
        try await AuditLog.record(on: db, organizationID: organizationID, actor: actor, action, subject, id: id.uuidString,
                                  label: label, changes: changes)
    }

    /// The record being edited, or nil for a new one; an id from elsewhere is "not found".
    func existing<M>(_ id: UUID?, find: (UUID) async throws -> M?) async throws -> M? {
        guard let id else { return nil }
        guard let found = try await find(id) else { throw DirectoryError.notFound }
        return found
    }

    /// Names are unique per organization for sites, teams and clients; say so in the form
    /// rather than failing on the database's unique index.
    func requireUniqueName<M: Model>(_: M.Type, _ name: String, except id: M.IDValue?) async throws where M.IDValue == UUID {
        let rows = try await M.query(on: db).filter(.path([.string("organization_id")], schema: M.schema), .equal, .bind(organizationID))
            .filter(.path([.string("name")], schema: M.schema), .equal, .bind(name)).all()
        if rows.contains(where: { $0.id != id }) {
            throw ValidationFailure([FieldError(.name, "“\(name)” is already used in this organization")])
        }
    }
}

public enum DirectoryError: Error, Equatable, Sendable {
    /// The id is unknown or belongs to another organization; callers answer 404 either way.
    case notFound
}
