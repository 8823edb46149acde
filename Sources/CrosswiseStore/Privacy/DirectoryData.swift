import FluentKit
import Foundation

/// The person's directory entry. Its row is anonymised by `PersonalData.erase` itself, last.
struct ProfileData: PersonalDataArea {
    let section = "profile"

    struct Profile: Encodable, Sendable {
        let name, email, role, timeZone, country, workingHours, weekend, languages: String
        let subdivision, site: String?
        let active: Bool
        let createdAt, updatedAt: Date?
    }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        var site: String?
        if let siteID = person.$site.id { site = try await Site.find(siteID, on: db)?.name }
        return Profile(name: person.name, email: person.email, role: person.role.rawValue, timeZone: person.timeZone, country: person.country,
                       workingHours: person.workingHours, weekend: person.weekend, languages: person.languages,
                       subdivision: person.subdivision, site: site, active: person.active, createdAt: person.createdAt, updatedAt: person.updatedAt)
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {}
}

/// The teams a person is in, and which they lead.
struct TeamsData: PersonalDataArea {
    let section = "teams"

    struct Membership: Encodable, Sendable { let team: String; let lead: Bool }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        let rows = try await TeamMembership.query(on: db).filter(\.$person.$id == person.requireID()).with(\.$team).all()
        return rows.map { Membership(team: $0.team.name, lead: $0.isLead) }.sorted { $0.team < $1.team }
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await TeamMembership.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}

/// Days off: dates only, as stored.
struct DaysOffData: PersonalDataArea {
    let section = "daysOff"

    struct Range: Encodable, Sendable { let firstDay, lastDay: String; let createdAt: Date? }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        try await DayOff.query(on: db).filter(\.$person.$id == person.requireID()).sort(\.$firstDay).all()
            .map { Range(firstDay: $0.firstDay, lastDay: $0.lastDay, createdAt: $0.createdAt) }
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await DayOff.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}

/// The message checker's counts per day and check; no message text exists to export.
struct WritingChecksData: PersonalDataArea {
    let section = "writingChecks"

    struct Count: Encodable, Sendable { let day, check: String; let count: Int }

    func export(_ person: Person, on db: any Database) async throws -> any Encodable & Sendable {
        try await CheckCount.query(on: db).filter(\.$person.$id == person.requireID()).sort(\.$day).sort(\.$checkID).all()
            .map { Count(day: $0.day, check: $0.checkID, count: $0.count) }
    }

    func erase(_ erasure: Erasure, on db: any Database) async throws {
        try await CheckCount.query(on: db).filter(\.$person.$id == erasure.personID).delete()
    }
}
