import Foundation
import Testing
@testable import Worldtime

@Suite struct ICalendarEscapingTests {
    /// Physical lines (CRLF-separated) folded back into content lines.
    func unfold(_ ics: String) -> [String] {
        var lines: [String] = []
        for physical in ics.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            var bytes = Array(physical)
            #expect(bytes.last == 0x0D, "every line ends in CRLF")
            bytes.removeLast()
            #expect(!bytes.contains(0x0D), "no bare CR inside a line")
            #expect(bytes.count <= 75)
            let text = String(validating: bytes, as: UTF8.self)
            #expect(text != nil, "a fold split a UTF-8 sequence")
            if bytes.first == 0x20, !lines.isEmpty {
                lines[lines.count - 1] += String(decoding: bytes.dropFirst(), as: UTF8.self)
            } else {
                lines.append(text ?? "")
            }
        }
        return lines
    }

    func name(_ line: String) -> String { String(line.prefix { $0 != ";" && $0 != ":" }) }

    func value(_ line: String) -> String {
        // The value starts after the first colon outside a quoted parameter.
        var quoted = false
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() }
            if line[index] == ":" && !quoted { return String(line[line.index(after: index)...]) }
        }
        return ""
    }

    @Test func hostileTitleNamesAndDescriptionCannotAddProperties() throws {
        let title = "Standup\r\nATTENDEE;CN=Evil:mailto:a@evil.example"
        let description = "Agenda\rATTENDEE:mailto:e@evil.example\nnext\u{0}\u{1B}[31m\u{7F}\u{85}ok\t" + String(repeating: "ünïcödé 日本語 😀, ", count: 12)
        let organizer = ICalendarWriter.Person(name: "Bea\"\r\nATTENDEE:mailto:b@evil.example\r\nX", email: "bea@example.com\r\nATTENDEE:mailto:c@evil.example")
        let attendees = [
            ICalendarWriter.Person(name: "Tom\nATTENDEE;CN=x:mailto:d@evil.example", email: "tom@example.com"),
            ICalendarWriter.Person(name: "Ana; Lopez, \"Ops\"", email: "ana@example.com"),
            ICalendarWriter.Person(name: "No mail", email: "\r\n"),
        ]
        let writer = ICalendarWriter(summary: title, description: description, organizer: organizer, attendees: attendees,
                                     uid: "m-1@crosswise\r\nATTENDEE:mailto:f@evil.example", stamp: Date(timeIntervalSince1970: 1_800_000_000))
        let ics = writer.meeting(start: 1_800_000_000, end: 1_800_003_600, zone: try TimeZoneName("Asia/Manila"))
        let lines = unfold(ics)

        let event = Array(lines.drop { $0 != "BEGIN:VEVENT" })
        #expect(event.map(name) == ["BEGIN", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "ORGANIZER", "ATTENDEE", "ATTENDEE", "END", "END"])
        #expect(lines.filter { $0.hasPrefix("ATTENDEE") }.map(value) == ["mailto:tom@example.com", "mailto:ana@example.com"])
        #expect(!lines.contains { $0.hasPrefix("X") })

        let summary = try #require(lines.first { $0.hasPrefix("SUMMARY:") })
        #expect(HolidayCalendarFile.unescape(value(summary)) == "Standup\nATTENDEE;CN=Evil:mailto:a@evil.example")
        let body = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(HolidayCalendarFile.unescape(value(body)) == "Agenda\nATTENDEE:mailto:e@evil.example\nnext[31mok\t" + String(repeating: "ünïcödé 日本語 😀, ", count: 12))
        let organizerLine = try #require(lines.first { $0.hasPrefix("ORGANIZER") })
        #expect(organizerLine == "ORGANIZER;CN=\"Bea ATTENDEE:mailto:b@evil.example X\":mailto:bea@example.comATTENDEEmailtoc@evil.example")
        #expect(lines.contains { $0.hasPrefix("ATTENDEE;CN=\"Ana; Lopez, Ops\";ROLE=") })
        #expect(lines.contains("UID:m-1@crosswise\\nATTENDEE:mailto:f@evil.example"))

        // Folding the unfolded lines again gives the same bytes.
        #expect(ICalendarWriter.serialize(lines) == ics)
    }

    @Test func escapeTurnsEveryLineBreakIntoOneEscapedNewline() {
        #expect(ICalendarWriter.escape("a\r\nb\rc\nd\n\re") == "a\\nb\\nc\\nd\\n\\ne")
        #expect(ICalendarWriter.escape("x\\y;z,w\u{1}\u{1F}\u{7F}\tv") == "x\\\\y\\;z\\,w\tv")
    }

    @Test func foldingNeverSplitsAUTF8Sequence() {
        for prefix in 0..<4 {
            let line = String(repeating: "a", count: prefix) + String(repeating: "😀é日", count: 40)
            let ics = ICalendarWriter.serialize([line])
            let lines = unfold(ics)
            #expect(lines == [line])
        }
    }
}
