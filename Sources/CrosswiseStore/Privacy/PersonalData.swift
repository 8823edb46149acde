import FluentKit
import Foundation

/// A person's data: the export they download and the erasure an admin orders, both assembled
/// from `PersonalData.areas`.
public struct PersonalData: Sendable {
    public let db: any Database
    public let organizationID: UUID
    public let now: @Sendable () -> Date

    public init(db: any Database, organizationID: UUID, now: @escaping @Sendable () -> Date = Date.init) {
        self.db = db
        self.organizationID = organizationID
        self.now = now
    }

    /// Everything every area holds about the person. An id from another organization, or of
    /// someone already erased, is `DirectoryError.notFound`.
    public func export(_ personID: UUID) async throws -> ExportDocument {
        let person = try await requirePerson(personID)
        var sections: [String: ExportValue] = [:]
        for area in Self.areas {
            sections[area.section] = try ExportValue.from(try await area.export(person, on: db))
        }
        // Whole seconds: the file's ISO dates have no fractions, so a read-back document is equal.
        let at = Date(timeIntervalSince1970: now().timeIntervalSince1970.rounded(.down))
        return ExportDocument(exportedAt: at, personID: personID, sections: sections)
    }

    public enum ErasureRefused: Error, Equatable, Sendable, CustomStringConvertible {
        /// Nobody could run the organization afterwards.
        case lastAdmin

        public var description: String {
            switch self {
            case .lastAdmin: "This is the organization's last active admin. Make someone else an admin first."
            }
        }
    }

    /// Erases a person in one transaction: every area deletes their own records and strips
    /// them from what others depend on, then their row is anonymised and an "erased" entry
    /// written to the audit log.
    ///
    /// The row is kept rather than deleted because meetings point at their organizer (and a
    /// deleted organizer would take the meeting, and everyone's fairness history, with it). What
    /// stays holds nothing personal: a stand-in name, an address at `erased.invalid` made from
    /// the row's random id, no password, inactive, and `erasedAt`, which hides it from the
    /// directory.
    public func erase(_ personID: UUID, by actor: AuditActor) async throws {
        let person = try await requirePerson(personID)
        if person.role == .admin, person.active {
            let admins = try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$role == .admin)
                .filter(\.$active == true).filter(\.$erasedAt == nil).count()
            if admins <= 1 { throw ErasureRefused.lastAdmin }
        }
        let erasure = Erasure(personID: personID, organizationID: organizationID, name: person.name, email: person.email,
                              formerKey: "former:\(UUID().uuidString.lowercased())")
        let organizationID = organizationID, at = now()
        try await db.transaction { db in
            for area in Self.areas { try await area.erase(erasure, on: db) }
            person.name = Erasure.standIn
            person.email = "erased-\(personID.uuidString.lowercased())@erased.invalid"
            person.role = .member
            person.$site.id = nil
            person.timeZone = "UTC"
            person.country = ""
            person.subdivision = nil
            person.workingHours = ""
            person.weekend = ""
            person.languages = ""
            person.passwordHash = nil
            person.passwordExpiresAt = nil
            person.failedSignIns = 0
            person.lockedUntil = nil
            person.active = false
            person.erasedAt = at
            try await person.save(on: db)
            try await Directory(db: db, organizationID: organizationID).bumpVersion()
            try await AuditLog.record(on: db, organizationID: organizationID, actor: actor, .erased, .person,
                                      id: personID.uuidString, label: AuditActor.erasedLabel, changes: [])
        }
    }

    private func requirePerson(_ id: UUID) async throws -> Person {
        guard let person = try await Person.query(on: db).filter(\.$id == id).filter(\.$organization.$id == organizationID)
            .filter(\.$erasedAt == nil).first() else { throw DirectoryError.notFound }
        return person
    }
}
