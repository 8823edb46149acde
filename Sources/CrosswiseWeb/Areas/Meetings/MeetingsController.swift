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
        func refuse(_ message: String, plan: MeetingsPlan? = nil) async throws -> Response {
            let data = try await MeetingsPage.gather(search, viewer: viewer, services: services, plan: plan, problems: [message])
            return services.page("meetings", title: "Meetings", MeetingsPage(data), context: context, section: .meetings, status: .unprocessableContent)
        }
        guard search.submitted else { return try await refuse("Choose participants and find times first.") }
        guard search.includeMe else { return try await refuse("Tick “Include me” to book: the organizer attends the meeting.") }
        let planned = MeetingsPlan(search, input: try await .gather(search, viewer: viewer, services: services))
        guard planned.problems.isEmpty else { return try await refuse(planned.problems.joined(separator: " ")) }
        guard let bookings = planned.bookings(start: Int64(context.form["start"])), !bookings.isEmpty else {
            return try await refuse("That time is no longer one of the slots of this search; pick one of the slots below.", plan: planned)
        }
        do {
            try await services.meetings(for: viewer).book(
                title: search.title, organizerID: viewer.personID, teamID: planned.input.team?.id, zone: planned.participants[0].schedule.zone,
                occurrences: bookings)
        } catch let failure as ValidationFailure {
            return try await refuse(failure.errors.map(\.message).joined(separator: "; ") + ".", plan: planned)
        }
        return seeOther(MeetingsRoute.mine, notice: .booked)
    }
}
