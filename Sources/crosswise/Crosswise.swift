import ArgumentParser
import CrosswiseStore
import Foundation

/// `crosswise`: the web app and the tools around it.
struct Crosswise: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosswise",
        abstract: "Crosswise: daily tools for people in international BPO and KPO work, and their leads.",
        subcommands: [Serve.self, MeetCommand.self, HolidaysCommand.self, ClockCommand.self, CheckCommand.self, FrameworkCommand.self, CultureCommand.self, Migrate.self, UserCommand.self, ImportCommand.self, MailCommand.self, Backup.self])
}

/// Where the database is, shared by every command that opens it.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("SQLite database file.", valueName: "path"))
    var data: String = ProcessInfo.processInfo.environment["CROSSWISE_DATA"] ?? "crosswise.sqlite"

    @Option(help: ArgumentHelp("PostgreSQL URL (postgres://user:password@host:5432/db); overrides --data. Also CROSSWISE_DATABASE_URL.", valueName: "url"))
    var databaseURL: String = ProcessInfo.processInfo.environment["CROSSWISE_DATABASE_URL"] ?? ""
}

/// A failure the user can act on: printed to stderr, exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

@main
enum Main {
    static func main() async {
        do {
            var arguments = Array(CommandLine.arguments.dropFirst())
            // `check` reads its files itself: see CheckCommand.splitOperands.
            var files: [String]?
            if arguments.first == "check" {
                let split = CheckCommand.splitOperands(Array(arguments.dropFirst()))
                arguments = ["check"] + split.options
                files = split.files
            }
            var command = try Crosswise.parseAsRoot(arguments)
            if let files, var check = command as? CheckCommand {
                check.files = files
                command = check
            }
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("crosswise: \(failure.description)\n".utf8))
            exit(1)
        } catch let failure as InputFailure {
            FileHandle.standardError.write(Data("crosswise: \(failure.description)\n".utf8))
            exit(2)
        } catch where DatabaseErrorKind(error) != nil {
            // A database failure after the start (a write refused, the server gone): its kind,
            // never the values of the query.
            FileHandle.standardError.write(Data("crosswise: database error: \(DatabaseErrorKind(error)!)\n".utf8))
            exit(1)
        } catch {
            let code = Crosswise.exitCode(for: error)
            // Help and version go to stdout with 0; usage mistakes to stderr with 2, as the
            // README promises (ArgumentParser's own default is 64).
            if code == .success {
                print(Crosswise.fullMessage(for: error))
                exit(0)
            }
            FileHandle.standardError.write(Data("\(Crosswise.fullMessage(for: error))\n".utf8))
            if code == .validationFailure {
                FileHandle.standardError.write(Data("Run 'crosswise --help' for usage.\n".utf8))
                exit(2)
            }
            exit(code == .failure ? 1 : code.rawValue == 2 ? 2 : 1)
        }
    }
}
