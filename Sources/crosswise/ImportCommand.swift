import ArgumentParser
import CrosswiseStore
import Foundation

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import data from files.", subcommands: [People.self])

    struct People: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import people from a CSV file: every row or none.",
            discussion: "Columns: \(PeopleImport.columns.joined(separator: ", ")). See the README for their formats.")

        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Check every row and report what would happen; write nothing.") var dryRun = false
        @Option(help: "Organization name, when there are several.") var organization: String?

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure("cannot read \(file)") }
            guard let text = String(data: data, encoding: .utf8) else { throw CommandFailure("\(file) is not UTF-8 text; save it as CSV UTF-8") }
            try await withDatabase(database) { db in
                let org = try await findOrganization(organization, db: db)
                let importer = PeopleImport(directory: Directory(db: db.db, organizationID: try org.requireID(), actor: .commandLine))
                let report = dryRun ? try await importer.dryRun(text) : try await importer.run(text)
                for error in report.fileErrors { FileHandle.standardError.write(Data("\(file): \(error)\n".utf8)) }
                for row in report.rows {
                    if row.errors.isEmpty {
                        print("\(file):\(row.line): \(row.action.rawValue) \(row.email)")
                    }
                    for error in row.errors {
                        FileHandle.standardError.write(Data("\(file):\(row.line): \(error.field): \(error.message)\n".utf8))
                    }
                }
                guard report.isClean else {
                    throw CommandFailure("\(report.errorCount) problem(s); nothing was written")
                }
                print(dryRun ? "Dry run: \(report.creates) to create, \(report.updates) to update. Nothing written."
                             : "Imported: \(report.creates) created, \(report.updates) updated.")
            }
        }
    }
}
