import CrosswiseStore
import Hummingbird
import Worldtime

/// A person's booked meetings: the list with what each costs them, cancelling what they
/// organized, an .ics of each, and a private subscription feed for their calendar program.
struct MyMeetingsController {
    let services: AppServices

    func render(request: Request?, context: AppRequestContext, feedURL: String?) async throws -> Response {
        let data = try await MyMeetingsPage.gather(viewer: try context.requireViewer(), services: services, feedURL: feedURL)
        return services.page("my-meetings", title: "Your meetings", MyMeetingsPage(data), context: context, request: request, section: .meetings)
    }

    /// One booked meeting as an invitation, with the same UID as in the feed so calendars
    /// merge the two.
    @Sendable func calendar(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard let meeting = try await services.meetings(for: viewer).meeting(try context.requireUUID("id")),
              meeting.$organizer.id == viewer.personID || meeting.attendees.contains(where: { $0.$person.id == viewer.personID }) || viewer.isAdmin
        else { throw HTTPError(.notFound) }
        guard let event = MyMeetingsController.event(meeting) else { throw HTTPError(.notFound) }
        let writer = ICalendarWriter(summary: event.summary, description: event.description, organizer: event.organizer,
                                     attendees: event.attendees, uid: event.uid, stamp: services.now())
        return MyMeetingsController.calendarResponse(writer.meeting(start: event.start, end: event.end, zone: event.zone), download: "meeting.ics")
    }

    /// The page that asks first: the meeting on the viewer's clock, the series choice and who
    /// will be told. Someone who may not cancel it gets 404, as from the store.
    @Sendable func confirmCancel(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        guard let found = try await services.meetings(for: viewer).cancellable(try context.requireUUID("id"), by: viewer.personID,
                                                                              isAdmin: viewer.isAdmin)
        else { throw HTTPError(.notFound) }
        let page = CancelMeetingPage(meeting: found.meeting, laterInSeries: found.laterInSeries, viewerID: viewer.personID, zone: viewer.zone,
                                     series: request.uri.queryParameters.get("series") == "1")
        return services.page("cancel-meeting", title: "Cancel \(found.meeting.title)", page, context: context, request: request, section: .meetings)
    }

    @Sendable func cancel(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        _ = try await services.meetings(for: viewer).cancel(try context.requireUUID("id"), by: viewer.personID, isAdmin: viewer.isAdmin,
                                          wholeSeries: context.form["series"] == "1")
        return seeOther(MeetingsRoute.mine, notice: .cancelled)
    }

    @Sendable func newFeed(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let token = try await services.meetings(for: viewer).newFeedToken(for: viewer.personID)
        return try await render(request: nil, context: context, feedURL: services.linkBase + MeetingsRoute.feed(file: "\(token).ics").path)
    }

    @Sendable func stopFeed(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        try await services.meetings(for: viewer).stopFeed(viewer.personID)
        return seeOther(MeetingsRoute.mine, notice: .feedStopped)
    }

    /// The subscription: meetings from 60 days back onward. Unknown, replaced or stopped links
    /// answer 404 and say nothing more.
    @Sendable func feed(request: Request, context: AppRequestContext) async throws -> Response {
        guard let file = context.parameters.get("file"), file.hasSuffix(".ics"),
              let person = try await MeetingBook.person(forFeed: String(file.dropLast(4)), on: services.db), let personID = person.id
        else { throw HTTPError(.notFound) }
        let book = MeetingBook(db: services.db, organizationID: person.$organization.id)
        let meetings = try await book.meetings(of: personID, endingAfter: Int64(services.now().timeIntervalSince1970) - 60 * 86400, limit: 1000)
        let text = ICalendarWriter.feed(name: "Crosswise: \(person.name)", events: meetings.compactMap(MyMeetingsController.event), stamp: services.now())
        var response = MyMeetingsController.calendarResponse(text, download: nil)
        response.headers[.cacheControl] = "private, max-age=300"
        return response
    }

    static func event(_ meeting: Meeting) -> ICalendarWriter.FeedEvent? {
        guard let zone = try? TimeZoneName(meeting.timeZone), let id = meeting.id else { return nil }
        let attendees = meeting.attendees.filter { $0.$person.id != meeting.$organizer.id }.map {
            ICalendarWriter.Person(name: $0.name, email: $0.person?.email)
        }
        let names = meeting.attendees.map(\.name).joined(separator: ", ")
        return ICalendarWriter.FeedEvent(uid: "\(id.uuidString.lowercased())@crosswise", start: meeting.startsAt, end: meeting.endsAt, zone: zone,
                                         summary: meeting.title, description: "Booked with Crosswise for \(names).",
                                         organizer: ICalendarWriter.Person(name: meeting.organizer.name, email: meeting.organizer.email),
                                         attendees: attendees)
    }

    /// `invitation` marks a planned meeting's file (iTIP REQUEST) for calendar programs.
    static func calendarResponse(_ text: String, download: String?, invitation: Bool = false) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8" + (invitation ? "; method=REQUEST" : "")
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
