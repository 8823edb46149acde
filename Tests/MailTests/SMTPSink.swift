import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// A small SMTP server for the tests: it follows a script, records every command line and the
/// raw DATA it receives, and can offer STARTTLS or speak TLS from the start.
final class SMTPSink: Sendable {
    struct Script: Sendable {
        var greets = true
        /// "220-" lines before the greeting: a hostile server streams them without end.
        var greetingContinuations = 0
        var offersStartTLS = false
        var implicitTLS = false
        var authMechanisms: [String] = []
        var username = "relay-user"
        var password = "s3cret pass"
        /// The reply to every RCPT TO, such as "450 4.2.1 Mailbox busy"; nil accepts.
        var recipientReply: String?
    }

    struct Record: Sendable {
        var commands: [String] = []
        /// DATA as it arrived, still dot-stuffed, one entry per message.
        var rawData: [[UInt8]] = []
        var signedIn = false
    }

    let port: Int
    private let channel: any Channel
    private let box: RecordBox

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var caFile: String { fixtures.appendingPathComponent("ca.pem").path }

    init(_ script: Script = Script()) async throws {
        let tls = try Self.serverTLS()
        let box = RecordBox()
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if script.implicitTLS {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls))
                    }
                    try channel.pipeline.syncOperations.addHandler(SinkConversation(script: script, tls: tls, record: box))
                }
            }
        channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
        self.box = box
    }

    var commands: [String] { box.record.withLock { $0.commands } }
    var rawData: [[UInt8]] { box.record.withLock { $0.rawData } }
    var signedIn: Bool { box.record.withLock { $0.signedIn } }

    /// The last message as the server stores it: dot-stuffing undone, final "." dropped.
    var lastMessage: [UInt8]? {
        guard let raw = rawData.last else { return nil }
        var output: [UInt8] = []
        var atLineStart = true
        for byte in raw {
            if atLineStart && byte == UInt8(ascii: ".") {
                atLineStart = false
                continue
            }
            output.append(byte)
            atLineStart = byte == 0x0A
        }
        return output
    }

    func stop() async {
        try? await channel.close().get()
    }

    private static func serverTLS() throws -> NIOSSLContext {
        let certificate = try NIOSSLCertificate(bytes: Array(Data(contentsOf: fixtures.appendingPathComponent("server.pem"))), format: .pem)
        let key = try NIOSSLPrivateKey(file: fixtures.appendingPathComponent("server-key.pem").path, format: .pem)
        let configuration = TLSConfiguration.makeServerConfiguration(certificateChain: [.certificate(certificate)], privateKey: .privateKey(key))
        return try NIOSSLContext(configuration: configuration)
    }
}

final class RecordBox: Sendable {
    let record = Mutex(SMTPSink.Record())
}
