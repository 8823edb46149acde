import NIOCore
import NIOPosix
import NIOSSL

/// Sends messages to one mail server with one set of settings; a new connection per message,
/// so a failed send leaves nothing half-open behind.
public struct SMTPClient: Sendable {
    public let settings: SMTPSettings
    private let group: any EventLoopGroup

    public init(settings: SMTPSettings, eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.settings = settings
        self.group = eventLoopGroup
    }

    /// Sends the message to every recipient, or to none: a refused recipient fails the send.
    /// Returns the server's reply to the message (often with its queue id).
    @discardableResult
    public func send(_ message: MailMessage) async throws(MailError) -> SMTPReply {
        let tls = try makeTLSContext()
        let session = try await SMTPSession.connect(settings: settings, tls: tls, group: group)
        do throws(MailError) {
            let reply = try await conversation(message, session: session, tls: tls)
            await session.quit(within: settings.timeouts.reply)
            return reply
        } catch {
            await session.close()
            throw error
        }
    }

    private func conversation(_ message: MailMessage, session: SMTPSession, tls: NIOSSLContext?) async throws(MailError) -> SMTPReply {
        try await session.expect(.greeting, 220...220)
        var features = try await hello(session)
        if settings.security == .startTLS, let tls {
            guard features.startTLS else {
                throw MailError(kind: .serverLacksFeature, step: .startTLS, isTemporary: false,
                                description: "the mail server does not offer STARTTLS; use --smtp-security tls or none, or another port")
            }
            try await session.send("STARTTLS", step: .startTLS, expecting: 220...220)
            try await session.startTLS(tls, serverHostname: settings.host)
            features = try await hello(session)
        }
        if let credentials = settings.credentials {
            try await signIn(credentials, features: features, session: session)
        }
        try await session.send("MAIL FROM:<\(message.from.address)>", step: .sender, expecting: 250...250)
        for recipient in message.to {
            try await session.send("RCPT TO:<\(recipient.address)>", step: .recipient, expecting: 250...251)
        }
        try await session.send("DATA", step: .data, expecting: 354...354)
        return try await session.sendBody(Self.dotStuffed(message.rendered()))
    }

    private func hello(_ session: SMTPSession) async throws(MailError) -> ServerFeatures {
        let reply = try await session.send("EHLO \(settings.helloName)", step: .hello, expecting: 250...250)
        return ServerFeatures(reply)
    }

    private func signIn(_ credentials: SMTPSettings.Credentials, features: ServerFeatures, session: SMTPSession) async throws(MailError) {
        let refused = { (error: MailError) -> MailError in
            guard error.kind == .refused, let code = error.replyCode, code == 535 || code == 534 || code == 530 else { return error }
            return MailError(kind: .signInRefused, step: .signIn, replyCode: code, enhancedCode: error.enhancedCode, isTemporary: false,
                             description: "the mail server refused the user name or password (\(code))")
        }
        do throws(MailError) {
            if features.authMechanisms.contains("PLAIN") {
                let token = Base64.encode(Array("\0\(credentials.username)\0\(credentials.password)".utf8))
                try await session.send("AUTH PLAIN \(token)", step: .signIn, expecting: 235...235)
            } else if features.authMechanisms.contains("LOGIN") {
                try await session.send("AUTH LOGIN", step: .signIn, expecting: 334...334)
                try await session.send(Base64.encode(Array(credentials.username.utf8)), step: .signIn, expecting: 334...334)
                try await session.send(Base64.encode(Array(credentials.password.utf8)), step: .signIn, expecting: 235...235)
            } else {
                let offered = features.authMechanisms.isEmpty ? "none" : features.authMechanisms.sorted().joined(separator: ", ")
                throw MailError(kind: .serverLacksFeature, step: .signIn, isTemporary: false,
                                description: "the mail server offers no password sign-in Crosswise knows (PLAIN or LOGIN); it offers: \(offered)")
            }
        } catch {
            throw refused(error)
        }
    }

    private func makeTLSContext() throws(MailError) -> NIOSSLContext? {
        guard settings.security != .none else { return nil }
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let file = settings.trustedCAFile {
            do {
                configuration.additionalTrustRoots = [.certificates(try NIOSSLCertificate.fromPEMFile(file))]
            } catch {
                throw .settings("the CA file \(file) holds no PEM certificate Crosswise can read")
            }
        }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw MailError(kind: .tlsFailed, step: .connect, isTemporary: false, description: "TLS could not be set up on this machine")
        }
    }

    /// A line of the message that starts with "." gets one more (RFC 5321 section 4.5.2), so
    /// it cannot end DATA early; then the lone "." that ends it.
    static func dotStuffed(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var atLineStart = true
        for byte in bytes {
            if atLineStart && byte == UInt8(ascii: ".") { output.append(byte) }
            output.append(byte)
            atLineStart = byte == 0x0A
        }
        if !atLineStart { output += [0x0D, 0x0A] }
        return output + Array(".\r\n".utf8)
    }
}

/// What a server offers in its EHLO reply.
struct ServerFeatures: Sendable {
    var startTLS = false
    var authMechanisms: Set<String> = []

    init(_ reply: SMTPReply) {
        for line in reply.lines.dropFirst() {
            let words = line.uppercased().split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            guard let keyword = words.first else { continue }
            if keyword == "STARTTLS" { startTLS = true }
            if keyword == "AUTH" { authMechanisms.formUnion(words.dropFirst()) }
        }
    }
}
