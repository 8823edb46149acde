import ArgumentParser
import CrosswiseStore
import FluentKit
import Foundation

extension UserCommand {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write everything Crosswise holds about a person as JSON.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "E-mail of the person.") var email: String
        @Option(help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            try await withDatabase(database) { db in
                let person = try await findPerson(email, db: db)
                let document = try await PersonalData(db: db.db, organizationID: person.$organization.id).export(person.requireID())
                let json = try document.json() + Data("\n".utf8)
                guard let output else {
                    FileHandle.standardOutput.write(json)
                    return
                }
                do { try json.write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                    throw CommandFailure("could not write \(output): \(error.localizedDescription)")
                }
                FileHandle.standardError.write(Data("Wrote the data of \(person.email) to \(output).\n".utf8))
            }
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a person: delete their own records and anonymise what others depend on. Cannot be undone.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "E-mail of the person.") var email: String
        @Flag(help: "Really erase; without it the command only says what would happen.") var yes = false

        func run() async throws {
            try await withDatabase(database) { db in
                let person = try await findPerson(email, db: db)
                guard yes else {
                    throw InputFailure("""
                        this would erase \(person.email): their assessments, plans, evidence, days off, sessions, calendar feed \
                        and message-check counts are deleted; meetings they attended keep "\(Erasure.standIn)" instead of them, ratings \
                        and notes they wrote keep no author, and the audit log keeps its entries without their name. \
                        It cannot be undone. Run again with --yes to erase.
                        """)
                }
                do {
                    try await PersonalData(db: db.db, organizationID: person.$organization.id).erase(person.requireID(), by: .commandLine)
                } catch let refused as PersonalData.ErasureRefused {
                    throw CommandFailure("not erased: \(refused.description)")
                }
                print("Erased \(person.email).")
            }
        }
    }
}

/// The person with this e-mail in any organization (the e-mail is unique across the installation).
func findPerson(_ email: String, db: CrosswiseDatabase) async throws -> Person {
    let address = email.trimmingCharacters(in: .whitespaces).lowercased()
    guard let person = try await Person.query(on: db.db).filter(\.$email == address).filter(\.$erasedAt == nil).first() else {
        throw CommandFailure("nobody has the e-mail \(email); check the spelling, or list people in the admin pages")
    }
    return person
}
