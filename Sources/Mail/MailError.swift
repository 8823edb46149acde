/// Why a message was not sent, in words an admin can act on.
///
/// `description` may quote the mail server's reply, which can name a recipient; it is for the
/// admin at a terminal. `logSummary` names the step and the reply code only, so it can go to logs
/// at any level. `isTemporary` tells the outbox whether to try again later.
public struct MailError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The settings or the message cannot work (a password over a plain connection, a bad address).
        case invalidSettings
        case invalidMessage
        /// No connection: refused, unreachable, or the name does not resolve.
        case cannotConnect
        /// The server did not answer within the set limit.
        case timedOut
        /// TLS could not be set up: handshake failed, certificate not trusted, wrong host name.
        case tlsFailed
        /// The server lacks something the settings require (STARTTLS, a password sign-in we know).
        case serverLacksFeature
        /// The server refused the user name or password.
        case signInRefused
        /// The server answered a step with a refusal (4xx or 5xx).
        case refused
        /// The server said something that is not SMTP, or closed the connection mid-way.
        case protocolFailure
    }

    /// The step of the conversation that failed.
    public enum Step: String, Sendable, Equatable {
        case settings, message, connect, greeting, hello, startTLS = "STARTTLS", signIn = "sign-in"
        case sender = "MAIL FROM", recipient = "RCPT TO", data = "DATA", body = "message body", quit = "QUIT"
    }

    public let kind: Kind
    public let step: Step
    /// The server's reply code, when the server answered.
    public let replyCode: Int?
    /// The enhanced status code (RFC 3463) when the server gave one, such as "5.1.1".
    public let enhancedCode: String?
    /// True when trying again later may work: no connection, a timeout, or a 4xx reply.
    public let isTemporary: Bool
    /// Plain words for the admin; may quote the server.
    public let description: String

    public init(kind: Kind, step: Step, replyCode: Int? = nil, enhancedCode: String? = nil, isTemporary: Bool, description: String) {
        self.kind = kind
        self.step = step
        self.replyCode = replyCode
        self.enhancedCode = enhancedCode
        self.isTemporary = isTemporary
        self.description = description
    }

    /// Safe for logs: the step, the kind and the codes, never addresses, text or passwords.
    public var logSummary: String {
        var parts = ["e-mail not sent", "step \(step.rawValue)", "\(kind)"]
        if let replyCode { parts.append("reply \(replyCode)") }
        if let enhancedCode { parts.append("status \(enhancedCode)") }
        parts.append(isTemporary ? "temporary, will retry" : "permanent")
        return parts.joined(separator: ", ")
    }

    static func settings(_ words: String) -> MailError {
        MailError(kind: .invalidSettings, step: .settings, isTemporary: false, description: words)
    }

    static func message(_ words: String) -> MailError {
        MailError(kind: .invalidMessage, step: .message, isTemporary: false, description: words)
    }

    /// A refusal by the server: 4xx is temporary, 5xx permanent (RFC 5321 section 4.2.1).
    static func refused(_ reply: SMTPReply, at step: Step, kind: Kind = .refused) -> MailError {
        let temporary = reply.code >= 400 && reply.code < 500
        let words = "the mail server refused \(step.rawValue) with \(reply.code)"
            + (temporary ? " (temporary; try again later)" : " (permanent)") + ": \(reply.text)"
        return MailError(kind: kind, step: step, replyCode: reply.code, enhancedCode: reply.enhancedCode,
                         isTemporary: temporary, description: words)
    }
}
