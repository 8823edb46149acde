import CrosswiseStore
import Worldtime

/// One run of the planner for a search: the ranked slots of a single meeting, or the rotated
/// occurrences of a series, with the chosen team's ledger before and after. Built from what
/// `Input.gather` read, with no I/O.
struct MeetingsPlan {
    /// What planning reads from the store (see MeetingsPlan+Query).
    struct Input {
        /// The viewer first as organizer, then people and clients, each once.
        var participants: [Participant] = []
        var problems: [String] = []
        /// The team whose ledger is shown and carried into a series.
        var team: Team?
        var ledger = FairnessLedger()
        var ledgerNames: [String: String] = [:]
        var ledgerMeetings = 0
        /// How many the search names when that is over `maxParticipants`: nobody was loaded.
        var tooMany: Int?
    }

    /// A plan ranks every participant's every minute; past this many, choose teams.
    static let maxParticipants = 300

    let input: Input
    var problems: [String]
    var planner: MeetingPlanner?
    var ranked: [RankedSlot] = []
    var series: SeriesPlan?

    var participants: [Participant] { input.participants }

    init(_ search: MeetingSearch, input: Input, limit: Int = 5) {
        self.input = input
        problems = input.problems + search.problems
        let count = input.tooMany ?? participants.count
        if count < 2 { problems.append("Choose at least two participants (you count when “Include me” is ticked).") }
        if count > Self.maxParticipants {
            problems.append("Choose at most \(Self.maxParticipants) participants; this search names \(count.formatted()). Pick smaller teams or people by name.")
        }
        guard problems.isEmpty else { return }
        do {
            if let request = search.seriesRequest(participants, ledger: input.ledger) {
                series = try SeriesPlanner.plan(request)
            } else {
                let planner = try MeetingPlanner(search.meetingRequest(participants))
                self.planner = planner
                ranked = planner.rank(limit: limit)
            }
        } catch {
            // SeriesError and PlannerError say what is wrong with the request in words.
            let text = String(describing: error)
            problems.append(text.prefix(1).uppercased() + text.dropFirst() + ".")
        }
    }

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
