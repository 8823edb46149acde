import CrosswiseStore
import Foundation
import Hummingbird
import Worldtime

/// The meeting planner: pick people, teams and clients of your organization, see everyone's
/// day side by side and the fairest slots with the reasons, and take one as an .ics file.
/// A search changes nothing, so it is a GET form: bookmarkable and usable without JavaScript.
struct MeetingsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/meetings", use: show)
        router.get("/meetings/calendar.ics", use: calendar)
    }

    struct Query {
        var people: [UUID] = []
        var teams: [UUID] = []
        var clients: [UUID] = []
        var includeMe = true
        var duration = 30
        var from: CivilDate
        var days = 5
        var step = 15
        var forceHolidays = false
        var submitted = false

        init(_ form: FormData, today: CivilDate) {
            people = form.uuids("person")
            teams = form.uuids("team")
            clients = form.uuids("client")
            submitted = form.fields["duration"] != nil
            includeMe = !submitted || form["me"] == "1"
            duration = Int(form["duration"]) ?? 30
            from = CivilDate(iso: form["from"]) ?? today
            days = Int(form["days"]) ?? 5
            step = Int(form["step"]) ?? 15
            forceHolidays = form["force"] == "1"
        }
    }

    struct Loaded {
        var participants: [Participant] = []
        var problems: [String] = []
    }

    /// Everyone chosen, organization-scoped (ids of another organization simply do not load),
    /// the viewer first as organizer, each person once.
    func load(_ q: Query, viewer: Viewer, directory: Directory) async throws -> Loaded {
        var loaded = Loaded()
        var seen = Set<String>()
        func add(_ person: Person) {
            guard person.active, seen.insert("person:\(person.email)").inserted else { return }
            do { loaded.participants.append(try Participant(person: person)) } catch {
                loaded.problems.append("\(person.name) has a schedule Crosswise cannot read (\(error)); an admin can fix it.")
            }
        }
        if q.includeMe { add(viewer.person) }
        for id in q.people { if let p = try await directory.person(id) { add(p) } }
        if !q.teams.isEmpty {
            for p in try await directory.people(inTeams: q.teams, includeInactive: false) { add(p) }
        }
        for id in q.clients {
            guard let client = try await directory.client(id), client.active, seen.insert("client:\(id)").inserted else { continue }
            if let p = try? Participant(client: client) { loaded.participants.append(p) }
        }
        return loaded
    }

    struct Option { let value: String; let label: String; let selected: Bool }

    struct SlotView {
        let rank: Int
        let when: String
        let utc: String
        let worst: Int
        let total: Int
        let free: Bool
        let explanations: [String]
        let icsHref: String
    }

    struct View {
        let people: [Option]
        let teams: [Option]
        let clients: [Option]
        let includeMe: Bool
        let durations: [Option]
        let steps: [Option]
        let from: String
        let days: Int
        let force: Bool
        let submitted: Bool
        let problems: [String]
        let hasProblems: Bool
        let summary: String
        let slots: [SlotView]
        let hasSlots: Bool
        let gridHTML: String
        let noSlot: Bool
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let directory = services.directory(for: viewer)
        let form = FormData.parseURLEncoded(request.uri.query ?? "")
        let zone = (try? TimeZoneName(viewer.person.timeZone)) ?? (try! TimeZoneName("UTC"))
        let now = LocalTime(services.now(), in: zone)
        let q = Query(form, today: CivilDate(year: now.year, month: now.month, day: now.day))

        var problems: [String] = []
        var slots: [SlotView] = []
        var summary = ""
        var grid = ""
        var noSlot = false
        if q.submitted {
            let loaded = try await load(q, viewer: viewer, directory: directory)
            problems = loaded.problems
            if loaded.participants.count < 2 { problems.append("Choose at least two participants (you count when “Include me” is ticked).") }
            if loaded.participants.count > 300 { problems.append("Choose at most 300 participants; pick teams rather than the whole organization.") }
            if problems.isEmpty {
                let planRequest = MeetingRequest(participants: loaded.participants, durationMinutes: q.duration, from: q.from,
                                                 days: q.days, stepMinutes: q.step, forceHolidays: q.forceHolidays)
                do {
                    let planner = try MeetingPlanner(planRequest)
                    let ranked = planner.rank(limit: 5)
                    let counts = planner.counts()
                    summary = "\(loaded.participants.count) participants · \(counts.candidates) candidate slots" + (counts.ruledOut > 0 ? " · \(counts.ruledOut) ruled out by holidays or days off" : "")
                    let query = request.uri.query ?? ""
                    slots = ranked.enumerated().map { i, slot in
                        let local = slot.attendance[0].localStart
                        return SlotView(rank: i + 1, when: "\(local.dayText) \(local.clockText)", utc: MeetingsController.utc(slot.start),
                                        worst: slot.worst, total: slot.total, free: slot.isFree, explanations: slot.explanations,
                                        icsHref: "/meetings/calendar.ics?\(query)&start=\(slot.start)")
                    }
                    noSlot = ranked.isEmpty
                    if let best = ranked.first { grid = PlannerGrid.html(planner: planner, best: best) }
                } catch {
                    problems.append(error.description.prefix(1).uppercased() + error.description.dropFirst() + ".")
                }
            }
        }
        let people = try await directory.people(includeInactive: false).filter { $0.id != viewer.personID }
        let selectedPeople = Set(q.people), selectedTeams = Set(q.teams), selectedClients = Set(q.clients)
        let view = View(
            people: people.map { Option(value: $0.id!.uuidString, label: "\($0.name) · \(TimeZoneName.cityName($0.timeZone))", selected: selectedPeople.contains($0.id!)) },
            teams: try await directory.teams(includeInactive: false).map { Option(value: $0.id!.uuidString, label: $0.name, selected: selectedTeams.contains($0.id!)) },
            clients: try await directory.clients(includeInactive: false).map { Option(value: $0.id!.uuidString, label: "\($0.name) · \(TimeZoneName.cityName($0.timeZone))", selected: selectedClients.contains($0.id!)) },
            includeMe: q.includeMe,
            durations: [15, 30, 45, 60, 90, 120].map { Option(value: "\($0)", label: durationText(minutes: $0), selected: $0 == q.duration) },
            steps: [15, 30, 60].map { Option(value: "\($0)", label: "every \($0) min", selected: $0 == q.step) },
            from: q.from.description, days: q.days, force: q.forceHolidays, submitted: q.submitted,
            problems: problems, hasProblems: !problems.isEmpty, summary: summary, slots: slots, hasSlots: !slots.isEmpty,
            gridHTML: grid, noSlot: noSlot && problems.isEmpty)
        return services.page("meetings", title: "Meetings", view, context: context, request: request, section: .meetings)
    }

    /// The .ics of one slot from the same search, so the download is exactly what was shown.
    @Sendable func calendar(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let form = FormData.parseURLEncoded(request.uri.query ?? "")
        guard let start = Int64(form["start"]) else { throw HTTPError(.badRequest, message: "start is missing") }
        let zone = (try? TimeZoneName(viewer.person.timeZone)) ?? (try! TimeZoneName("UTC"))
        let now = LocalTime(services.now(), in: zone)
        let q = Query(form, today: CivilDate(year: now.year, month: now.month, day: now.day))
        let loaded = try await load(q, viewer: viewer, directory: services.directory(for: viewer))
        guard let organizer = loaded.participants.first else { throw HTTPError(.badRequest, message: "no participants") }
        let request = MeetingRequest(participants: loaded.participants, durationMinutes: q.duration, from: q.from, days: q.days)
        let writer = ICalendarWriter(planning: request, title: "Meeting", uid: "\(UUID().uuidString.lowercased())@crosswise", stamp: services.now())
        let text = writer.meeting(start: start, end: start + Int64(q.duration * 60), zone: organizer.schedule.zone)
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8; method=REQUEST"
        headers[.contentDisposition] = "attachment; filename=\"meeting.ics\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
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
