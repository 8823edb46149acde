import Foundation

/// How to reach the mail server and who the mail is from.
public struct SMTPSettings: Sendable, Equatable {
    /// How the connection is protected.
    public enum Security: String, Sendable, Equatable, CaseIterable {
        /// Plain text. Only for a relay on the same host or a trusted network, without a password.
        case none
        /// Plain connect, then STARTTLS before anything else (usually port 587, sometimes 25).
        case startTLS = "starttls"
        /// TLS from the first byte (usually port 465).
        case tls

        /// The port servers usually listen on for this kind of connection.
        public var defaultPort: Int {
            switch self {
            case .none: 25
            case .startTLS: 587
            case .tls: 465
            }
        }
    }

    public struct Credentials: Sendable, Equatable {
        public let username: String
        public let password: String

        public init(username: String, password: String) {
            self.username = username
            self.password = password
        }
    }

    /// Limits for each step, so a silent or slow server cannot hold the sending task.
    public struct Timeouts: Sendable, Equatable {
        public var connect: Duration
        /// The wait for each reply (greeting, EHLO, AUTH, MAIL, RCPT, DATA, QUIT), TLS handshake included.
        public var reply: Duration
        /// The wait for the reply after the whole message: servers scan for viruses here.
        public var afterMessage: Duration

        public init(connect: Duration = .seconds(15), reply: Duration = .seconds(30), afterMessage: Duration = .seconds(120)) {
            self.connect = connect
            self.reply = reply
            self.afterMessage = afterMessage
        }
    }

    public let host: String
    public let port: Int
    public let security: Security
    public let credentials: Credentials?
    public let from: MailAddress
    /// The name given in EHLO: this machine's name as the server should see it.
    public let helloName: String
    public let timeouts: Timeouts
    /// A PEM file of CA certificates to trust besides the system's (a company relay with an internal CA).
    public let trustedCAFile: String?

    /// Refuses settings that cannot work or would leak a password.
    public init(host: String, port: Int? = nil, security: Security, credentials: Credentials? = nil, from: MailAddress,
                helloName: String? = nil, timeouts: Timeouts = Timeouts(), trustedCAFile: String? = nil) throws(MailError) {
        let host = host.trimmingSpaces
        guard !host.isEmpty, host.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "/" && $0 != "@" }) else {
            throw .settings("the mail server must be a host name or an IP address, such as smtp.example.com")
        }
        let port = port ?? security.defaultPort
        guard (1...65535).contains(port) else { throw .settings("the mail server port must be between 1 and 65535") }
        if let credentials {
            guard !credentials.username.isEmpty, !credentials.password.isEmpty else {
                throw .settings("a mail server user needs a password, and a password needs a user")
            }
            guard !Self.hasLineBreakOrNul(credentials.username), !Self.hasLineBreakOrNul(credentials.password) else {
                throw .settings("the mail server user and password cannot contain line breaks")
            }
            // Over plain text anyone on the path reads the password; loopback never leaves the machine.
            guard security != .none || Self.isLoopback(host) else {
                throw .settings("refusing to send the mail server password over an unencrypted connection: "
                    + "use STARTTLS (port 587) or TLS (port 465), or drop the user for a relay that needs none")
            }
        }
        let hello = (helloName ?? Self.defaultHelloName).trimmingSpaces
        guard !hello.isEmpty, hello.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else {
            throw .settings("the EHLO name must be a host name without spaces")
        }
        if let trustedCAFile, !FileManager.default.isReadableFile(atPath: trustedCAFile) {
            throw .settings("cannot read the CA file \(trustedCAFile)")
        }
        for limit in [timeouts.connect, timeouts.reply, timeouts.afterMessage] where limit <= .zero {
            throw .settings("every mail timeout must be more than zero")
        }
        self.host = host
        self.port = port
        self.security = security
        self.credentials = credentials
        self.from = from
        self.helloName = hello
        self.timeouts = timeouts
        self.trustedCAFile = trustedCAFile
    }

    static func isLoopback(_ host: String) -> Bool {
        let lower = host.lowercased()
        if lower == "localhost" || lower.hasSuffix(".localhost") || lower == "::1" || lower == "[::1]" { return true }
        let octets = lower.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    private static func hasLineBreakOrNul(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" }
    }

    /// The machine's name when it looks like a host name; servers only log it.
    private static var defaultHelloName: String {
        let name = ProcessInfo.processInfo.hostName
        return name.isEmpty || name.contains(" ") ? "localhost" : name
    }
}
