import Foundation
import Testing
@testable import Worldtime

@Suite struct HolidayCalendarFileTests {
    func calendar(_ body: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nX-WR-CALNAME:Manila site days\r\n" + body + "END:VCALENDAR\r\n"
    }

    func d(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func allDayEventsOfOneAndSeveralDays() throws {
        let file = try HolidayCalendarFile(parsing: calendar("""
            BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261227\r\nSUMMARY:Year-end shutdown\r\nEND:VEVENT\r
            BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20260815\r\nSUMMARY:Founders\\, Day\r\nEND:VEVENT\r\n
            """))
        #expect(file.name == "Manila site days")
        #expect(file.days.map(\.date) == [d("2026-08-15"), d("2026-12-24"), d("2026-12-25"), d("2026-12-26")])
        #expect(file.days[0].name == "Founders, Day")
    }

    @Test func foldedLinesTimedEventsAndCancelledOnes() throws {
        let file = try HolidayCalendarFile(parsing: calendar("""
            BEGIN:VEVENT\nDTSTART;TZID=Asia/Manila:20270301T090000\nDTEND;TZID=Asia/Manila:20270301T170000\nSUMMARY:Team off-site at the\n  beach\nBEGIN:VALARM\nSUMMARY:Reminder\nEND:VALARM\nEND:VEVENT\n
            BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270302\nSTATUS:CANCELLED\nSUMMARY:Called off\nEND:VEVENT\n
            """))
        #expect(file.days.map(\.date) == [d("2027-03-01")])
        #expect(file.days[0].name == "Team off-site at the beach")
    }

    @Test func yearlyRepeatsWithCountUntilAndExceptions() throws {
        let file = try HolidayCalendarFile(parsing: calendar("""
            BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260601\nRRULE:FREQ=YEARLY;COUNT=3\nEXDATE;VALUE=DATE:20270601\nSUMMARY:Company day\nEND:VEVENT\n
            BEGIN:VEVENT\nDTSTART;VALUE=DATE:20240229\nRRULE:FREQ=YEARLY;UNTIL=20321231\nSUMMARY:Leap day off\nEND:VEVENT\n
            BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261102\nRDATE;VALUE=DATE:20271102,20281102\nSUMMARY:Remembrance\nEND:VEVENT\n
            """))
        let company = file.days.filter { $0.name == "Company day" }.map(\.date)
        #expect(company == [d("2026-06-01"), d("2028-06-01")])
        // 29 February only exists in leap years.
        #expect(file.days.filter { $0.name == "Leap day off" }.map(\.date.year) == [2024, 2028, 2032])
        #expect(file.days.filter { $0.name == "Remembrance" }.count == 3)
    }

    @Test func openEndedYearlyEventsStopAtTheHorizon() throws {
        let file = try HolidayCalendarFile(parsing: calendar("BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260704\nRRULE:FREQ=YEARLY\nSUMMARY:Picnic\nEND:VEVENT\n"))
        #expect(file.days.count == HolidayCalendarFile.yearlyHorizon + 1)
        #expect(file.days.last!.date == d("2056-07-04"))
    }

    @Test func twoEventsOnOneDateShareIt() throws {
        let file = try HolidayCalendarFile(parsing: calendar("""
            BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261208\nSUMMARY:Town fiesta\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261208\nSUMMARY:Site anniversary\nEND:VEVENT\n
            """))
        #expect(file.days.map(\.name) == ["Town fiesta / Site anniversary"])
    }

    @Test func badFilesAreRefusedWithEveryProblemNamed() {
        #expect(throws: HolidayCalendarError.notICalendar) { try HolidayCalendarFile(parsing: "name,date\nFiesta,2026-12-08\n") }
        #expect(throws: HolidayCalendarError.noEvents) { try HolidayCalendarFile(parsing: calendar("")) }
        do {
            _ = try HolidayCalendarFile(parsing: calendar("""
                BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261332\nSUMMARY:Bad month\nEND:VEVENT\n
                BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260105\nRRULE:FREQ=YEARLY;BYDAY=1MO\nSUMMARY:First Monday\nEND:VEVENT\n
                BEGIN:VEVENT\nSUMMARY:No date\nEND:VEVENT\n
                BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nDTEND;VALUE=DATE:20280101\nSUMMARY:Two years\nEND:VEVENT\n
                """))
            Issue.record("a bad calendar was accepted")
        } catch {
            let messages = error.messages
            #expect(messages.count == 4)
            #expect(messages[0].contains("line 6") && messages[0].contains("20261332"))
            #expect(messages[1].contains("BYDAY=1MO") && messages[1].contains("not supported"))
            #expect(messages[2].contains("“No date” has no DTSTART"))
            #expect(messages[3].contains("730 days"))
        }
    }

    @Test func linesFoldedOverHundredsOfThousandsOfPiecesAreJoinedInOnePass() throws {
        // Joining piece by piece copied the whole line each time: 200,000 pieces took a minute.
        let pieces = 200_000
        let name = "X-WR-CALNAME:" + String(repeating: "\r\n a", count: pieces)
        let summary = "SUMMARY:" + String(repeating: "\r\n\tb", count: pieces)
        let file = try HolidayCalendarFile(parsing: "BEGIN:VCALENDAR\r\n\(name)\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n\(summary)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
        #expect(file.name == String(repeating: "a", count: pieces))
        #expect(file.days.map(\.date) == [d("2026-12-25")])
        #expect(file.days[0].name == String(repeating: "b", count: pieces))
        let lines = HolidayCalendarFile.unfold("A:1\r\n 2\r\n\r\nB:3\n\t4\r\n 5\nC:6")
        #expect(lines.map(\.text) == ["A:12", "B:345", "C:6"])
        #expect(lines.map(\.number) == [1, 4, 7])
    }

    @Test func everyBadLineOfAnEventIsNamedWithItsNumber() {
        do {
            _ = try HolidayCalendarFile(parsing: calendar("""
                BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261399\nEXDATE;VALUE=DATE:2026-12-01\nSUMMARY:Two slips\nEND:VEVENT\n
                BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nDTEND;VALUE=DATE:2026122\nDURATION:P1D\nno colon here\nSUMMARY:Christmas\nEND:VEVENT\n
                """))
            Issue.record("a calendar with bad lines was accepted")
        } catch {
            let messages = error.messages
            #expect(messages.count == 4)
            #expect(messages.count > 0 && messages[0].hasPrefix("line 6:") && messages[0].contains("20261399"))
            #expect(messages.count > 1 && messages[1].hasPrefix("line 7:") && messages[1].contains("2026-12-01"))
            #expect(messages.count > 2 && messages[2].hasPrefix("line 13:") && messages[2].contains("2026122"))
            #expect(messages.count > 3 && messages[3].hasPrefix("line 15:") && messages[3].contains("“no colon here” is not a property"))
        }
    }

    @Test func feedHasOneEventPerMeetingAndATimezonePerZone() throws {
        let manila = try TimeZoneName("Asia/Manila"), york = try TimeZoneName("America/New_York")
        let organizer = ICalendarWriter.Person(name: "Bea", email: "bea@example.com")
        let events = [
            ICalendarWriter.FeedEvent(uid: "a@crosswise", start: 1_800_000_000, end: 1_800_001_800, zone: manila, summary: "Handover",
                                      description: "", organizer: organizer, attendees: []),
            ICalendarWriter.FeedEvent(uid: "b@crosswise", start: 1_800_100_000, end: 1_800_101_800, zone: york, summary: "Client review",
                                      description: "Weekly", organizer: organizer, attendees: [.init(name: "Dana", email: "dana@example.com")]),
        ]
        let text = ICalendarWriter.feed(name: "Bea's meetings", events: events, stamp: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(!text.contains("METHOD:"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 3)
        #expect(text.contains("UID:b@crosswise\r\n") && text.contains("X-WR-CALNAME:Bea's meetings\r\n"))
    }
}
