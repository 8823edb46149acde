import CrosswiseStore
import Foundation
import Worldtime

/// What the Meetings form asks for. The same query string drives the page, the .ics download
/// and booking, so what is booked is exactly what was shown.
struct MeetingsQuery {
    var people: [UUID] = []
    var teams: [UUID] = []
    var clients: [UUID] = []
    var includeMe = true
    var title = "Meeting"
    var duration = 30
    var from: CivilDate
    var days = 5
    var step = 15
    var forceHolidays = false
    /// nil for a single meeting.
    var recurrence: Recurrence?
    var count = 6
    var rotate = true
    var submitted = false

    init(_ form: FormData, today: CivilDate) {
        people = form.uuids("person")
        teams = form.uuids("team")
        clients = form.uuids("client")
        submitted = form.fields["duration"] != nil
        includeMe = !submitted || form["me"] == "1"
        let typed = form["title"].trimmingCharacters(in: .whitespacesAndNewlines)
        if !typed.isEmpty { title = String(typed.prefix(200)) }
        duration = Int(form["duration"]) ?? 30
        from = CivilDate(iso: form["from"]) ?? today
        days = Int(form["days"]) ?? 5
        step = Int(form["step"]) ?? 15
        forceHolidays = form["force"] == "1"
        recurrence = Recurrence(text: form["repeat"])
        count = Int(form["count"]) ?? 6
        rotate = !submitted || form["rotate"] == "1"
    }

    /// The team whose ledger the meeting counts in: only when exactly one team is chosen.
    var ledgerTeam: UUID? { teams.count == 1 ? teams[0] : nil }

    func meetingRequest(_ participants: [Participant]) -> MeetingRequest {
        MeetingRequest(participants: participants, durationMinutes: duration, from: from, days: recurrence == nil ? days : 1,
                       stepMinutes: step, forceHolidays: forceHolidays)
    }

    func seriesRequest(_ participants: [Participant], ledger: FairnessLedger) -> SeriesRequest? {
        guard let recurrence else { return nil }
        return SeriesRequest(meeting: meetingRequest(participants), recurrence: recurrence, count: count, rotate: rotate, ledger: ledger)
    }

    /// Problems with the numbers themselves, said in the form's words.
    var problems: [String] {
        var list: [String] = []
        if recurrence != nil, !(2...52).contains(count) { list.append("A series has 2 to 52 meetings, not \(count).") }
        return list
    }
}

/// Everyone chosen, organization-scoped (ids of another organization simply do not load), the
/// viewer first as organizer, each person once, with their days off and the organization's
/// calendars.
struct LoadedParticipants {
    var participants: [Participant] = []
    var problems: [String] = []

    init(_ q: MeetingsQuery, viewer: Viewer, directory: Directory) async throws {
        var people: [Person] = []
        var seen = Set<UUID>()
        func add(_ person: Person) {
            guard person.active, let id = person.id, seen.insert(id).inserted else { return }
            people.append(person)
        }
        if q.includeMe { add(viewer.person) }
        for id in q.people { if let p = try await directory.person(id) { add(p) } }
        if !q.teams.isEmpty {
            for p in try await directory.people(inTeams: q.teams, includeInactive: false) { add(p) }
        }
        let loaded = try await directory.participants(people)
        participants = loaded.participants
        problems = loaded.problems.map { "\($0.name) has a schedule Crosswise cannot read (\($0.reason)); an admin can fix it." }
        var seenClients = Set<UUID>()
        for id in q.clients {
            guard let client = try await directory.client(id), client.active, seenClients.insert(id).inserted else { continue }
            if let p = try? Participant(client: client) { participants.append(p) }
        }
    }
}
