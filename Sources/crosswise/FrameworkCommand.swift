import ArgumentParser
import Foundation
import Skills
import Yams

/// `crosswise framework`: check and exchange competency frameworks.
struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: "Check a competency framework file, or export one as CASE 1.1 JSON, Moodle CSV or YAML.",
        subcommands: [Validate.self, Export.self])

    /// Reads a framework from YAML, from CASE 1.1 JSON (a file starting with "{") or from a
    /// Moodle competency-framework CSV (a `.csv` file), which is merged into the built-in
    /// framework since Moodle's format carries no questions, advice or roles.
    static func load(_ path: String) throws -> Framework {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputFailure("\(path): cannot read the file") }
        guard String(data: data, encoding: .utf8) != nil else { throw InputFailure("\(path): not UTF-8 text") }
        do {
            return try Framework(file: data, named: path, mergingMoodleInto: .builtIn)
        } catch let problems as FrameworkProblems {
            throw CommandFailure(problems.description)
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a framework file (YAML, CASE 1.1 JSON or Moodle CSV) against every rule; exit 1 with the list of problems.")

        @Argument(help: ArgumentHelp("The framework file.", valueName: "file"))
        var file: String

        func run() throws {
            let framework = try FrameworkCommand.load(file)
            let questions = framework.active.reduce(0) { $0 + $1.statements.count + $1.scenarios.count }
            print("\(file): valid — “\(framework.title)” version \(framework.version): \(framework.competencies.count) competencies "
                  + "(\(framework.active.count) active), \(questions) assessment questions, \(framework.mistakes.count) mistakes, \(framework.roles.count) roles")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in framework (or --from FILE) as CASE 1.1 JSON (--case, the default), Moodle CSV (--moodle) or YAML to edit (--yaml).")

        @Flag(help: "1EdTech CASE 1.1 CFPackage JSON.") var `case` = false
        @Flag(help: "Moodle's competency-framework CSV (areas, competencies and their five levels).") var moodle = false
        @Flag(help: "The YAML format `framework validate` reads; a starting point for an organization's own copy.") var yaml = false
        @Option(help: ArgumentHelp("A framework file to export instead of the built-in one.", valueName: "file")) var from: String?
        @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file")) var output: String?

        func validate() throws {
            if [`case`, yaml, moodle].filter({ $0 }).count > 1 { throw ValidationError("choose one of --case, --moodle and --yaml") }
        }

        func run() throws {
            let framework = try from.map(FrameworkCommand.load) ?? Framework.builtIn
            let data: Data
            if yaml {
                data = Data(try YAMLEncoder().encode(framework).utf8)
            } else if moodle {
                data = Data(framework.moodleCSV().utf8)
            } else {
                data = framework.casePackage().json() + Data("\n".utf8)
            }
            if let output {
                do { try data.write(to: URL(fileURLWithPath: output)) } catch { throw CommandFailure("\(output): cannot write the file (\(error.localizedDescription))") }
            } else {
                FileHandle.standardOutput.write(data)
            }
        }
    }
}
