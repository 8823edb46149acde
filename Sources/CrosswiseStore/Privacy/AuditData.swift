import FluentKit
import Foundation

/// Audit entries about the person: what admins, leads or the command line changed on their
/// record. Who acted is given by role, not name.
struct AuditData: PersonalDataArea {
    let section = "auditLog"

    struct Entry: Encodable, Sendable {
        let at: Date
        let action: String
        let by: String
        let changes: [AuditChange]
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        try await about(person.requireID(), on: db).sort(\.$at).all().map { row in
            Entry(at: row.at, action: row.action, by: row.actorLabel ?? row.actorRole.map { "a person with the role \($0)" } ?? "Crosswise",
                  changes: AuditLog.decode(row.changes))
        }
    }

    /// Entries keep their action. Those the person made show "an erased person" as the actor;
    /// those about them lose the values (their old name, e-mail, hours); any other that named
    /// them (a team's member list) shows the stand-in.
    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await AuditEntry.query(on: db).filter(\.$actorID == erasure.personID)
            .set(\.$actorID, to: nil).set(\.$actorLabel, to: AuditActor.erasedLabel).update()
        for row in try await about(erasure.personID, on: db).all() {
            row.entityLabel = AuditActor.erasedLabel
            row.changes = AuditLog.encode(AuditLog.decode(row.changes).map { AuditChange(field: $0.field, before: nil, after: nil) })
            try await row.save(on: db)
        }
        let naming = try await AuditEntry.query(on: db).filter(\.$organization.$id == erasure.organizationID)
            .group(.or) { $0.filter(\.$changes ~~ erasure.name).filter(\.$changes ~~ erasure.email).filter(\.$entityLabel == erasure.name) }.all()
        for row in naming {
            if row.entityLabel == erasure.name { row.entityLabel = Erasure.standIn }
            row.changes = AuditLog.encode(AuditLog.decode(row.changes).map {
                AuditChange(field: $0.field, before: $0.before.map(erasure.scrubList), after: $0.after.map(erasure.scrubList))
            })
            try await row.save(on: db)
        }
    }

    private func about(_ personID: UUID, on db: any Database) -> QueryBuilder<AuditEntry> {
        AuditEntry.query(on: db).filter(\.$entityType == AuditSubject.person.rawValue).filter(\.$entityID == personID.uuidString)
    }
}

extension Erasure {
    /// A logged list ("Ana Cruz, Ben Ong") with the person's entry replaced; any other mention
    /// goes through `scrub`.
    func scrubList(_ value: String) -> String {
        let items = value.components(separatedBy: ", ").map { $0 == name || $0.lowercased() == email ? Erasure.standIn : $0 }
        return scrub(items.joined(separator: ", "))
    }
}
