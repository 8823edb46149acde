import FluentKit
import Foundation

/// The one-time setup of a new installation: an organization and its first admin. Refused once
/// any organization exists, so the setup page cannot be used to take over an installation.
public struct Setup: Sendable {
    public let db: any Database
    public let passwords: Passwords

    public init(db: any Database, passwords: Passwords) {
        self.db = db
        self.passwords = passwords
    }

    public func isNeeded() async throws -> Bool {
        try await Organization.query(on: db).count() == 0
    }

    public struct Form: Sendable {
        public var organization = "", name = "", email = "", password = "", timeZone = "", country = ""
        public init() {}
    }

    public enum SetupError: Error { case alreadyDone }

    /// Creates the organization and its admin in one transaction, or nothing.
    public func run(_ form: Form) async throws -> Person {
        guard try await isNeeded() else { throw SetupError.alreadyDone }
        var check = FieldChecker()
        let orgName = check.required(.organization, form.organization, label: "Organization name")
        var personForm = PersonForm()
        personForm.name = form.name
        personForm.email = form.email
        personForm.role = "admin"
        personForm.timeZone = form.timeZone
        personForm.country = form.country
        personForm.workingHours = "Mon-Fri 09:00-18:00"
        var maybeChecked: CheckedPerson?
        do { maybeChecked = try personForm.checked() } catch { for e in error.errors { check.add(e.field, e.message) } }
        if let problem = Passwords.problem(with: form.password, email: form.email) { check.add(.password, problem) }
        try check.finish()
        let checked = maybeChecked!
        let hash = try await passwords.hash(form.password)
        let organization = Organization(name: orgName)
        let person = Person(organizationID: UUID(), name: "", email: "", role: .admin)
        do {
            try await db.transaction { db in
                // One row with a unique key: of several setups at the same moment exactly one
                // inserts it, and the others fail here and write nothing.
                try await SetupClaim().create(on: db)
                try await organization.create(on: db)
            person.$organization.id = try organization.requireID()
            person.passwordHash = hash
                try await Directory(db: db, organizationID: organization.requireID()).write(checked, to: person)
            }
        } catch {
            if try await !isNeeded() { throw SetupError.alreadyDone }
            throw error
        }
        return person
    }
}

/// The mark that setup has run, unique by construction (its key is a constant).
// @unchecked Sendable: Fluent models are mutable classes by design; each is used by one task at a time.
final class SetupClaim: Model, @unchecked Sendable {
    static let schema = "setup_claims"
    @ID(custom: "claim", generatedBy: .user) var id: String?
    init() { id = "installation" }
}
