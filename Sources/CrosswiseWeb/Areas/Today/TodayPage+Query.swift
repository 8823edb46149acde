import CrosswiseStore
import Foundation
import Worldtime

/// The Today page: what matters to the viewer now. `gather` reads the store; `TodayPage.make`
/// (TodayPage+Model.swift) turns what it read into the page, with no store in reach.
enum TodayPage {
    struct Team: Sendable { let id: UUID; let name: String; let isLed: Bool }

    struct Data: Sendable {
        var now: Date
        var viewer: Viewer
        var teams: [Team] = []
        /// Everyone in the viewer's teams and the viewer, with holidays and days off.
        var participants: [UUID: Participant] = [:]
        var names: [UUID: String] = [:]
        var places: [UUID: String] = [:]
        var byTeam: [UUID: [UUID]] = [:]
        var clients: [Participant] = []
        /// The viewer's meetings that end after now, soonest first.
        var meetings: [Meeting] = []
        var waiting = TodayWaiting()
        var nightSeats: [MeetingBook.NightSeat] = []
    }

    /// About fifteen statements whatever the size of the teams (TodayTests counts them): the
    /// memberships, the people and clients of all the viewer's teams at once, their holidays
    /// and days off, the sites, the viewer's next meetings, and one statement of waiting counts.
    static func gather(viewer: Viewer, services: AppServices) async throws -> Data {
        let now = services.now()
        let directory = services.directory(for: viewer)
        var data = Data(now: now, viewer: viewer)
        let memberships = try await directory.memberships(of: viewer.personID)
        data.teams = memberships.compactMap { m in m.team.id.map { Team(id: $0, name: m.team.name, isLed: viewer.ledTeamIDs.contains($0)) } }
        let teamIDs = data.teams.map(\.id)
        // Rosters are plain rows kept between requests while the directory is unchanged: a
        // team of 2,500 is not read and decoded again on every Today.
        var entries: [UUID: RosterEntry] = [:]
        for (teamID, roster) in try await directory.rosters(of: teamIDs) {
            data.byTeam[teamID] = roster.map(\.id)
            for entry in roster { entries[entry.id] = entry }
        }
        if entries[viewer.personID] == nil { entries[viewer.personID] = try RosterEntry(person: viewer.person) }
        for participant in try await directory.participants(Array(entries.values)) {
            if let id = participant.personID { data.participants[id] = participant }
        }
        let sites = Dictionary(try await directory.sites().compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        var places: [String: String] = [:]
        for (id, entry) in entries {
            let site = entry.siteID.flatMap { sites[$0] }
            let key = entry.timeZone + "|" + (entry.siteID?.uuidString ?? "")
            data.names[id] = entry.name
            data.places[id] = places[key] ?? {
                let place = personPlace(zone: entry.timeZone, siteCity: site?.city, siteZone: site?.timeZone); places[key] = place; return place
            }()
        }
        data.clients = try await directory.clients(ofTeams: teamIDs).compactMap { try? Participant(client: $0) }
        let nowSeconds = Int64(now.timeIntervalSince1970)
        data.meetings = try await services.meetings(for: viewer).meetings(of: viewer.personID, endingAfter: nowSeconds, limit: 20)
        let coached = Set(data.teams.filter(\.isLed).flatMap { data.byTeam[$0.id] ?? [] }).subtracting([viewer.personID])
        data.waiting = try await services.skills(for: viewer).waiting(for: viewer.personID, coached: Array(coached))
        if !coached.isEmpty {
            data.nightSeats = try await services.meetings(for: viewer).nightSeats(of: Array(coached) + [viewer.personID],
                                                                                 startingIn: nowSeconds..<(nowSeconds + 7 * 86400))
        }
        return data
    }
}
