import ArgumentParser
import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import Logging

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Create accounts, reset passwords, export or erase a person's data.",
        subcommands: [Create.self, ResetPassword.self, Export.self, Erase.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account in the organization (the only one, or --organization).")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "E-mail address; the sign-in name.") var email: String
        @Option(help: "member, lead or admin.") var role: String = "member"
        @Option(help: "Full name (defaults to the part of the e-mail before @).") var name: String?
        @Option(help: "IANA time zone.") var timeZone: String = "UTC"
        @Option(help: "ISO 3166-1 country code.") var country: String = "US"
        @Option(help: "Organization name, when there are several.") var organization: String?
        @Flag(help: "Read the password from standard input instead of generating one.") var passwordStdin = false
        @Option(help: "Where people reach Crosswise (https://crosswise.example.com), for the sign-in link in the e-mail.")
        var publicURL: String?

        func validate() throws {
            guard Role(rawValue: role) != nil else { throw ValidationError("--role must be member, lead or admin") }
        }

        func run() async throws {
            try await withDatabase(database) { db in
                let org = try await findOrganization(organization, db: db)
                var form = PersonForm()
                form.email = email
                form.name = name ?? String(email.split(separator: "@").first ?? "")
                form.role = role
                form.timeZone = timeZone
                form.country = country
                form.workingHours = "Mon-Fri 09:00-18:00"
                let password = try readPassword(stdin: passwordStdin, email: email)
                let person: Person
                do {
                    person = try await Directory(db: db.db, organizationID: org.requireID(), actor: .commandLine).savePerson(form)
                } catch let failure as ValidationFailure {
                    throw CommandFailure("not created: \(failure)")
                }
                try await Accounts(db: db.db, passwords: Passwords())
                    .setPassword(of: person, to: password, temporary: !passwordStdin, by: .commandLine, signInURL: signInURL(publicURL))
                print("Created \(role) \(person.email) in \(org.name).")
                if !passwordStdin { print("Temporary password: \(password) (works for 7 days, only to choose a new password)") }
            }
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password and sign the person out everywhere.")

        @OptionGroup var database: DatabaseOptions
        @Option(help: "E-mail of the account.") var email: String
        @Flag(help: "Read the new password from standard input instead of generating one.") var passwordStdin = false
        @Option(help: "Where people reach Crosswise (https://crosswise.example.com), for the sign-in link in the e-mail.")
        var publicURL: String?

        func run() async throws {
            try await withDatabase(database) { db in
                guard let person = try await Person.query(on: db.db).filter(\.$email == email.lowercased()).first() else {
                    throw CommandFailure("no account has the e-mail \(email)")
                }
                let password = try readPassword(stdin: passwordStdin, email: email)
                try await Accounts(db: db.db, passwords: Passwords())
                    .setPassword(of: person, to: password, temporary: !passwordStdin, by: .commandLine, signInURL: signInURL(publicURL))
                print("New password set for \(person.email); every session of theirs has ended.")
                if !passwordStdin { print("Temporary password: \(password) (works for 7 days, only to choose a new password)") }
            }
        }
    }
}

/// The sign-in address for a temporary password's e-mail, from `--public-url` or
/// `CROSSWISE_PUBLIC_URL`; without either the e-mail names no address rather than a guessed one.
func signInURL(_ publicURL: String?) -> String? {
    (publicURL ?? ProcessInfo.processInfo.environment["CROSSWISE_PUBLIC_URL"]).flatMap(PublicURL.init)?.signInURL
}

/// Opens and migrates the database, runs `body`, and always closes it.
func withDatabase(_ options: DatabaseOptions, _ body: (CrosswiseDatabase) async throws -> Void) async throws {
    let db = try openDatabase(DatabaseLocation(path: options.data, url: options.databaseURL), logger: Logger(label: "crosswise.cli"))
    do {
        do { try await db.prepare() } catch { throw CommandFailure(error.description) }
        try await body(db)
        await db.shutdown()
    } catch {
        await db.shutdown()
        throw error
    }
}

func findOrganization(_ name: String?, db: CrosswiseDatabase) async throws -> Organization {
    let all = try await Organization.query(on: db.db).all()
    if let name {
        guard let match = all.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw CommandFailure("no organization is named “\(name)”; there are: \(all.map(\.name).joined(separator: ", "))")
        }
        return match
    }
    guard let only = all.first else { throw CommandFailure("there is no organization yet: run `crosswise serve` and open it in a browser to set one up, or use --demo") }
    guard all.count == 1 else { throw CommandFailure("there are several organizations; name one with --organization (\(all.map(\.name).joined(separator: ", ")))") }
    return only
}

func readPassword(stdin: Bool, email: String) throws -> String {
    guard stdin else { return Passwords.temporary() }
    guard let line = readLine(strippingNewline: true), !line.isEmpty else { throw CommandFailure("no password on standard input") }
    if let problem = Passwords.problem(with: line, email: email) { throw CommandFailure("password refused: \(problem)") }
    return line
}
