import CrosswiseStore
import Foundation
import Worldtime

/// One run of the planner for a Meetings query: the ranked slots of a single meeting, or the
/// rotated occurrences of a series, with the chosen team's ledger before and after.
struct MeetingsPlan {
    var participants: [Participant] = []
    var problems: [String] = []
    var planner: MeetingPlanner?
    var ranked: [RankedSlot] = []
    var series: SeriesPlan?
    /// The team whose ledger is shown and carried into a series.
    var team: Team?
    var ledger = FairnessLedger()
    var ledgerNames: [String: String] = [:]
    var ledgerMeetings = 0

    init(_ q: MeetingsQuery, viewer: Viewer, directory: Directory, book: MeetingBook, limit: Int = 5) async throws {
        let loaded = try await LoadedParticipants(q, viewer: viewer, directory: directory)
        participants = loaded.participants
        problems = loaded.problems + q.problems
        if participants.count < 2 { problems.append("Choose at least two participants (you count when “Include me” is ticked).") }
        if participants.count > 300 { problems.append("Choose at most 300 participants; pick teams rather than the whole organization.") }
        if let teamID = q.ledgerTeam, let team = try await directory.team(teamID) {
            self.team = team
            (ledger, ledgerNames, ledgerMeetings) = try await book.ledger(team: teamID)
        }
        guard problems.isEmpty else { return }
        do {
            if let request = q.seriesRequest(participants, ledger: ledger) {
                series = try SeriesPlanner.plan(request)
            } else {
                let planner = try MeetingPlanner(q.meetingRequest(participants))
                self.planner = planner
                ranked = planner.rank(limit: limit)
            }
        } catch let error as SeriesError {
            problems.append(MeetingsPlan.sentence(error.description))
        } catch let error as PlannerError {
            problems.append(MeetingsPlan.sentence(error.description))
        }
    }

    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() + "." }

    /// What booking stores: the shown slot (checked against the planner, never taken on trust)
    /// or every held occurrence of the series.
    func bookings(start: Int64?) -> [MeetingBook.Booking]? {
        if let series {
            return series.occurrences.map { MeetingBook.Booking(slot: $0.slot, participants: participants) }
        }
        guard let planner, let start, let slot = planner.slot(startingAt: start) else { return nil }
        return [MeetingBook.Booking(slot: slot, participants: participants)]
    }
}
