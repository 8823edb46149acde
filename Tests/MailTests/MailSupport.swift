import Foundation
@testable import Mail

/// Shared test values and a little MIME reading, enough to check what the sink received.
enum Sample {
    static func settings(port: Int, security: SMTPSettings.Security = .none, host: String = "127.0.0.1",
                         credentials: SMTPSettings.Credentials? = nil, caFile: String? = nil,
                         reply: Duration = .seconds(5)) throws -> SMTPSettings {
        try SMTPSettings(host: host, port: port, security: security, credentials: credentials,
                         from: try MailAddress("notices@crosswise.test", name: "Crosswise"), helloName: "client.test",
                         timeouts: .init(connect: .seconds(5), reply: reply, afterMessage: .seconds(5)), trustedCAFile: caFile)
    }

    static func message(subject: String = "Handover at 06:00 Manila", text: String = "The queue is yours.\n",
                        to: [String] = ["lead@client.test"], attachments: [MailAttachment] = []) throws -> MailMessage {
        try MailMessage(from: try MailAddress("notices@crosswise.test", name: "Crosswise"), to: to.map { try MailAddress($0) },
                        subject: subject, text: text, attachments: attachments, messageID: "<row-42@crosswise.test>",
                        date: Date(timeIntervalSince1970: 1_796_137_200))
    }
}

enum MIMEReading {
    /// A header's value with folding undone.
    static func header(_ name: String, in message: [UInt8]) -> String? {
        let text = String(decoding: message, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return nil }
        let unfolded = text[..<headEnd.lowerBound].replacingOccurrences(of: "\r\n ", with: " ")
        for line in unfolded.components(separatedBy: "\r\n") where line.lowercased().hasPrefix(name.lowercased() + ":") {
            return String(line.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// RFC 2047 B-encoded words decoded and joined (the space between two words dropped).
    static func decodeWords(_ value: String) -> String {
        value.split(separator: " ").map { word -> String in
            guard word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?=") else { return String(word) }
            let payload = word.dropFirst(10).dropLast(2)
            return Data(base64Encoded: String(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        }.joined(separator: value.contains("=?") ? "" : " ")
    }

    /// The decoded bytes of the part whose headers contain `marker`.
    static func base64Part(containing marker: String, in message: [UInt8]) -> [UInt8]? {
        let text = String(decoding: message, as: UTF8.self)
        guard let start = text.range(of: marker), let bodyStart = text.range(of: "\r\n\r\n", range: start.upperBound..<text.endIndex),
              let end = text.range(of: "\r\n--", range: bodyStart.upperBound..<text.endIndex) else { return nil }
        return Data(base64Encoded: String(text[bodyStart.upperBound..<end.lowerBound]), options: .ignoreUnknownCharacters).map(Array.init)
    }
}
