import ArgumentParser
import Foundation
import Mail

struct MailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail", abstract: "Check the e-mail settings.", subcommands: [Test.self])

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send one test message with the --smtp-* settings and print what the mail server said.")

        @OptionGroup var smtp: SMTPOptions

        @Option(help: ArgumentHelp("Where to send the test message.", valueName: "address"))
        var to: String

        func validate() throws {
            do throws(MailError) {
                _ = try MailAddress(to)
            } catch {
                throw ValidationError("--to: \(error.description)")
            }
            guard try smtp.settings() != nil else {
                throw ValidationError("no mail server: give --smtp-host or CROSSWISE_SMTP_HOST")
            }
        }

        func run() async throws {
            guard let settings = try smtp.settings() else { throw CommandFailure("no mail server: give --smtp-host or CROSSWISE_SMTP_HOST") }
            do {
                let message = try MailMessage(
                    from: settings.from, to: [try MailAddress(to)], subject: "Crosswise test message",
                    text: "This is a test from Crosswise.\n\nIf you can read it, notices by e-mail will reach people"
                        + " through \(settings.host).\n")
                let reply = try await SMTPClient(settings: settings).send(message)
                print("Sent through \(settings.host):\(settings.port) (\(settings.security.rawValue)). The server said: \(reply.code) \(reply.text)")
            } catch {
                throw CommandFailure("e-mail not sent: \(error.description)")
            }
        }
    }
}
