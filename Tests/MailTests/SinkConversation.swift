import Foundation
import NIOCore
import NIOSSL

/// The server side of one connection to the sink.
final class SinkConversation: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private enum Stage { case commands, authLoginUser, authLoginPassword(String), data }

    private let script: SMTPSink.Script
    private let tls: NIOSSLContext
    private let record: RecordBox
    private var stage = Stage.commands
    private var pending: [UInt8] = []
    private var data: [UInt8] = []
    private var tlsActive = false

    init(script: SMTPSink.Script, tls: NIOSSLContext, record: RecordBox) {
        self.script = script
        self.tls = tls
        self.record = record
        tlsActive = script.implicitTLS
    }

    func channelActive(context: ChannelHandlerContext) {
        for _ in 0..<script.greetingContinuations { reply("220-sink.test says more", context) }
        if script.greets { reply("220 sink.test ESMTP ready", context) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending += buffer.readBytes(length: buffer.readableBytes) ?? []
        while let end = pending.firstIndex(of: 0x0A) {
            let line = Array(pending[...end])
            pending.removeSubrange(...end)
            handle(line, context)
        }
    }

    private func handle(_ rawLine: [UInt8], _ context: ChannelHandlerContext) {
        let line = String(decoding: rawLine, as: UTF8.self).trimmingCharacters(in: .newlines)
        switch stage {
        case .data:
            if line == "." {
                record.record.withLock { $0.rawData.append(data) }
                data = []
                stage = .commands
                reply("250 2.0.0 Ok: queued as 4F2A9C", context)
            } else {
                data += rawLine
            }
            return
        case .authLoginUser:
            stage = .authLoginPassword(decode(line))
            reply("334 UGFzc3dvcmQ6", context)
            return
        case .authLoginPassword(let user):
            finishSignIn(user: user, password: decode(line), context)
            return
        case .commands:
            break
        }
        record.record.withLock { $0.commands.append(line) }
        guard script.greets else { return }
        let verb = line.split(separator: " ").first.map { $0.uppercased() } ?? ""
        switch verb {
        case "EHLO":
            var lines = ["sink.test greets you"]
            if script.offersStartTLS && !tlsActive { lines.append("STARTTLS") }
            if !script.authMechanisms.isEmpty { lines.append("AUTH " + script.authMechanisms.joined(separator: " ")) }
            lines.append("8BITMIME")
            reply(lines.enumerated().map { "250\($0.offset == lines.count - 1 ? " " : "-")\($0.element)" }.joined(separator: "\r\n"), context)
        case "STARTTLS":
            reply("220 2.0.0 Go ahead", context)
            tlsActive = true
            record.record.withLock { $0.commands.append("<tls>") }
            try? context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls), position: .first)
        case "AUTH":
            let words = line.split(separator: " ").map(String.init)
            if words.count == 3, words[1].uppercased() == "PLAIN" {
                let parts = decode(words[2]).split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
                finishSignIn(user: parts.count == 3 ? parts[1] : "", password: parts.count == 3 ? parts[2] : "", context)
            } else if words.count == 2, words[1].uppercased() == "LOGIN" {
                stage = .authLoginUser
                reply("334 VXNlcm5hbWU6", context)
            } else {
                reply("504 5.5.4 Unrecognized authentication type", context)
            }
        case "MAIL": reply("250 2.1.0 Ok", context)
        case "RCPT": reply(script.recipientReply ?? "250 2.1.5 Ok", context)
        case "DATA":
            stage = .data
            reply("354 End data with <CR><LF>.<CR><LF>", context)
        case "QUIT":
            reply("221 2.0.0 Bye", context)
            context.close(promise: nil)
        default: reply("502 5.5.2 Error: command not recognized", context)
        }
    }

    private func finishSignIn(user: String, password: String, _ context: ChannelHandlerContext) {
        stage = .commands
        if user == script.username && password == script.password {
            record.record.withLock { $0.signedIn = true }
            reply("235 2.7.0 Authentication successful", context)
        } else {
            reply("535 5.7.8 Error: authentication failed", context)
        }
    }

    private func decode(_ base64: String) -> String {
        Data(base64Encoded: base64).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    private func reply(_ text: String, _ context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: text + "\r\n")), promise: nil)
    }

    typealias OutboundOut = ByteBuffer
}
