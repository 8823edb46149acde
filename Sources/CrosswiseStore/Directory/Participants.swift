import FluentKit
import Foundation
import SQLKit
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
                participant.schedule.extraHolidays = Self.extraHolidays(calendars, site: person.$site.id)
                participant.schedule.daysOff = person.id.flatMap { daysOff[$0] } ?? []
                participants.append(participant)
            } catch {
                problems.append((person.name, String(describing: error)))
            }
        }
        return (participants, problems)
    }

    /// The organization's own days for someone at `site`: everyone's calendars, and the site's.
    static func extraHolidays(_ calendars: [UUID?: [CivilDate: String]], site: UUID?) -> [CivilDate: String] {
        var extra = calendars[nil] ?? [:]
        if let site, let days = calendars[site] {
            extra.merge(days) { everyone, site in everyone == site ? everyone : everyone + " / " + site }
        }
        return extra
    }
}

/// Parsed hours and weekends by their stored text: a team of 2,500 shares a few dozen shifts,
/// so each is parsed once per request rather than once per person.
public struct ScheduleTexts {
    private var hours: [String: WeeklyHours] = [:]
    private var weekends: [String: WeekdaySet] = [:]
    private var zones: [String: TimeZoneName] = [:]

    public init() {}

    mutating func schedule(zone: String, hours text: String, weekend: String, region: String?) throws -> WorkSchedule {
        let zoneName = try zones[zone] ?? { let z = try TimeZoneName(zone); zones[zone] = z; return z }()
        let parsed = try hours[text] ?? { let h = try WeeklyHours.parse(text); hours[text] = h; return h }()
        let days = try weekends[weekend] ?? { let w = try WeekdaySet.parse(weekend); weekends[weekend] = w; return w }()
        return WorkSchedule(zone: zoneName, hours: parsed, weekend: days, holidayRegion: region)
    }
}

extension Directory {
    /// Roster entries as participants, as `participants(_: [Person])` makes them: the
    /// organization's calendars and their days off, two queries whatever the number. Entries
    /// whose stored schedule cannot be read are left out (the team page shows them as such).
    public func participants(_ entries: [RosterEntry]) async throws -> [Participant] {
        guard !entries.isEmpty else { return [] }
        let calendars = try await organizationHolidays()
        let daysOff = try await daysOff(people: entries.map(\.id))
        var texts = ScheduleTexts()
        var regions: [String: String?] = [:]
        return entries.compactMap { entry in
            let regionKey = entry.country + "|" + (entry.subdivision ?? "")
            let region = regions[regionKey] ?? { let r = Participant.holidayRegion(country: entry.country, subdivision: entry.subdivision); regions[regionKey] = r; return r }()
            guard var schedule = try? texts.schedule(zone: entry.timeZone, hours: entry.workingHours, weekend: entry.weekend, region: region) else { return nil }
            schedule.extraHolidays = Self.extraHolidays(calendars, site: entry.siteID)
            schedule.daysOff = daysOff[entry.id] ?? []
            return Participant(key: Participant.key(person: entry.id), name: entry.name, schedule: schedule)
        }
    }
}

extension Directory {
    /// How many active people and clients a search names, each once (the viewer too, when
    /// given): two statements of ids, nobody loaded, so a plan too large to run is refused fast.
    public func countChosen(people personIDs: [UUID], teams teamIDs: [UUID], clients clientIDs: [UUID], including viewer: UUID?) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        var ids = Set(personIDs.prefix(1000))
        if let viewer { ids.insert(viewer) }
        if !teamIDs.isEmpty {
            let rows = try await sql.select().column("person_id").from(TeamMembership.schema)
                .where("team_id", .in, SQLBind.group(Array(teamIDs.prefix(1000)))).all()
            for row in rows { ids.insert(try row.decode(column: "person_id", as: UUID.self)) }
        }
        struct Count: Decodable { let n: Int }
        var total = 0
        if !ids.isEmpty {
            total += try await sql.select().column(SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("n"))).from(Person.schema)
                .where("organization_id", .equal, SQLBind(organizationID)).where("active", .equal, SQLBind(true))
                .where("id", .in, SQLBind.group(Array(ids))).first(decoding: Count.self)?.n ?? 0
        }
        // Clients are few and bounded by the caller's own limit; counting them is not worth a statement.
        return total + Set(clientIDs.prefix(1000)).count
    }
}
