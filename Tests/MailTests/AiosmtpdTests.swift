import Foundation
import Testing
@testable import Mail

/// Sends to a real outside server, Python's aiosmtpd, when asked: scripts/check-mail-with-aiosmtpd.py
/// starts it (plain and STARTTLS), sets the variables, runs this suite and parses what arrived
/// with Python's `email` module.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["CROSSWISE_TEST_AIOSMTPD"] != nil))
struct AiosmtpdTests {
    private static let environment = ProcessInfo.processInfo.environment

    static let invitation = """
        BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Crosswise//Meetings//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n\
        UID:meeting-7@crosswise.test\r\nDTSTAMP:20261201T150000Z\r\nDTSTART:20261202T013000Z\r\nDTEND:20261202T020000Z\r\n\
        SUMMARY:Weekly sync – Manila / London\r\nORGANIZER;CN=Crosswise:mailto:notices@crosswise.test\r\n\
        ATTENDEE;RSVP=TRUE:mailto:lead@client.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
        """

    static func message(_ label: String) throws -> MailMessage {
        let invite = try MailAttachment(fileName: "invite.ics", contentType: "text/calendar; method=REQUEST; charset=UTF-8",
                                        bytes: Array(invitation.utf8))
        return try MailMessage(from: try MailAddress("notices@crosswise.test", name: "Crosswise Notices"),
                               to: [try MailAddress("lead@client.test", name: "Zoë Ñandú"), try MailAddress("agent@client.test")],
                               subject: "Réunion \(label) – 東京 09:00", text: "Hello,\n.a line with a dot\nSee the invitation.\n",
                               attachments: [invite], messageID: "<aiosmtpd-\(label)@crosswise.test>")
    }

    static func settings(_ variable: String, _ security: SMTPSettings.Security) throws -> SMTPSettings? {
        guard let address = environment[variable], let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...])
        else { return nil }
        return try SMTPSettings(host: String(address[..<colon]), port: port, security: security,
                                from: try MailAddress("notices@crosswise.test"), helloName: "client.test",
                                trustedCAFile: security == .none ? nil : SMTPSink.caFile)
    }

    @Test func aiosmtpdAcceptsAPlainSession() async throws {
        let settings = try #require(try Self.settings("CROSSWISE_TEST_AIOSMTPD", .none))
        let reply = try await SMTPClient(settings: settings).send(try Self.message("plain"))
        #expect(reply.code == 250)
    }

    @Test(.enabled(if: environment["CROSSWISE_TEST_AIOSMTPD_STARTTLS"] != nil))
    func aiosmtpdAcceptsASTARTTLSSession() async throws {
        let settings = try #require(try Self.settings("CROSSWISE_TEST_AIOSMTPD_STARTTLS", .startTLS))
        let reply = try await SMTPClient(settings: settings).send(try Self.message("starttls"))
        #expect(reply.code == 250)
    }
}
