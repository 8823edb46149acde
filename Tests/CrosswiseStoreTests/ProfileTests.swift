@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// `Directory.saveProfile` on both databases: only the profile fields change, the audit log
/// says who changed them, and a refusal writes nothing at all.
@Suite struct ProfileTests {
    let passwords = Passwords(cost: 4)

    func demo(_ kind: String) async throws -> (db: CrosswiseDatabase, admin: Person, member: Person) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let admin = try #require(try await Person.query(on: db.db).filter(\.$email == DemoOrganization.signIns[0].email).first())
        let member = try #require(try await Person.query(on: db.db).filter(\.$role == .member).sort(\.$name).first())
        return (db, admin, member)
    }

    @Test(arguments: TestDatabases.kinds)
    func aProfileSaveChangesOnlyProfileFieldsAndIsAudited(kind: String) async throws {
        let (db, admin, member) = try await demo(kind)
        let directory = Directory(db: db.db, organizationID: member.$organization.id, actor: .person(admin.id!, role: .admin))
        var form = ProfileForm(person: member)
        form.timeZone = "America/Toronto"
        form.country = "CA"
        form.subdivision = "CA-ON"
        form.workingHours = "Mon-Fri 9-5"
        form.weekend = ""
        form.languages = "en, FR"
        try await directory.saveProfile(form, of: member.id!)

        let after = try #require(try await Person.find(member.id, on: db.db))
        #expect(after.timeZone == "America/Toronto" && after.country == "CA" && after.subdivision == "CA-ON")
        #expect(after.workingHours == "Mon-Fri 09:00-17:00" && after.weekend == "Sat, Sun" && after.languages == "en, fr")
        #expect(after.name == member.name && after.email == member.email && after.role == member.role && after.$site.id == member.$site.id)
        let lines = try await AuditLog(db: db.db, organizationID: member.$organization.id)
            .entries(entity: (.person, member.id!.uuidString)).lines
        let entry = try #require(lines.first)
        #expect(entry.actor == admin.name && entry.action == .updated)
        #expect(entry.changes.contains(AuditChange(field: "time zone", before: member.timeZone, after: "America/Toronto")))
        #expect(!entry.changes.contains { ["name", "email", "role", "site", "teams"].contains($0.field) })
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func aRefusedProfileWritesNothingAndNamesEachField(kind: String) async throws {
        let (db, admin, member) = try await demo(kind)
        let directory = Directory(db: db.db, organizationID: member.$organization.id, actor: .person(admin.id!, role: .admin))
        let entriesBefore = try await AuditEntry.query(on: db.db).count()
        var form = ProfileForm(person: member)
        form.timeZone = "Mars/Olympus"
        form.workingHours = "whenever"
        form.languages = "english!"
        let failure = await #expect(throws: ValidationFailure.self) { try await directory.saveProfile(form, of: member.id!) }
        #expect(Set(failure?.errors.map(\.field) ?? []) == [.timeZone, .workingHours, .languages])
        let after = try #require(try await Person.find(member.id, on: db.db))
        #expect(after.timeZone == member.timeZone && after.workingHours == member.workingHours && after.languages == member.languages)
        #expect(try await AuditEntry.query(on: db.db).count() == entriesBefore)
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func someoneOfAnotherOrganizationIsNotFound(kind: String) async throws {
        let (db, _, member) = try await demo(kind)
        let elsewhere = Organization(name: "Elsewhere Ltd")
        try await elsewhere.create(on: db.db)
        let directory = Directory(db: db.db, organizationID: try elsewhere.requireID())
        await #expect(throws: DirectoryError.notFound) { try await directory.saveProfile(ProfileForm(person: member), of: member.id!) }
        await db.shutdown()
    }
}
