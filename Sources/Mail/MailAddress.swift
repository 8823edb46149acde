/// An e-mail address with an optional display name, checked once so that neither part can
/// break out of a header or an SMTP command.
public struct MailAddress: Sendable, Equatable, Hashable {
    /// `local@domain`, ASCII only: the SMTPUTF8 extension is not used, so a non-ASCII address
    /// would be refused by many servers anyway.
    public let address: String
    /// Shown by mail programs; may be any language (sent as an RFC 2047 encoded word).
    public let name: String?

    public init(_ address: String, name: String? = nil) throws(MailError) {
        let trimmed = address.trimmingSpaces
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, trimmed.utf8.count <= 254 else {
            throw .message("an e-mail address must look like name@example.com")
        }
        // Printable ASCII without space, angle brackets, quotes, commas or semicolons: enough
        // for every address people type, and nothing that can end the <...> of MAIL FROM.
        let forbidden = Set("<>\"(),;:\\[] ".unicodeScalars)
        guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !forbidden.contains($0) }) else {
            throw .message("an e-mail address may only hold letters, digits and . _ - + @ (no spaces or accents)")
        }
        guard parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !parts[1].contains("..") else {
            throw .message("the domain of an e-mail address must look like example.com")
        }
        self.address = trimmed
        let cleanName = name.map(HeaderText.singleLine)?.trimmingSpaces
        self.name = cleanName?.isEmpty == false ? cleanName : nil
    }

    /// The domain, for the default Message-ID.
    var domain: String { String(address.split(separator: "@").last ?? "localhost") }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
