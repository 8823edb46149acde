import FluentKit
import Foundation
import Worldtime

/// Turns directory records into meeting participants with their full working week.
extension Participant {
    public init(person: Person) throws {
        let region = Participant.holidayRegion(country: person.country, subdivision: person.subdivision)
        self.init(key: "person:\(person.email)", name: person.name, schedule: WorkSchedule(
            zone: try TimeZoneName(person.timeZone),
            hours: try WeeklyHours.parse(person.workingHours),
            weekend: try WeekdaySet.parse(person.weekend),
            holidayRegion: region))
    }

    public init(client: Client) throws {
        self.init(key: "client:\(client.id?.uuidString ?? client.name)", name: client.name, schedule: WorkSchedule(
            zone: try TimeZoneName(client.timeZone),
            hours: try WeeklyHours.parse(client.businessHours),
            holidayRegion: Participant.holidayRegion(country: client.country, subdivision: nil)))
    }

    /// The subdivision when it has holidays of its own, else the country; nil when there is no
    /// built-in calendar for the country.
    static func holidayRegion(country: String, subdivision: String?) -> String? {
        if let subdivision, !subdivision.isEmpty, let region = try? PublicHolidays.calendarRegion(subdivision) { return region }
        return try? PublicHolidays.calendarRegion(country)
    }
}

extension Directory {
    public func person(email: String) async throws -> Person? {
        try await Person.query(on: db).filter(\.$organization.$id == organizationID).filter(\.$email == email.lowercased()).first()
    }
}

extension Directory {
    /// People as planner participants with everything that rules days out for them: the
    /// organization's calendars (everyone's, and their site's) and their own days off. Two
    /// queries whatever the number of people. People whose stored schedule cannot be read come
    /// back as problems, by name.
    public func participants(_ people: [Person]) async throws -> (participants: [Participant], problems: [(name: String, reason: String)]) {
        let calendars = try await organizationHolidays()
        let daysOff = try await daysOff(people: people.compactMap(\.id))
        var participants: [Participant] = []
        var problems: [(name: String, reason: String)] = []
        for person in people {
            do {
                var participant = try Participant(person: person)
                var extra = calendars[nil] ?? [:]
                if let site = person.$site.id, let days = calendars[site] {
                    extra.merge(days) { everyone, site in everyone == site ? everyone : everyone + " / " + site }
                }
                participant.schedule.extraHolidays = extra
                participant.schedule.daysOff = person.id.flatMap { daysOff[$0] } ?? []
                participants.append(participant)
            } catch {
                problems.append((person.name, String(describing: error)))
            }
        }
        return (participants, problems)
    }
}
