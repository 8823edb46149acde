import Foundation
import Testing
import Worldtime
@testable import MessageCheck

@Suite struct TimeCheckTests {
    /// Monday 23 November 2026, 02:00 UTC (10:00 in Manila, 02:00 in London).
    static let november: Int64 = 1_795_399_200
    /// Wednesday 15 July 2026, 02:00 UTC: northern summer.
    static let july: Int64 = 1_784_080_800

    func check(_ text: String, from: String? = nil, to: String? = nil, now: Int64 = november) -> [Finding] {
        let time = TimeCheck(writer: from.map { try! TimeZoneName($0) }, reader: to.map { try! TimeZoneName($0) }, now: now)
        return MessageChecker(time: time).check(text).filter { $0.category == .time }
    }

    func covered(_ text: String, from: String? = nil, to: String? = nil) -> [String] {
        let bytes = Array(text.utf8)
        return check(text, from: from, to: to).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    @Test func timesWithoutAZoneAreConvertedForTheReader() throws {
        let text = "Can we talk at 3pm? If not, 15:30 works, or at 9 tomorrow."
        #expect(covered(text, from: "Asia/Manila", to: "Europe/London") == ["3pm", "15:30", "9"])
        let first = try #require(check(text, from: "Asia/Manila", to: "Europe/London").first)
        #expect(first.severity == .warning)
        #expect(first.message.contains("15:00 in Manila is 07:00 there"))
        #expect(first.replacements == ["3pm Manila time (07:00 London time)"])
        // A reader on the same clock needs no zone.
        #expect(check(text, from: "Asia/Manila", to: "Asia/Manila").isEmpty)
        // Unknown zones: a suggestion, not a warning.
        #expect(check(text).map(\.severity) == [.suggestion, .suggestion, .suggestion])
    }

    @Test func timesWithAZoneOrCityAreFine() {
        for text in ["Call at 3pm IST please", "Standup at 15:00 UTC+1", "9 am Manila time works", "at 10:30 your time",
                     "the deploy is at 22:00 (London time)", "meet at 9 sites around Cebu", "we have 3 agents on shift",
                     "ratio 3:2 in favour", "version 10.30 released"] {
            #expect(check(text, from: "Asia/Manila", to: "Europe/London").filter { $0.check == "time.no-zone" }.isEmpty, "\(text)")
        }
    }

    @Test func numericDatesThatReadTwoWays() throws {
        let finding = try #require(check("Deliverable due 03/04/2026, invoice dated 25/04/2026.").first)
        #expect(finding.check == "time.ambiguous-date")
        #expect(finding.replacements == ["4 March 2026", "3 April 2026"])
        #expect(check("Deliverable due 03/04/2026, invoice dated 25/04/2026.").count == 1)  // 25/04 reads one way only
        #expect(check("Release 2026-04-03 and patch 1.2.3").isEmpty)
        #expect(covered("ship by 5/6") == ["5/6"])
    }

    @Test func deadlinesThatDependOnWhoseDayItIs() throws {
        #expect(covered("Please send it by EOD, or COB Friday at the latest.", from: "Asia/Manila", to: "America/New_York") == ["EOD", "COB"])
        let eod = try #require(check("by EOD please", from: "Asia/Manila", to: "America/New_York").first)
        #expect(eod.message.contains("17:00 in Manila is 04:00 in New York"))
        #expect(check("by EOD London time").isEmpty)
        #expect(covered("I'll call you tonight or first thing tomorrow") == ["tonight", "first thing tomorrow"])
    }

    @Test func zoneAbbreviationsThatMisleadOrAreOutOfSeason() throws {
        #expect(check("Call at 3pm IST").map(\.check) == ["time.ambiguous-zone"])
        let summer = try #require(check("The window is 9am EST", now: Self.july).first)
        #expect(summer.check == "time.zone-season" && summer.replacements == ["EDT"])
        #expect(summer.message.contains("UTC−4"))
        #expect(check("The window is 9am EST").isEmpty)  // November: EST is right
        #expect(check("The window is 9am EDT").map(\.check) == ["time.zone-season"])
        #expect(check("Sydney call at 8am AEST").map(\.check) == ["time.zone-season"])  // November is AEDT
    }
}
