import CrosswiseStore
import Foundation
import Mail

/// Hands the outbox's messages to the SMTP client: the glue between the store, which knows
/// nothing of SMTP, and the Mail module, which knows nothing of the outbox.
struct MailDelivery: Sendable {
    let settings: SMTPSettings
    let client: SMTPClient

    init(settings: SMTPSettings) {
        self.settings = settings
        self.client = SMTPClient(settings: settings)
    }

    func send(_ mail: OutgoingMail) async throws {
        do {
            var attachments: [MailAttachment] = []
            if let calendar = mail.calendar {
                attachments.append(try MailAttachment(fileName: calendar.method == "CANCEL" ? "cancel.ics" : "invite.ics",
                                                      contentType: "text/calendar; method=\(calendar.method); charset=UTF-8",
                                                      bytes: Array(calendar.text.utf8)))
            }
            let message = try MailMessage(from: settings.from, to: [try MailAddress(mail.to)], subject: mail.subject, text: mail.text,
                                          attachments: attachments, messageID: "<\(mail.messageID)>")
            try await client.send(message)
        } catch {
            throw Self.failure(error)
        }
    }

    /// Only what cannot change by waiting is permanent: the server refusing this recipient
    /// (5xx) or a message that cannot be written. A TLS, sign-in or missing-feature failure is
    /// the installation's settings, not the message: the rows wait and go once an admin fixes
    /// the settings and restarts, instead of being given up on the first try.
    static func failure(_ error: MailError) -> MailRefused {
        let permanent = switch error.kind {
        case .refused: !error.isTemporary
        case .invalidMessage: true
        default: false
        }
        return MailRefused(permanent: permanent, kind: "\(error.kind)" + (error.replyCode.map { "-\($0)" } ?? ""))
    }
}
