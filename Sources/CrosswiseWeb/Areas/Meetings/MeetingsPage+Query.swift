import CrosswiseStore

extension MeetingsPage {
    /// What the Meetings page shows: the people, teams and clients to choose from, and the plan
    /// of a submitted search.
    struct Data {
        var search: MeetingSearch
        /// The people to tick (never the viewer, who is "Include me"): everyone in a small
        /// organization, else those chosen and the find box's matches.
        var people = PeoplePicker(people: [], searching: false, query: "", hint: "")
        var teams: [Team] = []
        var clients: [Client] = []
        var plan: MeetingsPlan?
        /// Why a booking was refused, above the plan's own problems.
        var problems: [String] = []
        /// The viewer's meeting this search moves, when it is one they organize.
        var moving: Meeting?
    }

    /// Three queries for the choices, and the plan's (see `MeetingsPlan.Input.gather`) unless
    /// the caller already made it.
    static func gather(_ search: MeetingSearch, viewer: Viewer, services: AppServices, plan: MeetingsPlan? = nil,
                       problems: [String] = []) async throws -> Data {
        let directory = services.directory(for: viewer)
        var data = Data(search: search, plan: plan, problems: problems)
        if plan == nil, search.submitted { data.plan = MeetingsPlan(search, input: try await .gather(search, viewer: viewer, services: services)) }
        data.people = try await PeoplePicker.gather(directory, chosen: search.people, query: search.who, excluding: viewer.personID)
        data.teams = try await directory.teams(includeInactive: false)
        data.clients = try await directory.clients(includeInactive: false)
        if let id = search.moving, let meeting = try await services.meetings(for: viewer).meeting(id), meeting.$organizer.id == viewer.personID {
            data.moving = meeting
        }
        return data
    }
}
