import ArgumentParser
import CrosswiseStore
import Foundation

struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a consistent copy of the SQLite database, safe while the server runs.",
        discussion: "For PostgreSQL use pg_dump.")

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Where to write the copy; must not exist yet.") var path: String

    func run() async throws {
        if !database.databaseURL.isEmpty { throw CommandFailure("backup copies SQLite databases; for PostgreSQL use pg_dump") }
        guard FileManager.default.fileExists(atPath: database.data) else { throw CommandFailure("no database at \(database.data)") }
        guard !FileManager.default.fileExists(atPath: path) else { throw CommandFailure("\(path) already exists; choose a new file name") }
        try await withDatabase(database) { db in
            do {
                try await db.backup(to: path)
            } catch {
                throw CommandFailure("backup failed: \(error)")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print("Backed up \(database.data) to \(path) (\(size / 1024) KiB).")
        }
    }
}
