import ArgumentParser
import CrosswiseStore
import Logging

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations (serve does this too).")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "List pending migrations without applying them.")
    var dryRun = false

    func run() async throws {
        let location = DatabaseLocation(path: database.data, url: database.databaseURL)
        let db = try openDatabase(location, logger: Logger(label: "crosswise.migrate"))
        defer { Task { await db.shutdown() } }
        do {
            let pending = try await db.pendingMigrations()
            if dryRun {
                print(pending.isEmpty ? "No pending migrations." : "Pending:\n" + pending.map { "  \($0)" }.joined(separator: "\n"))
            } else {
                try await db.migrate()
                print(pending.isEmpty ? "Already up to date (\(location))." : "Applied \(pending.count) migration(s) to \(location): \(pending.joined(separator: ", "))")
            }
            await db.shutdown()
        } catch {
            await db.shutdown()
            throw CommandFailure("migration failed: \(DatabaseSetupError.explaining(error, at: location))")
        }
    }
}
