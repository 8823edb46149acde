import FluentKit
import Foundation

/// Loads Meridian Shore Services, the demo organization, once. Everyone in it signs in with
/// `DemoOrganization.password`; the hash is computed once and shared, so loading a thousand
/// people costs one bcrypt hash, not a thousand.
public struct DemoOrganization: Sendable {
    public static let password = "crosswise-demo"

    public struct SignIn: Sendable {
        public let role: Role
        public let name: String
        public let email: String
    }

    public let db: any Database
    public let passwords: Passwords

    public init(db: any Database, passwords: Passwords) {
        self.db = db
        self.passwords = passwords
    }

    /// The accounts to print at start-up: the admin, a lead and a member.
    public static let signIns: [SignIn] = [
        SignIn(role: .admin, name: "Isabel Reyes", email: email(for: "Isabel Reyes")),
        SignIn(role: .lead, name: "Priya Nair", email: email(for: "Priya Nair")),
        SignIn(role: .member, name: "Angelica Santos", email: email(for: "Angelica Santos")),
    ]

    /// Loads the demo unless it is already there. Returns false when it was already loaded.
    /// `people` scales the roster (the 39 named people come first); nil keeps it as written.
    @discardableResult
    public func loadIfMissing(people: Int? = nil) async throws -> Bool {
        if try await Organization.query(on: db).filter(\.$isDemo == true).first() != nil { return false }
        let hash = try await passwords.hash(DemoOrganization.password)
        try await db.transaction { db in try await load(on: db, hash: hash, people: people) }
        return true
    }

    private func load(on db: any Database, hash: String, people count: Int?) async throws {
        let organization = Organization(name: DemoRoster.organization, isDemo: true)
        try await organization.create(on: db)
        let orgID = try organization.requireID()
        try await Directory(db: db, organizationID: orgID).bumpVersion()

        var sites: [Site] = []
        for seed in DemoRoster.sites {
            let site = Site(organizationID: orgID, name: seed.name, city: seed.city, country: seed.country, timeZone: seed.zone)
            try await site.create(on: db)
            sites.append(site)
        }
        var clients: [String: Client] = [:]
        for seed in DemoRoster.clients {
            let client = Client(organizationID: orgID, name: seed.name, country: seed.country, timeZone: seed.zone, businessHours: seed.hours, regimes: seed.regimes)
            try await client.create(on: db)
            clients[seed.name] = client
        }
        var teams: [Team] = []
        for seed in DemoRoster.teams {
            let team = Team(organizationID: orgID, siteID: sites[seed.site].id, name: seed.name)
            try await team.create(on: db)
            teams.append(team)
            for name in seed.clients {
                try await TeamClient(teamID: team.requireID(), clientID: clients[name]!.requireID()).create(on: db)
            }
        }
        var created: [(person: Person, team: Int)] = []
        var memberships: [TeamMembership] = []
        for seed in DemoOrganization.roster(count: count) {
            // People who live elsewhere than their team's site belong to the site in their country.
            let teamSite = DemoRoster.sites[seed.team < 0 ? 0 : DemoRoster.teams[seed.team].site]
            let site = seed.country.flatMap { country in DemoRoster.sites.first { $0.country == country } } ?? teamSite
            let person = Person(organizationID: orgID, name: seed.name, email: DemoOrganization.email(for: seed.name), role: seed.role)
            person.$site.id = sites[DemoRoster.sites.firstIndex { $0.name == site.name }!].id
            person.timeZone = seed.zone ?? site.zone
            person.country = seed.country ?? site.country
            person.subdivision = seed.subdivision ?? (seed.country == nil ? site.subdivision : nil)
            person.workingHours = seed.hours ?? DemoRoster.teams[max(seed.team, 0)].hours
            person.weekend = seed.weekend ?? "Sat, Sun"
            person.languages = seed.languages ?? site.languages
            person.passwordHash = hash
            let personID = UUID()
            person.id = personID
            if seed.team >= 0 {
                memberships.append(TeamMembership(teamID: try teams[seed.team].requireID(), personID: personID, isLead: seed.role == .lead))
            }
            for other in seed.alsoIn {
                memberships.append(TeamMembership(teamID: try teams[other].requireID(), personID: personID, isLead: false))
            }
            created.append((person, seed.team))
        }
        // Batched INSERTs: at 10,000 people one statement per row took most of the load time.
        // Batches stay under SQLite's limit of bound values per statement.
        let people = created.map(\.person)
        for start in stride(from: 0, to: people.count, by: 200) { try await Array(people[start..<min(start + 200, people.count)]).create(on: db) }
        for start in stride(from: 0, to: memberships.count, by: 500) {
            try await Array(memberships[start..<min(start + 500, memberships.count)]).create(on: db)
        }
        // Skills history for the demo lead's team and the demo member, rated by their leads.
        let leads = Dictionary(created.filter { $0.person.role == .lead }.map { ($0.team, $0.person) }, uniquingKeysWith: { a, _ in a })
        let demoLead = created.first { $0.person.email == DemoOrganization.signIns[1].email }
        let assessed = created.filter { entry in
            entry.person.role == .member && (entry.team == demoLead?.team || entry.person.email == DemoOrganization.signIns[2].email)
        }
        try await DemoSkills.load(on: db, organizationID: orgID, people: assessed.map { ($0.person, leads[$0.team]) }, now: Date())
        try await DemoFeedback.load(on: db, organizationID: orgID, people: people.filter { $0.role == .member }, now: Date())
    }

    /// The named roster, then generated members spread over the teams until `count` is reached.
    static func roster(count: Int?) -> [DemoRoster.PersonSeed] {
        var seeds = DemoRoster.people
        guard let count, count > seeds.count else { return count.map { Array(seeds.prefix(max($0, 1))) } ?? seeds }
        var used = Set(seeds.map(\.name))
        var index = 0
        while seeds.count < count {
            let team = index % DemoRoster.teams.count
            let names = DemoRoster.extraNames[DemoRoster.teams[team].site]
            let first = names.first[(index / 4) % names.first.count]
            let last = names.last[(index / 40) % names.last.count]
            var name = "\(first) \(last)"
            if used.contains(name) { name += " \(index / 400 + 2)" }
            if !used.contains(name) {
                used.insert(name)
                seeds.append(DemoRoster.PersonSeed(name: name, team: team))
            }
            index += 1
        }
        return seeds
    }

    /// "Priya Nair" → "priya.nair@meridianshore.example.com", with accents folded.
    static func email(for name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "ł", with: "l")
        let local = folded.split(separator: " ").map { $0.filter { $0.isLetter || $0.isNumber } }.joined(separator: ".")
        return "\(local.lowercased())@\(DemoRoster.domain)"
    }
}
