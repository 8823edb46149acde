import Foundation

/// A file sent with a message, such as a meeting invitation (`invite.ics`).
public struct MailAttachment: Sendable, Equatable {
    public let fileName: String
    /// A MIME type with parameters: `text/calendar; method=REQUEST; charset=UTF-8`.
    public let contentType: String
    public let bytes: [UInt8]

    public init(fileName: String, contentType: String, bytes: [UInt8]) throws(MailError) {
        // Quotes, backslashes and path separators would break the quoted file name or let a
        // mail program save outside its folder; control characters could end the header.
        let cleaned = String(String.UnicodeScalarView(HeaderText.singleLine(fileName).unicodeScalars.filter {
            !"\"\\/".unicodeScalars.contains($0)
        })).trimmingSpaces
        guard !cleaned.isEmpty else { throw .message("an attachment needs a file name") }
        guard Self.isMediaType(contentType) else {
            throw .message("an attachment's content type must look like type/subtype; name=value, such as text/calendar; method=REQUEST")
        }
        self.fileName = cleaned
        self.contentType = contentType.trimmingSpaces
        self.bytes = bytes
    }

    /// A calendar invitation (iMIP, RFC 6047): `text/calendar` with a `method` parameter.
    var isInvitation: Bool {
        let parts = contentType.lowercased().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.first == "text/calendar" && parts.dropFirst().contains { $0.hasPrefix("method=") }
    }

    /// `type/subtype` then `; name=value` pairs, in printable ASCII without line breaks.
    private static func isMediaType(_ text: String) -> Bool {
        let text = text.trimmingSpaces
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), text.utf8.count <= 200 else { return false }
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let type = parts[0].split(separator: "/", omittingEmptySubsequences: false)
        let token = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || "!#$&^_.+-".contains($0) } }
        guard type.count == 2, token(type[0]), token(type[1]) else { return false }
        return parts.dropFirst().allSatisfy { parameter in
            let pair = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return pair.count == 2 && token(pair[0]) && !pair[1].isEmpty
        }
    }
}
