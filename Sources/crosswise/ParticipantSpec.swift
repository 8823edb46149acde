import CrosswiseStore
import Foundation
import Worldtime

/// What `--with` accepts:
///   "Asia/Manila 21:00-06:00"              a zone and hours (Monday to Friday)
///   "Asia/Kolkata Mon-Sat 09:30-18:30 @IN-KA"  days, hours, and a holiday region after @
///   "person:EMAIL", "team:NAME", "client:NAME" from the database
enum ParticipantSpec {
    case inline(String)
    case person(String)
    case team(String)
    case client(String)

    init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (prefix, make) in [("person:", ParticipantSpec.person), ("team:", ParticipantSpec.team), ("client:", ParticipantSpec.client)] where trimmed.lowercased().hasPrefix(prefix) {
            self = make(String(trimmed.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces))
            return
        }
        self = .inline(trimmed)
    }

    var needsDatabase: Bool { if case .inline = self { false } else { true } }

    /// "Asia/Manila 21:00-06:00 @PH" as a participant named after its city.
    static func inline(_ text: String) throws -> Participant {
        var words = text.split(separator: " ").map(String.init)
        guard let zoneText = words.first else { throw CommandFailure("--with needs a time zone and hours, e.g. \"Asia/Manila 21:00-06:00\"") }
        words.removeFirst()
        var region: String?
        if let last = words.last, last.hasPrefix("@") {
            do { region = try PublicHolidays.calendarRegion(String(last.dropFirst())) } catch { throw CommandFailure("--with \"\(text)\": \(error)") }
            words.removeLast()
        }
        let zone: TimeZoneName
        do { zone = try TimeZoneName(zoneText) } catch { throw CommandFailure("--with \"\(text)\": \(error)") }
        var hoursText = words.joined(separator: " ")
        guard !hoursText.isEmpty else { throw CommandFailure("--with \"\(text)\": add working hours after the zone, e.g. 09:00-17:00") }
        // Hours without days mean Monday to Friday.
        if hoursText.first?.isNumber == true { hoursText = "Mon-Fri " + hoursText }
        let hours: WeeklyHours
        do { hours = try WeeklyHours.parse(hoursText) } catch { throw CommandFailure("--with \"\(text)\": \(error)") }
        return Participant(key: "zone:\(text)", name: zone.city, schedule: WorkSchedule(zone: zone, hours: hours, holidayRegion: region))
    }

    func resolve(in directory: Directory?) async throws -> [Participant] {
        switch self {
        case .inline(let text):
            return [try ParticipantSpec.inline(text)]
        case .person(let email):
            guard let directory, let person = try await directory.person(email: email), person.active else {
                throw CommandFailure("no active person has the e-mail \(email)")
            }
            return try await ParticipantSpec.withDaysOff([person], directory)
        case .team(let name):
            guard let directory, let team = try await directory.teams(includeInactive: false).first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw CommandFailure("no active team is named “\(name)”")
            }
            let people = try await directory.people(inTeams: [try team.requireID()], includeInactive: false)
            guard !people.isEmpty else { throw CommandFailure("team “\(name)” has no active members") }
            return try await ParticipantSpec.withDaysOff(people, directory)
        case .client(let name):
            guard let directory, let client = try await directory.clients(includeInactive: false).first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw CommandFailure("no active client is named “\(name)”")
            }
            return [try checked("client:\(name)") { try Participant(client: client) }]
        }
    }

    /// People with the organization's calendars and their days off, or a failure naming whoever
    /// has a schedule that cannot be read.
    static func withDaysOff(_ people: [Person], _ directory: Directory) async throws -> [Participant] {
        let loaded = try await directory.participants(people)
        if let problem = loaded.problems.first {
            throw CommandFailure("\(problem.name): stored schedule is not valid (\(problem.reason)); fix it in Admin › People")
        }
        return loaded.participants
    }

    private func checked(_ what: String, _ make: () throws -> Participant) throws -> Participant {
        do { return try make() } catch { throw CommandFailure("\(what): stored schedule is not valid (\(error)); fix it in Admin › People") }
    }
}

/// "30m", "1h", "1h30m", "90" (minutes).
func parseDuration(_ text: String) -> Int? {
    let t = text.lowercased().replacingOccurrences(of: " ", with: "")
    if let n = Int(t) { return n }
    var total = 0, number = "", sawUnit = false
    for ch in t {
        if ch.isNumber { number.append(ch); continue }
        // Anything longer than a few days is a typing slip; the cap keeps n * 60 from overflowing.
        guard let n = Int(number), n <= 100_000 else { return nil }
        switch ch {
        case "h": total += n * 60
        case "m": total += n
        default: return nil
        }
        number = ""
        sawUnit = true
    }
    if !number.isEmpty { return nil }
    return sawUnit ? total : nil
}
