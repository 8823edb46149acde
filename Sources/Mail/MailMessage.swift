import Foundation

/// One e-mail: plain text, optional attachments, rendered per RFC 5322 and MIME (RFC 2045-2047).
public struct MailMessage: Sendable, Equatable {
    public let from: MailAddress
    public let to: [MailAddress]
    public let subject: String
    public let text: String
    public let attachments: [MailAttachment]
    /// `<id@domain>`. The outbox passes one per row, so a message sent twice after a lost reply
    /// is recognised as the same message by the recipient's mail program.
    public let messageID: String
    public let date: Date

    public init(from: MailAddress, to: [MailAddress], subject: String, text: String, attachments: [MailAttachment] = [],
                messageID: String? = nil, date: Date = Date()) throws(MailError) {
        guard !to.isEmpty else { throw .message("a message needs at least one recipient") }
        guard to.count <= 100 else { throw .message("a message can go to at most 100 recipients (RFC 5321's minimum for servers)") }
        let id = messageID.map(HeaderText.singleLine)?.trimmingSpaces ?? "<\(UUID().uuidString.lowercased())@\(from.domain)>"
        guard Self.isMessageID(id) else { throw .message("a Message-ID must look like <unique-part@example.com>") }
        self.from = from
        self.to = to
        self.subject = HeaderText.singleLine(subject).trimmingSpaces
        self.text = text
        self.attachments = attachments
        self.messageID = id
        self.date = date
    }

    /// The whole message as sent in DATA: ASCII only, CRLF line ends, no bare CR or LF.
    ///
    /// Without attachments it is one text/plain part. With attachments it is multipart/mixed.
    /// A calendar invitation (text/calendar with `method=`) is sent the way Google Calendar and
    /// Thunderbird send one: the text and the calendar together in a multipart/alternative (the
    /// shape Microsoft's MS-OXCMAIL writes and Outlook reads as a meeting request), followed by
    /// the same calendar as an `.ics` attachment, because some programs look for invitations
    /// only among attachments. The `method=` in the part's content type (besides METHOD in the
    /// calendar) is what makes a mail program offer Accept/Decline instead of a file to open.
    public func rendered(boundarySeed: String? = nil) -> [UInt8] {
        var head = HeaderText.header("Date", [Self.dateText(date)])
        head += HeaderText.addressList("From", [from])
        head += HeaderText.addressList("To", to)
        head += HeaderText.header("Subject", HeaderText.unstructured(subject))
        head += HeaderText.header("Message-ID", [messageID])
        head += "MIME-Version: 1.0\r\n"
        let seed = boundarySeed ?? UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let body: String
        if attachments.isEmpty {
            body = Self.textPart(text)
        } else {
            let mixed = "=_crosswise_mixed_\(seed)"
            var parts: [String] = []
            if let invitation = attachments.first(where: \.isInvitation) {
                let alternative = "=_crosswise_alt_\(seed)"
                parts.append(Self.multipart("alternative", alternative, [Self.textPart(text), Self.inlinePart(invitation)]))
            } else {
                parts.append(Self.textPart(text))
            }
            parts += attachments.map(Self.attachmentPart)
            body = Self.multipart("mixed", mixed, parts)
        }
        return Array((head + body).utf8)
    }

    private static func textPart(_ text: String) -> String {
        let lines = BodyText.lines(text)
        if BodyText.isPlainASCII(lines) {
            return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
                + lines.map { String(decoding: $0, as: UTF8.self) + "\r\n" }.joined()
        }
        return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + BodyText.quotedPrintable(lines)
    }

    private static func inlinePart(_ attachment: MailAttachment) -> String {
        HeaderText.header("Content-Type", mediaTypeWords(attachment.contentType))
            + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.lines(attachment.bytes)
    }

    private static func attachmentPart(_ attachment: MailAttachment) -> String {
        var disposition = ["attachment;"]
        let name = attachment.fileName
        if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            disposition.append("filename=\"\(name)\"")
        } else {
            // RFC 2231: the UTF-8 name percent-encoded, with an ASCII stand-in before it.
            let fallback = String(name.unicodeScalars.map { $0.isASCII ? Character($0) : "_" })
            let encoded = name.utf8.map { byte -> String in
                let isPlain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || "-._~".utf8.contains(byte)
                return isPlain ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
            }.joined()
            disposition += ["filename=\"\(fallback)\";", "filename*=UTF-8''\(encoded)"]
        }
        return HeaderText.header("Content-Type", mediaTypeWords(attachment.contentType))
            + HeaderText.header("Content-Disposition", disposition)
            + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.lines(attachment.bytes)
    }

    /// The content type split after each ";" so a long one folds between parameters.
    private static func mediaTypeWords(_ type: String) -> [String] {
        let parts = type.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.enumerated().map { $0.offset < parts.count - 1 ? $0.element + ";" : $0.element }
    }

    private static func multipart(_ subtype: String, _ boundary: String, _ parts: [String]) -> String {
        "Content-Type: multipart/\(subtype);\r\n boundary=\"\(boundary)\"\r\n\r\n"
            + parts.map { "--\(boundary)\r\n" + $0 }.joined() + "--\(boundary)--\r\n"
    }

    /// RFC 5322 date in UTC: `Tue, 01 Dec 2026 15:06:10 +0000`.
    static func dateText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let two = { (value: Int?) in String(format: "%02d", value ?? 0) }
        return "\(days[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }

    private static func isMessageID(_ id: String) -> Bool {
        guard id.hasPrefix("<"), id.hasSuffix(">"), id.utf8.count <= 250 else { return false }
        let inner = id.dropFirst().dropLast()
        let halves = inner.split(separator: "@", omittingEmptySubsequences: false)
        return halves.count == 2 && !halves[0].isEmpty && !halves[1].isEmpty
            && inner.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"<>\\\"()[],;: ".unicodeScalars.contains($0) }
    }
}
