import Foundation
import Testing
@testable import Mail

@Suite struct MailMessageTests {
    @Test func everyLineEndsWithCRLFAndStaysUnder78ColumnsEvenWhenTheTextMixesLineEnds() throws {
        let text = "First line\nsecond\r\nthird\rfourth with é and a very long line " + String(repeating: "word ", count: 40)
        let bytes = try Sample.message(subject: String(repeating: "Long subject ", count: 12), text: text).rendered()
        for (index, byte) in bytes.enumerated() where byte == 0x0A { #expect(index > 0 && bytes[index - 1] == 0x0D) }
        for (index, byte) in bytes.enumerated() where byte == 0x0D { #expect(index + 1 < bytes.count && bytes[index + 1] == 0x0A) }
        #expect(bytes.allSatisfy { $0 < 0x80 })
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func aNonASCIISubjectAndNameAreEncodedWordsThatDecodeToTheOriginal() throws {
        let subject = "Réunion d'équipe – 東京 09:00 مرحبا 👋🏽 and more words to force folding"
        let message = try MailMessage(from: try MailAddress("a@crosswise.test", name: "Zoë Ñandú"), to: [try MailAddress("b@client.test")],
                                      subject: subject, text: "Hi")
        let bytes = message.rendered()
        let header = try #require(MIMEReading.header("Subject", in: bytes))
        #expect(header.hasPrefix("=?UTF-8?B?"))
        #expect(MIMEReading.decodeWords(header) == subject)
        let from = try #require(MIMEReading.header("From", in: bytes))
        #expect(MIMEReading.decodeWords(String(from.prefix { $0 != "<" }).trimmingCharacters(in: .whitespaces)) == "Zoë Ñandú")
    }

    @Test func aLineBreakInTheSubjectCannotAddAHeader() throws {
        let bytes = try Sample.message(subject: "Hello\r\nBcc: everyone@client.test\nX-Evil: 1").rendered()
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("Bcc:") || $0.hasPrefix("X-Evil:") })
        #expect(MIMEReading.header("Subject", in: bytes) == "Hello Bcc: everyone@client.test X-Evil: 1")
    }

    /// Found by an outside review: an encoded word inside a word ("Sync(=?utf-8?q?...?=)") was
    /// sent as is, and mail programs showed the attacker's decoded text in a trusted sender's subject.
    @Test func anEncodedWordTypedInsideATitleIsEncodedAgainAndReadsBackAsTyped() throws {
        let subject = "Meeting booked: Sync(=?utf-8?q?=E2=80=94_URGENT:_reset_at_evil.test?=)"
        let bytes = try Sample.message(subject: subject).rendered()
        let header = try #require(MIMEReading.header("Subject", in: bytes))
        #expect(!header.contains("=?utf-8?q?"))
        #expect(MIMEReading.decodeWords(header) == subject)
    }

    @Test func addressesWithLineBreaksOrAngleBracketsAreRefused() {
        #expect(throws: MailError.self) { try MailAddress("lead@client.test\r\nRCPT TO:<x@y.z>") }
        #expect(throws: MailError.self) { try MailAddress("lead@client.test>") }
        #expect(throws: MailError.self) { try MailAddress("no-at-sign") }
        #expect(throws: MailError.self) { try MailAttachment(fileName: "a.ics", contentType: "text/calendar\r\nBcc: x", bytes: []) }
    }

    @Test func aNameWithSpecialsIsQuotedSoItsCommaDoesNotSplitTheAddress() throws {
        let bytes = try MailMessage(from: try MailAddress("a@crosswise.test", name: "Santos, Maria \"Mia\""),
                                    to: [try MailAddress("b@client.test")], subject: "x", text: "y").rendered()
        #expect(MIMEReading.header("From", in: bytes) == "\"Santos, Maria \\\"Mia\\\"\" <a@crosswise.test>")
    }

    @Test func textWithAccentsIsQuotedPrintableAndDecodesBack() throws {
        let text = "Olá, equipe!\nA reunião = 09:00 São Paulo.\n" + String(repeating: "ñ", count: 60)
        let bytes = try Sample.message(text: text).rendered()
        let body = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        #expect(MIMEReading.header("Content-Transfer-Encoding", in: bytes) == "quoted-printable")
        #expect(Self.decodeQuotedPrintable(body) == text.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n")
    }

    @Test func anInvitationIsBothAnAlternativeOfTheTextAndAnAttachmentWithItsMethod() throws {
        let calendar = Array("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".utf8)
        let invite = try MailAttachment(fileName: "invite.ics", contentType: "text/calendar; method=REQUEST; charset=UTF-8", bytes: calendar)
        let text = String(decoding: try Sample.message(attachments: [invite]).rendered(boundarySeed: "seed"), as: UTF8.self)
        #expect(text.contains("Content-Type: multipart/mixed;\r\n boundary=\"=_crosswise_mixed_seed\""))
        #expect(text.contains("Content-Type: multipart/alternative;\r\n boundary=\"=_crosswise_alt_seed\""))
        #expect(text.components(separatedBy: "Content-Type: text/calendar; method=REQUEST; charset=UTF-8").count == 3)
        #expect(text.contains("Content-Disposition: attachment; filename=\"invite.ics\""))
    }

    @Test func anAttachmentDecodesToTheSameBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let file = try MailAttachment(fileName: "shift-log.bin", contentType: "application/octet-stream", bytes: bytes)
        let rendered = try Sample.message(attachments: [file]).rendered()
        #expect(MIMEReading.base64Part(containing: "filename=\"shift-log.bin\"", in: rendered) == bytes)
    }

    @Test func theCallersMessageIDAndTheDateAreKept() throws {
        let bytes = try Sample.message().rendered()
        #expect(MIMEReading.header("Message-ID", in: bytes) == "<row-42@crosswise.test>")
        #expect(MIMEReading.header("Date", in: bytes) == "Tue, 01 Dec 2026 15:00:00 +0000")
        #expect(throws: MailError.self) { try MailMessage(from: try MailAddress("a@b.cd"), to: [try MailAddress("c@d.ef")], subject: "",
                                                           text: "", messageID: "no brackets") }
    }

    static func decodeQuotedPrintable(_ text: String) -> String {
        let bytes = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "="), index + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                output.append(value)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
