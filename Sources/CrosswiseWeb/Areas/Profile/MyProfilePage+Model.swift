import CrosswiseStore
import Foundation
import Worldtime

/// The profile page, your own or (for a lead or admin) someone's: place and zone, working
/// hours as day rows and as text, weekend and languages; on your own, notices and the calendar
/// link. A plain value: the controller gathers what it needs and hands it over.
struct MyProfilePage {
    struct ZoneGroup { let label: String; let zones: [Choice] }
    struct Pair { let start, end: FieldView; let isSplit: Bool }
    struct DayRow { let name, key: String; let pairs: [Pair]; let error: String? }
    /// Fields drawn by the `form-fields` partial, which lists `fields`.
    struct FieldGroup { let fields: [FieldView] }
    struct PlaceMatch { let id, value, label, zone: String; let checked: Bool }

    /// What the page shows about the person, as typed after a refusal or as stored.
    struct Values {
        var profile: ProfileForm
        /// The day rows as typed; nil shows the rows of `profile.workingHours`.
        var rows: WeeklyHoursForm?
        /// The stored hours the form started from.
        var hoursBefore: String
    }

    let isOwn: Bool
    let heading, intro: String
    let action, searchAction, placesURL, script: String
    let currentPlace: String
    let placeQuery: String
    let searched: Bool
    let matches: [PlaceMatch]
    let zoneGroups: [ZoneGroup]
    let country, region, week: FieldGroup
    let days: [DayRow]
    let hoursText: FieldView
    let hoursBefore: String
    let notices: [InboxPage.Kind]
    let emailOn: Bool
    let hasFeed: Bool
    let feedURL: String?
    let newFeedAction = ProfileRoute.newFeed.path, meetingsHref = MeetingsRoute.mine.path
    let errors: FormErrors

    static let timeZone = FormField("time_zone", .timeZone), country = FormField("country", .country)
    static let subdivision = FormField("subdivision", .subdivision), weekend = FormField("weekend", .weekend)
    static let languages = FormField("languages", .languages)
    static let placeChoice = "place_choice", placeSearch = "place"
    static var formFields: [FormField] { [timeZone, country, subdivision, weekend, languages, HoursEditor.text] }

    init(person: Person, isOwn: Bool, values: Values, placeQuery: String, notices: [InboxPage.Kind], emailOn: Bool,
         hasFeed: Bool, feedURL: String? = nil, errors: FormErrors = FormErrors()) {
        self.isOwn = isOwn
        let id = person.id ?? sampleID
        heading = isOwn ? "My profile" : "Profile of \(person.name)"
        intro = isOwn ? "Where you work from and when: meetings, clocks and reminders follow what you set here."
            : "Where \(person.firstName) works from and when. Meetings and clocks follow it; \(person.firstName) can change it too."
        action = isOwn ? ProfileRoute.saveMine.path : ProfileRoute.savePerson(id).path
        searchAction = isOwn ? ProfileRoute.mine.path : ProfileRoute.person(id).path
        placesURL = ProfileRoute.places.path
        script = StaticRoute.placePicker.path
        let profile = values.profile
        currentPlace = PlaceSearch.bundled.bestPlace(for: person.timeZone).map { "\(person.timeZone), the zone of \($0.label)" } ?? person.timeZone
        self.placeQuery = placeQuery
        searched = !placeQuery.isEmpty
        matches = PlaceSearch.bundled.search(placeQuery, limit: 8).enumerated().map { index, place in
            PlaceMatch(id: "place-\(index)", value: MyProfilePage.choiceValue(place), label: place.label, zone: place.zone, checked: false)
        }
        zoneGroups = MyProfilePage.zoneGroups(selected: profile.timeZone)
        country = FieldGroup(fields: [FieldView(Self.country, "Country", kind: .select, hint: "Decides public holidays and the usual weekend.",
                             options: Choices.countries(selected: profile.country), required: true, errors: errors)])
        region = FieldGroup(fields: [FieldView(Self.subdivision, "State or province", value: profile.subdivision,
                            hint: "ISO 3166-2 code, e.g. IN-KA or CA-ON; decides regional holidays. The place search fills it in.", errors: errors)])
        let rows = values.rows ?? (try? WeeklyHours.parse(profile.workingHours)).map { WeeklyHoursForm($0) } ?? WeeklyHoursForm()
        days = rows.rows.map { row in
            let pairs = row.ranges + Array(repeating: WeeklyHoursForm.Fields(start: "", end: ""), count: max(1, 2 - row.ranges.count))
            return DayRow(name: row.day.name, key: HoursEditor.key(row.day), pairs: pairs.prefix(HoursEditor.maxPairs).enumerated().map { index, fields in
                let n = index + 1, label = n == 1 ? "\(row.day.name) start" : "\(row.day.name) split \(n - 1) start"
                return Pair(start: FieldView(HoursEditor.start(row.day, n), label, value: fields.start, errors: FormErrors()),
                            end: FieldView(HoursEditor.end(row.day, n), label.replacingOccurrences(of: " start", with: " end"), value: fields.end,
                                           errors: FormErrors()),
                            isSplit: n > 1)
            }, error: errors[HoursEditor.start(row.day, 1)])
        }
        hoursText = FieldView(HoursEditor.text, "Working hours as text", value: profile.workingHours, kind: .textarea,
                              hint: "Days, then times; separate groups with “;” or a new line: Mon-Fri 9-5; Sat 10-14. A night shift: Mon-Fri 21:00-06:00.",
                              errors: errors)
        hoursBefore = values.hoursBefore
        self.notices = notices
        self.emailOn = emailOn
        self.hasFeed = hasFeed
        self.feedURL = feedURL
        self.errors = errors
        week = FieldGroup(fields: [
            FieldView(Self.weekend, "Weekend days", value: profile.weekend, hint: "e.g. Sat, Sun or Fri, Sat. Leave empty for the country's usual weekend.",
                      errors: errors),
            FieldView(Self.languages, "Languages", value: profile.languages, hint: "Language codes, e.g. en, fil, hi", errors: errors),
        ])
    }

    /// "Asia/Manila|PH|PH-07": what a chosen place sets, checked again by the store on save.
    static func choiceValue(_ place: Place) -> String { [place.zone, place.country, place.subdivision ?? ""].joined(separator: "|") }

    /// Zones in one optgroup per continent, for the select that works without JavaScript.
    static func zoneGroups(selected: String) -> [ZoneGroup] {
        var zones = TimeZoneName.all
        if !selected.isEmpty, !zones.contains(selected) { zones.append(selected) }
        let grouped = Dictionary(grouping: zones) { $0.contains("/") ? String($0.prefix { $0 != "/" }) : "Other" }
        return grouped.keys.sorted().map { area in
            ZoneGroup(label: area, zones: grouped[area]!.sorted().map {
                Choice($0, $0.replacingOccurrences(of: "_", with: " "), selected: $0 == selected)
            })
        }
    }
}
