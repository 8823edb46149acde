struct MeetingsArea: Area {
    let services: AppServices
    // Three prefixes (/meetings, /calendar, /days-off), so the area mounts at the root.

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Meetings", href: MeetingsRoute.planner.path, section: .meetings) }

    func mount(on routes: inout Routes<MeetingsRoute>) {
        let planner = MeetingsController(services: services)
        routes.on(.planner, use: planner.show)
        routes.on(.plannedCalendar, use: planner.calendar)
        routes.on(.book, use: planner.book)
        routes.on(MeetingsRoute.move, use: planner.move)
        let mine = MyMeetingsController(services: services)
        routes.on(.mine) { request, context in try await mine.render(request: request, context: context, feedURL: nil) }
        routes.on(MeetingsRoute.meetingCalendar, use: mine.calendar)
        routes.on(MeetingsRoute.confirmCancel, use: mine.confirmCancel)
        routes.on(MeetingsRoute.cancel, use: mine.cancel)
        routes.on(.newFeed, use: mine.newFeed)
        routes.on(.stopFeed, use: mine.stopFeed)
        routes.on(.feed(file: ""), use: mine.feed)
        let daysOff = DaysOffController(services: services)
        routes.on(.daysOff, use: daysOff.page)
        routes.on(.addDayOff, use: daysOff.add)
        routes.on(MeetingsRoute.removeDayOff, use: daysOff.remove)
    }
}
