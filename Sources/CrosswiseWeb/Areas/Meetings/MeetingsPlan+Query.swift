import CrosswiseStore
import Worldtime

extension MeetingsPlan.Input {
    /// Everyone the search names with what rules times out for them (calendars, days off,
    /// booked meetings), and the chosen team's ledger: at most eleven queries whatever the number
    /// of participants.
    static func gather(_ search: MeetingSearch, viewer: Viewer, services: AppServices) async throws -> Self {
        let directory = services.directory(for: viewer), book = services.meetings(for: viewer)
        // A search naming a 2,500-person team is refused before anyone is loaded: counting is
        // one statement, loading them took seconds.
        let named = try await directory.countChosen(people: search.people, teams: search.teams, clients: search.clients, including: search.includeMe ? viewer.personID : nil)
        if named > MeetingsPlan.maxParticipants { return Self(tooMany: named) }
        let chosen = try await directory.chosen(people: search.people, teams: search.teams, clients: search.clients)
        let people = search.includeMe ? [viewer.person] + chosen.people.filter { $0.id != viewer.personID } : chosen.people
        let loaded = try await directory.participants(people)
        // Booked meetings are busy time for the people in them.
        let busy = try await book.busyTimes(of: people.compactMap(\.id), during: search.busySpan, excluding: search.moving)
        var input = Self(participants: loaded.participants)
        for (i, p) in loaded.participants.enumerated() { input.participants[i].busy = p.personID.flatMap { busy[$0] } ?? [] }
        input.problems = loaded.problems.map { "\($0.name) has a schedule Crosswise cannot read (\($0.reason)); an admin can fix it." }
        input.participants += chosen.clients.compactMap { try? Participant(client: $0) }
        if let teamID = search.ledgerTeam, let team = try await directory.team(teamID) {
            input.team = team
            (input.ledger, input.ledgerNames, input.ledgerMeetings) = try await book.ledger(team: teamID)
        }
        return input
    }
}
