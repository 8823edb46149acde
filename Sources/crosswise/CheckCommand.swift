import ArgumentParser
import Foundation
import MessageCheck
import Worldtime

/// `crosswise check`: personal data and secrets in messages before they are sent. Files (or
/// standard input) are read in 1 MiB pieces cut at line ends, so memory stays flat whatever the
/// size; findings are printed as they are found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check messages for clarity, tone, personal data, secrets and time-zone slips.",
        discussion: """
            Reads each FILE, or standard input when none is given. Exit status: 0 when nothing \
            reaches --fail-on, 1 when something does, 2 for bad usage or unreadable input.
            Profiles: client-email (default), internal-chat, support-ticket. An organization's \
            glossary, rules and severities come from --config FILE (YAML; see the README).
            Examples: crosswise check reply.txt; pbpaste | crosswise check --format json; \
            crosswise check --from Asia/Manila --to Europe/London reply.txt
            """)

    @Argument(help: "Text files to check (UTF-8).") var files: [String] = []
    @Option(help: "Output: text, json or sarif.") var format: String = "text"
    @Option(help: ArgumentHelp("Exit with 1 when a finding is at least this severe: warning or error.", valueName: "severity"))
    var failOn: String = "error"
    @Option(name: .customLong("disable"), help: ArgumentHelp("Switch a check off by id (repeatable); see --list-checks.", valueName: "id"))
    var disabled: [String] = []
    @Option(help: ArgumentHelp("The writer's time zone (IANA name), to convert times for the reader.", valueName: "zone")) var from: String?
    @Option(help: ArgumentHelp("The reader's time zone (IANA name).", valueName: "zone")) var to: String?
    @Option(help: ArgumentHelp("Where the message goes: client-email, internal-chat or support-ticket.", valueName: "name"))
    var profile: String?
    @Option(help: ArgumentHelp("Your organization's settings: glossary, rules, severities (YAML).", valueName: "file"))
    var config: String?
    @Flag(help: "List the checks and their ids.") var listChecks = false
    /// For scripts/compare-anchors: the engine's time per file on stderr ("timing FILE NANOSECONDS").
    @Flag(help: .hidden) var timings = false

    func run() throws {
        if listChecks {
            for check in CheckCatalog.checks { print("\(check.id.padding(toLength: 24, withPad: " ", startingAt: 0)) \(check.description)") }
            return
        }
        guard let format = Report.Format(rawValue: format) else { throw ValidationError("--format must be text, json or sarif, not “\(format)”") }
        guard let threshold = Finding.Severity(rawValue: failOn), threshold != .suggestion else {
            throw ValidationError("--fail-on must be warning or error, not “\(failOn)”")
        }
        for id in disabled where !CheckCatalog.isKnown(id) { throw ValidationError("unknown check “\(id)”; see crosswise check --list-checks") }

        func zone(_ text: String?, _ flag: String) throws -> TimeZoneName? {
            guard let text else { return nil }
            do { return try TimeZoneName(text) } catch { throw ValidationError("--\(flag) “\(text)”: \(error)") }
        }
        let time = TimeCheck(writer: try zone(from, "from"), reader: try zone(to, "to"))
        let chosen = profile.flatMap(CheckProfile.named)
        if let profile, chosen == nil {
            throw ValidationError("--profile must be \(CheckProfile.all.map(\.name).joined(separator: ", ")), not “\(profile)”")
        }
        var settings: CheckConfiguration?
        if let config {
            guard let data = FileManager.default.contents(atPath: config) else { throw ValidationError("--config \(config): cannot read the file") }
            guard let yaml = String(data: data, encoding: .utf8) else { throw ValidationError("--config \(config): not UTF-8 text") }
            do { settings = try CheckConfiguration(yaml: yaml, source: config) } catch { throw ValidationError(error.description) }
        }
        let checker = MessageChecker(profile: chosen, configuration: settings, disabled: Set(disabled), time: time)
        TextStream.keepLargeBuffersOnTheHeap()
        let color = format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        // Findings go out in 64 KiB writes, not one system call each (a big file has millions).
        var report = Report(format: format, color: color) { FileHandle.standardOutput.write(Data($0)) }
        var worst: Finding.Severity?
        report.begin()
        // Files are opened one at a time and closed when read, so a long list needs one descriptor.
        let names = files.isEmpty ? ["<stdin>"] : files
        var failure: InputFailure?
        for name in names {
            let input = (name: name, handle: files.isEmpty ? FileHandle.standardInput : FileHandle(forReadingAtPath: name))
            guard let handle = input.handle else { failure = InputFailure("\(input.name): cannot open the file"); break }
            defer { if !files.isEmpty { try? handle.close() } }
            do {
                var elapsed = Duration.zero
                try TextStream(handle: handle, name: input.name).forEachPiece { text, byteOffset, lineOffset in
                    var found: [Finding] = []
                    elapsed += ContinuousClock().measure { found = checker.check(text) }
                    for var finding in found {
                        finding.span.start += byteOffset; finding.span.end += byteOffset
                        finding.span.line += lineOffset; finding.span.endLine += lineOffset
                        report.add(finding, file: input.name)
                        worst = max(worst ?? finding.severity, finding.severity)
                    }
                }
                if timings {
                    let ns = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
                    FileHandle.standardError.write(Data("timing \(input.name) \(ns)\n".utf8))
                }
            } catch let error as UnreadableText {
                failure = InputFailure(error.description)
                break
            }
        }
        report.end()
        if let failure { throw failure }
        if let worst, worst >= threshold { throw ExitCode(1) }
    }
}


extension CheckCommand {
    /// Options of `check` that take a value (kept in step with the declarations above by
    /// e2e/test_check_cli.py, which reads `--help`).
    static let valueOptions: Set<String> = ["--format", "--fail-on", "--disable", "--from", "--to", "--profile", "--config"]

    /// Splits `check`'s arguments into options and file names before ArgumentParser sees them:
    /// it reads a long list of positional arguments in quadratic time (8,000 files took 2 s, the
    /// shell's `notes/*.txt` can be that long), and this is one linear walk. Everything after
    /// "--" is a file name, as usual.
    static func splitOperands(_ arguments: [String]) -> (options: [String], files: [String]) {
        var options: [String] = [], files: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            if argument == "--" {
                files += arguments[(i + 1)...]
                break
            }
            if argument.hasPrefix("-") && argument != "-" {
                options.append(argument)
                if valueOptions.contains(argument), i + 1 < arguments.count {
                    options.append(arguments[i + 1])
                    i += 1
                }
            } else {
                files.append(argument)
            }
            i += 1
        }
        return (options, files)
    }
}

/// Unreadable input (binary, not UTF-8, missing): exit status 2 with the reason.
struct InputFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
