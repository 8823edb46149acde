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


    func plan(_ q: MeetingsQuery, viewer: Viewer) async throws -> MeetingsPlan {
        try await MeetingsPlan(q, viewer: viewer, directory: services.directory(for: viewer),
                               book: MeetingBook(db: services.db, organizationID: viewer.organizationID))
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let query = request.uri.query ?? ""
        let q = MeetingsQuery(FormData.query(query), today: services.today(for: viewer), now: services.now())
        return try await render(q, query: query, viewer: viewer, context: context, request: request)
    }

    func render(_ q: MeetingsQuery, query: String, viewer: Viewer, context: AppRequestContext, request: Request?,
                extraProblems: [String] = [], status: HTTPResponse.Status = .ok) async throws -> Response {
        let directory = services.directory(for: viewer)
        let planned = q.submitted ? try await plan(q, viewer: viewer) : nil
        let view = try await MeetingsView(q, query: query, plan: planned, extraProblems: extraProblems, viewer: viewer, directory: directory)
        return services.page("meetings", title: "Meetings", view, context: context, request: request, section: .meetings, status: status)
    }

    /// The .ics of one slot or of the series from the same search, so the download is exactly
    /// what was shown.
    @Sendable func calendar(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = FormData.query(request.uri.query ?? "")
        let q = MeetingsQuery(form, today: services.today(for: viewer), now: services.now())
        let planned = try await plan(q, viewer: viewer)
        guard planned.problems.isEmpty, let organizer = planned.participants.first else {
            throw HTTPError(.badRequest, message: planned.problems.first ?? "No participants.")
        }
        let writer = ICalendarWriter(planning: q.meetingRequest(planned.participants), title: q.title,
                                     uid: "\(UUID().uuidString.lowercased())@crosswise", stamp: services.now())
        let text: String
        if let series = planned.series {
            text = writer.series(series, zone: organizer.schedule.zone)
        } else {
            guard let start = Int64(form["start"]), let slot = planned.planner?.slot(startingAt: start) else {
                throw HTTPError(.badRequest, message: "That start time is not one of the slots of this search.")
            }
            text = writer.meeting(start: slot.start, end: slot.end, zone: organizer.schedule.zone)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8; method=REQUEST"
        headers[.contentDisposition] = "attachment; filename=\"\(planned.series == nil ? "meeting" : "series").ics\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Books the slot or series shown for the query in the hidden `q` field. The plan is made
    /// again here, so a tampered start time or participant list cannot be booked.
    @Sendable func book(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let query = String(context.form["q"].prefix(8000))
        let q = MeetingsQuery(FormData.query(query), today: services.today(for: viewer), now: services.now())
        func refuse(_ message: String) async throws -> Response {
            try await render(q, query: query, viewer: viewer, context: context, request: nil, extraProblems: [message], status: .unprocessableContent)
        }
        guard q.submitted else { return try await refuse("Choose participants and find times first.") }
        guard q.includeMe else { return try await refuse("Tick “Include me” to book: the organizer attends the meeting.") }
        let planned = try await plan(q, viewer: viewer)
        guard planned.problems.isEmpty else { return try await refuse(planned.problems.joined(separator: " ")) }
        guard let bookings = planned.bookings(start: Int64(context.form["start"])), !bookings.isEmpty else {
            return try await refuse("That time is no longer one of the slots of this search; pick one of the slots below.")
        }
        do {
            try await MeetingBook(db: services.db, organizationID: viewer.organizationID).book(
                title: q.title, organizerID: viewer.personID, teamID: planned.team?.id, zone: planned.participants[0].schedule.zone,
                occurrences: bookings)
        } catch let failure as ValidationFailure {
            return try await refuse(failure.errors.map(\.message).joined(separator: "; ") + ".")
        }
        return seeOther("/meetings/mine", notice: .booked)
    }

    static func utc(_ instant: Int64) -> String {
        let date = CivilDate(days: Int(floorDiv(instant, 86400)))
        let minute = Int(instant - Int64(date.days) * 86400) / 60
        return "\(date) \(ClockTime(minutes: minute)!.text) UTC"
    }
}

extension TimeZoneName {
    /// "Manila" from a stored zone name, or the text itself.
    static func cityName(_ identifier: String) -> String { (try? TimeZoneName(identifier))?.city ?? identifier }
}
