import Foundation
import Worldtime

/// What an admin typed for a site, before it is checked.
public struct SiteForm: Sendable {
    public var name = "", city = "", country = "", timeZone = ""
    public init(name: String = "", city: String = "", country: String = "", timeZone: String = "") {
        self.name = name; self.city = city; self.country = country; self.timeZone = timeZone
    }

    func checked() throws(ValidationFailure) -> SiteForm {
        var check = FieldChecker()
        var out = self
        out.name = check.required(.name, name, label: "Name")
        out.city = check.required(.city, city, label: "City")
        out.country = check.parse(.country) { () throws(RegionError) in try Regions.country(self.country) } ?? country
        out.timeZone = check.parse(.timeZone) { () throws(TimeZoneNameError) in try TimeZoneName(timeZone).identifier } ?? timeZone
        try check.finish()
        return out
    }
}

/// What an admin typed for a team. Ids come from pickers and are checked against the organization.
public struct TeamForm: Sendable {
    public var name = ""
    public var siteID: UUID?
    public var leadIDs: [UUID] = []
    public var memberIDs: [UUID] = []
    public var clientIDs: [UUID] = []
    public init(name: String = "", siteID: UUID? = nil, leadIDs: [UUID] = [], memberIDs: [UUID] = [], clientIDs: [UUID] = []) {
        self.name = name; self.siteID = siteID; self.leadIDs = leadIDs; self.memberIDs = memberIDs; self.clientIDs = clientIDs
    }
}

/// What an admin (or a CSV row) says about a person.
public struct PersonForm: Sendable {
    public var name = "", email = "", role = "member", siteID: UUID?
    public var teamIDs: [UUID] = []
    public var timeZone = "", country = "", subdivision = ""
    public var workingHours = "", weekend = "", languages = ""
    /// The people form asks for hours (empty would plan the person as never working); a CSV
    /// row may leave them out, since an admin fills them in later.
    public var hoursRequired = false
    public init() {}

    /// The form as it stands for someone already stored, so that a change can start from it.
    public init(person: Person, teamIDs: [UUID]) {
        name = person.name
        email = person.email
        role = person.role.rawValue
        siteID = person.$site.id
        self.teamIDs = teamIDs
        timeZone = person.timeZone
        country = person.country
        subdivision = person.subdivision ?? ""
        workingHours = person.workingHours
        weekend = person.weekend
        languages = person.languages
    }

    /// Checks every field; `weekend` left empty takes the country's usual weekend.
    func checked() throws(ValidationFailure) -> CheckedPerson {
        var check = FieldChecker()
        let name = check.required(.name, self.name, label: "Name")
        let email = check.required(.email, self.email, label: "E-mail", max: 254).lowercased()
        if !email.isEmpty && !PersonForm.looksLikeEmail(email) {
            check.add(.email, "“\(email)” is not an e-mail address")
        }
        let role = Role(rawValue: role.trimmingCharacters(in: .whitespaces).lowercased())
        if role == nil { check.add(.role, "“\(self.role)” is not a role; use member, lead or admin") }
        let zone = check.parse(.timeZone) { () throws(TimeZoneNameError) in try TimeZoneName(timeZone) }
        let country = check.parse(.country) { () throws(RegionError) in try Regions.country(self.country) }
        var subdivision: String?
        if let country {
            subdivision = check.parse(.subdivision) { () throws(RegionError) in try Regions.subdivision(self.subdivision, in: country) } ?? nil
        }
        if hoursRequired, workingHours.trimmingCharacters(in: .whitespaces).isEmpty {
            check.add(.workingHours, "Working hours are needed to plan meetings around them: days, then times, e.g. Mon-Fri 09:00-18:00")
        }
        let hours = check.parse(.workingHours) { () throws(ScheduleError) in try WeeklyHours.parse(workingHours) }
        var weekendDays = check.parse(.weekend) { () throws(ScheduleError) in try WeekdaySet.parse(weekend) }
        if weekend.trimmingCharacters(in: .whitespaces).isEmpty, let country {
            weekendDays = PublicHolidays.usualWeekend(subdivision ?? country)
        }
        let languages = self.languages.split(whereSeparator: { ",; ".contains($0) }).map(String.init)
        for tag in languages where !PersonForm.looksLikeLanguage(tag) {
            check.add(.languages, "“\(tag)” is not a language code; use codes like en, fil, hi or pl")
        }
        try check.finish()
        return CheckedPerson(
            name: name, email: email, role: role!, siteID: siteID, teamIDs: teamIDs,
            timeZone: zone!.identifier, country: country!, subdivision: subdivision,
            workingHours: hours!.text, weekend: weekendDays!.text,
            languages: languages.isEmpty ? "en" : languages.map { $0.lowercased() }.joined(separator: ", "))
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !text.contains(where: \.isWhitespace)
    }

    /// "en", "fil", "pt-BR": two or three letters, an optional region.
    static func looksLikeLanguage(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-")
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy(\.isLetter) else { return false }
        return parts.count == 1 || (parts.count == 2 && parts[1].count == 2 && parts[1].allSatisfy(\.isLetter))
    }
}

/// A person's fields after checking, in the form they are stored.
struct CheckedPerson: Sendable {
    var name: String, email: String, role: Role, siteID: UUID?, teamIDs: [UUID]
    var timeZone: String, country: String, subdivision: String?
    var workingHours: String, weekend: String, languages: String

    func apply(to person: Person) {
        person.name = name
        person.email = email
        person.role = role
        person.$site.id = siteID
        person.timeZone = timeZone
        person.country = country
        person.subdivision = subdivision
        person.workingHours = workingHours
        person.weekend = weekend
        person.languages = languages
    }
}

/// What an admin typed for a client.
public struct ClientForm: Sendable {
    public var name = "", country = "", timeZone = "", businessHours = ""
    public var regimes: [String] = []
    public init(name: String = "", country: String = "", timeZone: String = "", businessHours: String = "", regimes: [String] = []) {
        self.name = name; self.country = country; self.timeZone = timeZone; self.businessHours = businessHours; self.regimes = regimes
    }

    func checked() throws(ValidationFailure) -> (name: String, country: String, timeZone: String, hours: String, regimes: [DataRegime]) {
        var check = FieldChecker()
        let name = check.required(.name, self.name, label: "Name")
        let country = check.parse(.country) { () throws(RegionError) in try Regions.country(self.country) }
        let zone = check.parse(.timeZone) { () throws(TimeZoneNameError) in try TimeZoneName(timeZone) }
        let hours = check.parse(.businessHours) { () throws(ScheduleError) in try WeeklyHours.parse(businessHours) }
        if let hours, hours.isEmpty { check.add(.businessHours, "Business hours are required, for example Mon-Fri 09:00-17:00") }
        var regimes: [DataRegime] = []
        for text in self.regimes.flatMap({ $0.split(separator: ";").map(String.init) }) where !text.trimmingCharacters(in: .whitespaces).isEmpty {
            if let regime = DataRegime(text: text) { regimes.append(regime) } else {
                check.add(.regimes, "“\(text)” is not a data-protection regime Crosswise knows")
            }
        }
        try check.finish()
        return (name, country!, zone!.identifier, hours!.text, regimes)
    }
}
