import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// The meeting planner: pick people, teams and clients of your organization, see everyone's
/// day side by side and the fairest slots with the reasons, then book one (or a rotated series)
/// or take it as an .ics file. Searching changes nothing, so it is a GET form: bookmarkable and
/// usable without JavaScript; booking is a POST that re-plans from the same query.
struct MeetingsController {
    let services: AppServices

    func search(_ query: String, viewer: Viewer) -> MeetingSearch {
        MeetingSearch(query: query, today: services.today(for: viewer), now: services.now())
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let data = try await MeetingsPage.gather(search(request.uri.query ?? "", viewer: viewer), viewer: viewer, services: services)
        return services.page("meetings", title: "Meetings", MeetingsPage(data), context: context, request: request, section: .meetings)
    }

    /// The .ics of one slot or of the series from the same search, so the download is exactly
    /// what was shown.
    @Sendable func calendar(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let search = search(request.uri.query ?? "", viewer: viewer)
        let planned = MeetingsPlan(search, input: try await .gather(search, viewer: viewer, services: services))
        guard planned.problems.isEmpty, let organizer = planned.participants.first else {
            throw HTTPError(.badRequest, message: planned.problems.first ?? "No participants.")
        }
        let writer = ICalendarWriter(planning: search.meetingRequest(planned.participants), title: search.title,
                                     uid: "\(UUID().uuidString.lowercased())@crosswise", stamp: services.now())
        let text: String
        if let series = planned.series {
            text = writer.series(series, zone: organizer.schedule.zone)
        } else {
            guard let start = Int64(FormData.query(search.text)["start"]), let slot = planned.planner?.slot(startingAt: start) else {
                throw HTTPError(.badRequest, message: "That start time is not one of the slots of this search.")
            }
            text = writer.meeting(start: slot.start, end: slot.end, zone: organizer.schedule.zone)
        }
        return MyMeetingsController.calendarResponse(text, download: planned.series == nil ? "meeting.ics" : "series.ics", invitation: true)
    }

    /// Books the slot or series shown for the query in the hidden `q` field. The plan is made
    /// again here, so a tampered start time or participant list cannot be booked.
    @Sendable func book(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let search = search(String(context.form["q"].prefix(8000)), viewer: viewer)
        guard search.submitted else { return try await refusal("Choose participants and find times first.", search, viewer, context) }
        return try await replanned(search, viewer: viewer, context: context, doing: "book") { planned, bookings in
            try await services.meetings(for: viewer).book(
                title: search.title, organizerID: viewer.personID, teamID: planned.input.team?.id, zone: planned.participants[0].schedule.zone,
                occurrences: bookings)
            return seeOther(MeetingsRoute.mine, notice: .booked)
        }
    }

    /// The Meetings page again, with why a booking or move was refused, as 422.
    func refusal(_ message: String, _ search: MeetingSearch, _ viewer: Viewer, _ context: AppRequestContext, plan: MeetingsPlan? = nil)
        async throws -> Response {
        let data = try await MeetingsPage.gather(search, viewer: viewer, services: services, plan: plan, problems: [message])
        return services.page("meetings", title: "Meetings", MeetingsPage(data), context: context, section: .meetings, status: .unprocessableContent)
    }

    /// What booking and moving share: the organizer attends, the plan is made again from the
    /// search, the posted start must be one of its slots (or the series), and a refusal from the
    /// store comes back on the page. `write` stores the result and says where to go next.
    func replanned(_ search: MeetingSearch, viewer: Viewer, context: AppRequestContext, doing verb: String, single: Bool = false,
                   write: (MeetingsPlan, [MeetingBook.Booking]) async throws -> Response) async throws -> Response {
        guard search.includeMe else {
            return try await refusal("Tick “Include me” to \(verb): the organizer attends the meeting.", search, viewer, context)
        }
        let planned = MeetingsPlan(search, input: try await .gather(search, viewer: viewer, services: services))
        guard planned.problems.isEmpty else { return try await refusal(planned.problems.joined(separator: " "), search, viewer, context) }
        guard let bookings = planned.bookings(start: Int64(context.form["start"])), !bookings.isEmpty, !single || bookings.count == 1 else {
            return try await refusal("That time is no longer one of the slots of this search; pick one of the slots below.", search, viewer,
                                     context, plan: planned)
        }
        do {
            return try await write(planned, bookings)
        } catch let failure as ValidationFailure {
            return try await refusal(failure.errors.map(\.message).joined(separator: "; ") + ".", search, viewer, context, plan: planned)
        }
    }
}
