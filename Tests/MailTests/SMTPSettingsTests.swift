import Testing
@testable import Mail

@Suite struct SMTPSettingsTests {
    private let from = try! MailAddress("notices@crosswise.test")
    private let user = SMTPSettings.Credentials(username: "relay-user", password: "s3cret")

    @Test func aPasswordOverAPlainConnectionIsRefusedUnlessTheServerIsOnThisMachine() throws {
        let error = #expect(throws: MailError.self) { try SMTPSettings(host: "smtp.example.com", security: .none, credentials: user, from: from) }
        #expect(error?.description.contains("unencrypted") == true)
        #expect(try SMTPSettings(host: "127.0.0.1", security: .none, credentials: user, from: from).port == 25)
        #expect(try SMTPSettings(host: "localhost", security: .none, credentials: user, from: from).credentials == user)
        #expect(try SMTPSettings(host: "smtp.example.com", security: .startTLS, credentials: user, from: from).port == 587)
        #expect(try SMTPSettings(host: "smtp.example.com", security: .tls, credentials: user, from: from).port == 465)
    }

    @Test func badHostsPortsAndMissingCAFilesAreRefusedWithWords() {
        #expect(throws: MailError.self) { try SMTPSettings(host: "", security: .none, from: from) }
        #expect(throws: MailError.self) { try SMTPSettings(host: "smtp.example.com\r\nQUIT", security: .none, from: from) }
        #expect(throws: MailError.self) { try SMTPSettings(host: "smtp.example.com", port: 70000, security: .none, from: from) }
        #expect(throws: MailError.self) {
            try SMTPSettings(host: "smtp.example.com", security: .tls, from: from, trustedCAFile: "/nonexistent/ca.pem")
        }
    }

    @Test func aMultiLineReplyIsReadAsOneReplyWithAllItsLines() throws {
        var parser = SMTPReplyParser()
        #expect(try parser.consume(line: "250-smtp.example.com hello") == nil)
        #expect(try parser.consume(line: "250-STARTTLS") == nil)
        let reply = try #require(try parser.consume(line: "250 AUTH PLAIN LOGIN"))
        #expect(reply.code == 250 && reply.lines == ["smtp.example.com hello", "STARTTLS", "AUTH PLAIN LOGIN"])
        let features = ServerFeatures(reply)
        #expect(features.startTLS && features.authMechanisms == ["PLAIN", "LOGIN"])
        #expect(throws: SMTPReplyParser.Failure.self) { try parser.consume(line: "HTTP/1.1 400 Bad Request") }
        var mixed = SMTPReplyParser()
        _ = try mixed.consume(line: "250-first")
        #expect(throws: SMTPReplyParser.Failure.self) { try mixed.consume(line: "354 other code") }
    }
}
