import ArgumentParser
import Foundation
import Mail

/// The mail server settings shared by `serve` and `mail test`. Without a host e-mail is off.
struct SMTPOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Mail server host; without it e-mail is off and notices stay in the inbox. Also CROSSWISE_SMTP_HOST.",
                               valueName: "host"))
    var smtpHost: String?

    @Option(help: ArgumentHelp("Mail server port (default 587 for starttls, 465 for tls, 25 for none). Also CROSSWISE_SMTP_PORT.",
                               valueName: "port"))
    var smtpPort: String?

    @Option(help: ArgumentHelp("none, starttls or tls (default: tls on port 465, starttls otherwise). Also CROSSWISE_SMTP_SECURITY.",
                               valueName: "security"))
    var smtpSecurity: String?

    @Option(help: ArgumentHelp("User name for the mail server, if it wants one. Also CROSSWISE_SMTP_USER.", valueName: "user"))
    var smtpUser: String?

    @Option(help: ArgumentHelp("Password for --smtp-user. Prefer CROSSWISE_SMTP_PASSWORD: a flag shows in the process list.",
                               valueName: "password"))
    var smtpPassword: String?

    @Option(help: ArgumentHelp("Sender: notices@example.com or \"Crosswise <notices@example.com>\". Also CROSSWISE_SMTP_FROM.",
                               valueName: "address"))
    var smtpFrom: String?

    @Option(help: ArgumentHelp("PEM file of a CA to trust besides the system's (a relay with an internal CA). Also CROSSWISE_SMTP_CA_FILE.",
                               valueName: "path"))
    var smtpCAFile: String?

    func validate() throws {
        _ = try settings()
    }

    /// The settings from flags, then `CROSSWISE_SMTP_*`; nil when no host is given. A refusal
    /// is a `ValidationError`, so the CLI prints it as a usage error (exit 2).
    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SMTPSettings? {
        do {
            return try readSettings(environment)
        } catch let error as MailError {
            throw ValidationError(error.description)
        }
    }

    private func readSettings(_ environment: [String: String]) throws -> SMTPSettings? {
        func value(_ flag: String?, _ name: String) -> String? {
            let text = (flag ?? environment["CROSSWISE_SMTP_\(name)"])?.trimmingCharacters(in: .whitespaces)
            return text?.isEmpty == false ? text : nil
        }
        guard let host = value(smtpHost, "HOST") else {
            let others = [(smtpUser, "USER"), (smtpFrom, "FROM"), (smtpPort, "PORT"), (smtpSecurity, "SECURITY"), (smtpCAFile, "CA_FILE")]
            if others.contains(where: { value($0.0, $0.1) != nil }) {
                throw ValidationError("the mail settings need a host: give --smtp-host or CROSSWISE_SMTP_HOST (or drop the other --smtp-* settings)")
            }
            return nil
        }
        var port: Int?
        if let text = value(smtpPort, "PORT") {
            guard let number = Int(text), (1...65535).contains(number) else { throw ValidationError("--smtp-port must be between 1 and 65535") }
            port = number
        }
        let security: SMTPSettings.Security
        if let text = value(smtpSecurity, "SECURITY") {
            guard let chosen = SMTPSettings.Security(rawValue: text.lowercased()) else {
                throw ValidationError("--smtp-security must be none, starttls or tls")
            }
            security = chosen
        } else {
            security = port == 465 ? .tls : .startTLS
        }
        guard let fromText = value(smtpFrom, "FROM") else {
            throw ValidationError("e-mail needs a sender: give --smtp-from or CROSSWISE_SMTP_FROM, such as notices@example.com")
        }
        var credentials: SMTPSettings.Credentials?
        if let user = value(smtpUser, "USER") {
            guard let password = smtpPassword ?? environment["CROSSWISE_SMTP_PASSWORD"], !password.isEmpty else {
                throw ValidationError("--smtp-user needs a password: set CROSSWISE_SMTP_PASSWORD")
            }
            credentials = .init(username: user, password: password)
        } else if smtpPassword != nil {
            throw ValidationError("--smtp-password needs --smtp-user")
        }
        return try SMTPSettings(host: host, port: port, security: security, credentials: credentials, from: try Self.sender(fromText),
                                trustedCAFile: value(smtpCAFile, "CA_FILE"))
    }

    /// `address` or `Name <address>`.
    static func sender(_ text: String) throws(MailError) -> MailAddress {
        guard text.hasSuffix(">"), let open = text.lastIndex(of: "<") else { return try MailAddress(text) }
        let name = text[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return try MailAddress(String(text[text.index(after: open)..<text.index(before: text.endIndex)]), name: name.isEmpty ? nil : name)
    }
}
