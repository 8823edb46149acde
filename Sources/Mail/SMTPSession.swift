import NIOCore
import NIOPosix
import NIOSSL

/// One open connection to the server: write a command, wait for its reply within the limit,
/// and turn whatever goes wrong into a `MailError` for the step.
struct SMTPSession: Sendable {
    private let channel: any Channel
    private let reader: NIOLoopBound<ReplyReader>
    private let settings: SMTPSettings

    static func connect(settings: SMTPSettings, tls: NIOSSLContext?, group: any EventLoopGroup) async throws(MailError) -> SMTPSession {
        let implicitTLS = settings.security == .tls ? tls : nil
        let hostname = serverName(settings.host)
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(timeAmount(settings.timeouts.connect))
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: implicitTLS, serverHostname: hostname))
                    }
                    try channel.pipeline.syncOperations.addHandler(ReplyReader())
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.connect(host: settings.host, port: settings.port).get()
        } catch {
            let timedOut: Bool
            if case .connectTimeout = error as? ChannelError { timedOut = true } else { timedOut = false }
            let words = timedOut
                ? "the mail server \(settings.host):\(settings.port) did not accept a connection within \(settings.timeouts.connect)"
                : "cannot connect to the mail server \(settings.host):\(settings.port) (refused, unreachable or unknown host)"
            throw MailError(kind: timedOut ? .timedOut : .cannotConnect, step: .connect, isTemporary: true, description: words)
        }
        let reader: NIOLoopBound<ReplyReader>
        do {
            reader = try await channel.eventLoop.submit {
                NIOLoopBound(try channel.pipeline.syncOperations.handler(type: ReplyReader.self), eventLoop: channel.eventLoop)
            }.get()
        } catch {
            channel.close(promise: nil)
            throw MailError(kind: .protocolFailure, step: .connect, isTemporary: true, description: "the connection closed at once")
        }
        return SMTPSession(channel: channel, reader: reader, settings: settings)
    }

    /// Waits for a reply and checks its code.
    @discardableResult
    func expect(_ step: MailError.Step, _ accepted: ClosedRange<Int>, within limit: Duration? = nil) async throws(MailError) -> SMTPReply {
        let wait = Self.timeAmount(limit ?? settings.timeouts.reply)
        let reader = reader
        let reply: SMTPReply
        do {
            reply = try await channel.eventLoop.flatSubmit { reader.value.next(on: reader.eventLoop, within: wait) }.get()
        } catch {
            throw describe(error, at: step, waited: limit ?? settings.timeouts.reply)
        }
        guard accepted.contains(reply.code) else {
            throw reply.code >= 400 && reply.code < 600
                ? .refused(reply, at: step)
                : MailError(kind: .protocolFailure, step: step, replyCode: reply.code, isTemporary: true,
                            description: "the mail server answered \(step.rawValue) with an unexpected \(reply.code): \(reply.text)")
        }
        return reply
    }

    @discardableResult
    func send(_ command: String, step: MailError.Step, expecting accepted: ClosedRange<Int>) async throws(MailError) -> SMTPReply {
        try await write(Array((command + "\r\n").utf8), step: step)
        return try await expect(step, accepted)
    }

    /// The dot-stuffed message and its final ".", then the reply that says the server took it.
    func sendBody(_ bytes: [UInt8]) async throws(MailError) -> SMTPReply {
        try await write(bytes, step: .body)
        return try await expect(.body, 250...250, within: settings.timeouts.afterMessage)
    }

    /// After the server's 220 to STARTTLS: TLS goes in front of the reader, and nothing read
    /// before it may count as a reply.
    func startTLS(_ context: NIOSSLContext, serverHostname: String) async throws(MailError) {
        let reader = reader
        let hostname = Self.serverName(serverHostname)
        let channel = channel
        do {
            try await channel.eventLoop.flatSubmit { () -> EventLoopFuture<Void> in
                guard !reader.value.hasUnreadInput else { return channel.eventLoop.makeFailedFuture(ReplyReader.Failure.pipelined) }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: hostname), position: .first)
                }
            }.get()
        } catch {
            throw describe(error, at: .startTLS, waited: settings.timeouts.reply)
        }
    }

    /// Polite goodbye; the message is already accepted, so a slow QUIT changes nothing.
    func quit(within limit: Duration) async {
        do throws(MailError) {
            try await write(Array("QUIT\r\n".utf8), step: .quit)
            try await expect(.quit, 221...221, within: min(limit, .seconds(5)))
        } catch {}
        await close()
    }

    func close() async {
        try? await channel.close().get()
    }

    private func write(_ bytes: [UInt8], step: MailError.Step) async throws(MailError) {
        do {
            try await channel.writeAndFlush(channel.allocator.buffer(bytes: bytes)).get()
        } catch {
            // A failed TLS handshake fails the buffered write with a bare "closed"; the reader
            // saw the handshake error itself, and that is the one worth telling.
            let reader = reader
            let session = self
            let waited = settings.timeouts.reply
            let told = try? await channel.eventLoop.submit {
                reader.value.recordedFailure.map { session.describe($0, at: step, waited: waited) }
            }.get()
            throw told ?? describe(error, at: step, waited: waited)
        }
    }

    private func describe(_ error: any Error, at step: MailError.Step, waited: Duration) -> MailError {
        let failure = error as? ReplyReader.Failure
        switch failure {
        case .timedOut:
            return MailError(kind: .timedOut, step: step, isTemporary: true,
                             description: "the mail server did not answer \(step.rawValue) within \(waited)")
        case .notSMTP, .lineTooLong:
            return MailError(kind: .protocolFailure, step: step, isTemporary: true,
                             description: "the mail server's answer to \(step.rawValue) is not SMTP (wrong port or security setting?)")
        case .pipelined:
            return MailError(kind: .protocolFailure, step: step, isTemporary: false,
                             description: "the mail server sent data before TLS started; refusing to go on (possible tampering)")
        case .channel(let inner) where Self.isTLSError(inner):
            return MailError(kind: .tlsFailed, step: step, isTemporary: false,
                             description: "TLS with the mail server failed at \(step.rawValue): \(Self.tlsWords(inner))")
        case .closed, .channel, nil:
            if Self.isTLSError(error) {
                return MailError(kind: .tlsFailed, step: step, isTemporary: false,
                                 description: "TLS with the mail server failed at \(step.rawValue): \(Self.tlsWords(error))")
            }
            return MailError(kind: .protocolFailure, step: step, isTemporary: true,
                             description: "the mail server closed the connection at \(step.rawValue)")
        }
    }

    private static func isTLSError(_ error: any Error) -> Bool {
        error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError
    }

    private static func tlsWords(_ error: any Error) -> String {
        if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
            return "the server's certificate is not for this host name"
        }
        if case .handshakeFailed(let inner) = error as? NIOSSLError, "\(inner)".contains("CERTIFICATE_VERIFY_FAILED") {
            return "the server's certificate is not trusted (for an internal CA, give its PEM file with --smtp-ca-file)"
        }
        return "the handshake failed (is the security setting right for this port?)"
    }

    /// SNI and name checks take a host name; for an IP address NIOSSL checks the address itself.
    private static func serverName(_ host: String) -> String? {
        (try? SocketAddress(ipAddress: host.removing("[]"), port: 0)) == nil ? host : nil
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

private extension String {
    func removing(_ set: String) -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { !set.unicodeScalars.contains($0) }))
    }
}
