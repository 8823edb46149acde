@testable import CrosswiseWeb
import CrosswiseStore
import Foundation
import Testing
import Worldtime

/// The profile page from fixed models: your own with its notices and calendar sections, and a
/// refused day row as a lead sees it.
@Suite struct ProfileSnapshotTests {
    static func person() -> Person {
        let person = Person(organizationID: UUID(uuidString: "00000000-0000-4000-8000-00000000000A")!, name: "Angelica Santos",
                            email: "angelica@example.com", role: .member)
        person.id = UUID(uuidString: "00000000-0000-4000-8000-000000000101")!
        person.timeZone = "Asia/Manila"
        person.country = "PH"
        person.subdivision = "PH-00"
        person.workingHours = "Mon-Fri 21:00-06:00"
        person.languages = "en, fil"
        return person
    }

    /// The zone select holds every IANA zone; its first group is enough to review.
    static func trimmed(_ html: String) -> String {
        html.replacingOccurrences(of: #"</optgroup><optgroup label="America">.*</optgroup>"#, with: "</optgroup>…", options: .regularExpression)
    }

    @Test func myProfileShowsPlaceHoursWeekNoticesAndCalendar() async throws {
        let person = Self.person()
        let page = MyProfilePage(person: person, isOwn: true,
                                 values: .init(profile: ProfileForm(person: person), rows: nil, hoursBefore: person.workingHours),
                                 placeQuery: "Cebu", notices: InboxPage.kinds([:]), emailOn: false, hasFeed: true)
        Snapshot.check(Self.trimmed(try await Snapshot.render("profile", title: page.heading, section: .account, page: page)), named: "profile-mine")
    }

    @Test func aRefusedDayRowIsMarkedAndKeepsWhatWasTyped() async throws {
        let person = Self.person()
        var rows = WeeklyHoursForm(try WeeklyHours.parse(person.workingHours))
        rows.set(.tuesday, [.init(start: "25:70", end: "later")])
        var errors = FormErrors()
        errors.add(HoursEditor.start(.tuesday, 1), "Tuesday: “25:70” is not a time")
        let page = MyProfilePage(person: person, isOwn: false,
                                 values: .init(profile: ProfileForm(person: person), rows: rows, hoursBefore: person.workingHours),
                                 placeQuery: "", notices: [], emailOn: false, hasFeed: false, errors: errors)
        Snapshot.check(Self.trimmed(try await Snapshot.render("profile", title: page.heading, page: page)), named: "profile-refused-day")
    }
}
