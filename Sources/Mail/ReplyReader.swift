import NIOCore

/// The last handler of the client's pipeline: cuts the server's bytes into lines, lines into
/// replies, and hands each reply to the one step waiting for it. Lives on the channel's event
/// loop; the client reaches it through `NIOLoopBound`.
final class ReplyReader: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    enum Failure: Error {
        case closed
        case notSMTP
        case lineTooLong
        case timedOut
        case pipelined
        case channel(any Error)
    }

    private var pending: [UInt8] = []
    private var parser = SMTPReplyParser()
    private var replies: [SMTPReply] = []
    private var waiting: EventLoopPromise<SMTPReply>?
    private var failure: Failure?
    /// Lines of the reply being read. Capped with the replies nobody asked for yet, so a server
    /// (or anyone on the path before STARTTLS) streaming "220-" lines cannot fill memory.
    private var linesInReply = 0
    static let maxLinesInReply = 100, maxUnreadReplies = 8

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending += buffer.readBytes(length: buffer.readableBytes) ?? []
        while let end = pending.firstIndex(of: 0x0A) {
            var line = Array(pending[..<end])
            pending.removeSubrange(...end)
            if line.last == 0x0D { line.removeLast() }
            linesInReply += 1
            guard linesInReply <= Self.maxLinesInReply, replies.count < Self.maxUnreadReplies else {
                fail(.notSMTP, context: context)
                return
            }
            do throws(SMTPReplyParser.Failure) {
                if let reply = try parser.consume(line: String(decoding: line, as: UTF8.self)) { deliver(reply) }
            } catch {
                fail(.notSMTP, context: context)
                return
            }
        }
        // RFC 5321 allows 512 octets a reply line; a server streaming more without a line end is broken.
        if pending.count > 4096 { fail(.lineTooLong, context: context) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(.channel(error), context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(.closed, context: nil)
        context.fireChannelInactive()
    }

    /// The next reply, or a failure when none arrives within `limit`.
    func next(on loop: any EventLoop, within limit: TimeAmount) -> EventLoopFuture<SMTPReply> {
        if !replies.isEmpty { return loop.makeSucceededFuture(replies.removeFirst()) }
        if let failure { return loop.makeFailedFuture(failure) }
        let promise = loop.makePromise(of: SMTPReply.self)
        waiting = promise
        let timer = loop.assumeIsolated().scheduleTask(in: limit) { [self] in
            guard let waiting, waiting.futureResult === promise.futureResult else { return }
            self.waiting = nil
            failure = .timedOut
            promise.fail(Failure.timedOut)
        }
        promise.futureResult.whenComplete { _ in timer.cancel() }
        return promise.futureResult
    }

    /// Why the connection failed, once it has.
    var recordedFailure: Failure? { failure }

    /// True when the server sent something nobody asked for yet: after STARTTLS that would be
    /// plain text smuggled into the encrypted session (CVE-2011-0411 and kin).
    var hasUnreadInput: Bool { !pending.isEmpty || !replies.isEmpty }

    private func deliver(_ reply: SMTPReply) {
        linesInReply = 0
        if let waiting {
            self.waiting = nil
            waiting.succeed(reply)
        } else {
            replies.append(reply)
        }
    }

    private func fail(_ reason: Failure, context: ChannelHandlerContext?) {
        if failure == nil { failure = reason }
        if let waiting {
            self.waiting = nil
            waiting.fail(failure ?? reason)
        }
        context?.close(promise: nil)
    }
}
