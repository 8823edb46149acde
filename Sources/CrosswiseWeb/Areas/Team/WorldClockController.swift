import Hummingbird
import Worldtime

/// A team's world clock: each member's and client's time and status now, when they next work,
/// when the whole team next overlaps, and the public holidays coming up for any of them.
struct WorldClockController {
    let services: AppServices

    struct Row { let name, place, time, day, status, statusClass, next: String }
    struct HolidayRow { let date, name, region, who: String; let today: Bool }

    struct View {
        let team, teamHref: String
        let people, clients: [Row]
        let overlap: String
        let holidays: [HolidayRow]
        let problems: [String]
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer(), directory = services.directory(for: viewer)
        let teamID = try context.requireUUID("id")
        guard let team = try await directory.team(teamID) else { throw HTTPError(.notFound) }
        let members = try await directory.people(inTeams: [teamID], includeInactive: false)
        let loaded = try await directory.participants(members)
        let sites = Dictionary(try await directory.sites().compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        let places = Dictionary(members.compactMap { person in person.id.map { id in
            let site = person.$site.id.flatMap { sites[$0] }
            return (id, personPlace(zone: person.timeZone, siteCity: site?.city, siteZone: site?.timeZone))
        } }, uniquingKeysWith: { a, _ in a })
        let people = loaded.participants
        let clients = try await directory.clients(of: teamID).filter(\.active).compactMap { try? Participant(client: $0) }
        let now = Int64(services.now().timeIntervalSince1970)
        var overlap = people.isEmpty ? "Nobody is in this team yet." : "One person: nobody to overlap with."
        if people.count > 1 {
            if let slot = WorldClock.nextOverlap(people, at: now) {
                let viewerZone = (try? TimeZoneName(viewer.person.timeZone)) ?? people[0].schedule.zone
                let mine = LocalTime(secondsSince1970: slot.start, in: viewerZone)
                overlap = "Everyone next works together at \(mine.dayText) \(mine.clockText) your time (\(viewerZone.city))."
            } else {
                overlap = "The whole team never works at the same time in the coming week. Use Meetings to find the fairest slot."
            }
        }
        let todayDate = services.today(for: viewer)
        let holidays = WorldClock.upcomingHolidays(people + clients, from: todayDate.adding(days: -1), days: 16).map { h in
            HolidayRow(date: DateWords.weekdayDate(h.holiday.date), name: h.holiday.name, region: h.region,
                       who: h.names.count > 6 ? "\(h.names.prefix(6).joined(separator: ", ")) and \(h.names.count - 6) more" : h.names.joined(separator: ", "),
                       today: h.holiday.date == todayDate)
        }
        let view = View(team: team.name, teamHref: TeamRoute.team(teamID).path, people: people.map { row($0, now: now, place: $0.personID.flatMap { places[$0] }) },
                        clients: clients.map { row($0, now: now, isClient: true) }, overlap: overlap, holidays: holidays,
                        problems: loaded.problems.map { "\($0.name): schedule cannot be read (\($0.reason))." })
        return services.page("clock", title: "\(team.name) · World clock", view, context: context, request: request, section: .team)
    }

    /// One clock in the one status vocabulary; a client reads as business hours, closed or holiday.
    func row(_ p: Participant, now: Int64, place: String? = nil, isClient: Bool = false) -> Row {
        let r = WorldClock.reading(p, at: now)
        let status = WorkStatus(r.availability)
        var next = r.window.map { w in
            let start = LocalTime(secondsSince1970: w.start, in: p.schedule.zone), end = LocalTime(secondsSince1970: w.end, in: p.schedule.zone)
            return r.availability == .working ? "until \(end.clockText)"
                : "\(start.dayText) \(start.clockText)–\(end.clockText) · in \(durationText(minutes: max(0, Int(w.start - now) / 60)))"
        } ?? ""
        if let holiday = r.holidayName { next = next.isEmpty ? holiday : "\(holiday) · next \(next)" }
        return Row(name: p.name, place: place ?? p.place, time: r.local.clockText, day: r.local.dayText,
                   status: isClient ? status.clientLabel : status.label,
                   statusClass: isClient ? (status == .working ? "working" : "off") : PlannerGrid.css(r.availability), next: next)
    }
}
