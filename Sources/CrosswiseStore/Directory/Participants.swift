import FluentKit
import Foundation
import Worldtime

/// Turns directory records into meeting participants with their full working week.
extension Participant {
    /// A person, keyed by their id: the e-mail is only where the invitation goes, so correcting
    /// it keeps their fairness history.
    public init(person: Person) throws {
        let region = Participant.holidayRegion(country: person.country, subdivision: person.subdivision)
        self.init(key: Participant.key(person: try person.requireID()), name: person.name, schedule: WorkSchedule(
            zone: try TimeZoneName(person.timeZone),
            hours: try WeeklyHours.parse(person.workingHours),
            weekend: try WeekdaySet.parse(person.weekend),
            holidayRegion: region), email: person.email)
    }

    public init(client: Client) throws {
        self.init(key: client.id.map(Participant.key(client:)) ?? "client:\(client.name)", name: client.name, schedule: WorkSchedule(
            zone: try TimeZoneName(client.timeZone),
            hours: try WeeklyHours.parse(client.businessHours),
            holidayRegion: Participant.holidayRegion(country: client.country, subdivision: nil)))
    }

    /// The key of a directory person in plans, bookings and ledgers.
    public static func key(person id: UUID) -> String { "person:\(id.uuidString)" }
    public static func key(client id: UUID) -> String { "client:\(id.uuidString)" }

    /// The directory person or client this participant is, read back from its key.
    public var personID: UUID? { key.hasPrefix("person:") ? UUID(uuidString: String(key.dropFirst(7))) : nil }
    public var clientID: UUID? { key.hasPrefix("client:") ? UUID(uuidString: String(key.dropFirst(7))) : nil }

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
    /// The active people and clients a search names, organization-scoped (ids of another
    /// organization simply do not load): the people chosen by id in that order, then the
    /// members of the chosen teams by name, each once; the clients in the order chosen. Three
    /// queries whatever the number of ids. More ids than any plan may have (300 participants)
    /// are not read.
    public func chosen(people personIDs: [UUID], teams teamIDs: [UUID], clients clientIDs: [UUID]) async throws -> (people: [Person], clients: [Client]) {
        let limit = 1000
        let members = teamIDs.isEmpty ? [] : try await TeamMembership.query(on: db).filter(\.$team.$id ~~ Array(teamIDs.prefix(limit))).all().map { $0.$person.id }
        let wanted = Array(personIDs.prefix(limit)) + members.prefix(limit)
        let found = wanted.isEmpty ? [] : try await Person.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$active == true).filter(\.$id ~~ wanted).sort(\.$name).all()
        let byID = Dictionary(found.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let memberIDs = Set(members)
        let people = unique(personIDs.compactMap { byID[$0] } + found.filter { memberIDs.contains($0.id!) })
        let clients = clientIDs.isEmpty ? [] : try await Client.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$active == true).filter(\.$id ~~ Array(clientIDs.prefix(limit))).all()
        let clientsByID = Dictionary(clients.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        return (people, unique(clientIDs.compactMap { clientsByID[$0] }))
    }

    /// Each record once, in the order first seen.
    private func unique<M: Model>(_ records: [M]) -> [M] where M.IDValue == UUID {
        var seen = Set<UUID>()
        return records.filter { $0.id.map { seen.insert($0).inserted } ?? false }
    }

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
