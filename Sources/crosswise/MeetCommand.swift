import ArgumentParser
import CrosswiseStore
import Foundation
import Worldtime

struct MeetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meet",
        abstract: "Find the fairest meeting times across time zones, shifts and holidays.",
        discussion: """
        Each --with is a participant; the first is the organizer, whose calendar the dates use.
          --with "Asia/Manila 21:00-06:00"               zone and hours (Monday to Friday)
          --with "Asia/Kolkata Mon-Sat 09:30-18:30 @IN-KA" days, hours, holiday region
          --with person:EMAIL  --with team:NAME  --with client:NAME   (from the database)
        Slots rank by the worst inconvenience anyone takes, then by the total.
        """)

    @OptionGroup var database: DatabaseOptions
    @Option(name: .customLong("with"), help: ArgumentHelp("A participant (repeat).", valueName: "participant")) var with: [String] = []
    @Option(help: ArgumentHelp("Meeting length: 30m, 1h, 1h30m.", valueName: "length")) var duration = "30m"
    @Option(help: ArgumentHelp("Start: YYYY-MM-DD or YYYY-MM-DDTHH:MM on the organizer's clock (default: today).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("End instead of --days: YYYY-MM-DDTHH:MM (or a date: up to its midnight).", valueName: "date")) var to: String?
    @Option(help: "Days to search.") var days = 5
    @Option(help: "Minutes between candidate starts: 5, 10, 15, 20, 30 or 60.") var step = 15
    @Option(help: "How many slots to show.") var limit = 5
    @Flag(help: "Allow slots on holidays and days off (still ranked last).") var forceHolidays = false
    @Option(help: ArgumentHelp("Repeat: weekly, biweekly or monthly.", valueName: "recurrence")) var series: String?
    @Option(help: "Occurrences in the series.") var count: Int?
    @Option(help: ArgumentHelp("Last possible date of the series, YYYY-MM-DD.", valueName: "date")) var until: String?
    @Flag(help: "Keep the organizer's time every week instead of rotating the inconvenience.") var noRotate = false
    @Option(help: "Meeting title for the calendar file.") var title = "Meeting"
    @Option(help: ArgumentHelp("Write an iCalendar file of the best slot or of the series.", valueName: "file")) var ics: String?
    @Flag(help: "Print JSON instead of a table.") var json = false
    @Option(help: "Organization name, when the database has several.") var organization: String?

    static let maxLimit = 100

    /// Every number and date is checked before anything runs, so a bad one is a usage error
    /// (exit 2) naming the option, never a crash in the planner.
    func validate() throws {
        guard !with.isEmpty else { throw ValidationError("give at least one --with participant") }
        guard let minutes = parseDuration(duration) else { throw ValidationError("--duration “\(duration)” is not a length like 30m, 1h or 1h30m") }
        guard (5...720).contains(minutes) else { throw ValidationError("--duration must be between 5 minutes and 12 hours, not \(minutes) minutes") }
        guard (1...366).contains(days) else { throw ValidationError("--days must be between 1 and 366, not \(days)") }
        guard [5, 10, 15, 20, 30, 60].contains(step) else { throw ValidationError("--step must be 5, 10, 15, 20, 30 or 60 minutes, not \(step)") }
        guard (1...Self.maxLimit).contains(limit) else { throw ValidationError("--limit must be between 1 and \(Self.maxLimit), not \(limit)") }
        if let from, MeetCommand.parseMoment(from) == nil { throw ValidationError("--from “\(from)” is not a date like 2026-12-01 or 2026-12-01T09:00") }
        if let to, MeetCommand.parseMoment(to) == nil { throw ValidationError("--to “\(to)” is not a date like 2026-12-05 or 2026-12-01T12:00") }
        if let count {
            guard series != nil else { throw ValidationError("--count needs --series weekly, biweekly or monthly") }
            guard (1...SeriesPlanner.maxOccurrences).contains(count) else {
                throw ValidationError("--count must be between 1 and \(SeriesPlanner.maxOccurrences), not \(count)")
            }
        }
        if let until {
            guard series != nil else { throw ValidationError("--until needs --series weekly, biweekly or monthly") }
            guard CivilDate(iso: until) != nil else { throw ValidationError("--until “\(until)” is not a date like 2027-06-30") }
        }
        if let series, Recurrence(text: series) == nil { throw ValidationError("--series “\(series)” must be weekly, biweekly or monthly") }
    }

    func run() async throws {
        guard let minutes = parseDuration(duration) else { throw ValidationError("--duration “\(duration)” is not a length like 30m, 1h or 1h30m") }
        let specs = with.map(ParticipantSpec.init)
        var participants: [Participant] = []
        if specs.contains(where: \.needsDatabase) {
            try await withDatabase(database) { db in
                let org = try await findOrganization(organization, db: db)
                let directory = Directory(db: db.db, organizationID: try org.requireID())
                for spec in specs { participants += try await spec.resolve(in: directory) }
            }
        } else {
            for spec in specs { participants += try await spec.resolve(in: nil) }
        }
        guard let organizer = participants.first else { throw CommandFailure("nobody to plan for: every --with resolved to no one") }
        let (start, startMinute) = try firstDay(for: organizer)
        if let until, let last = CivilDate(iso: until), last < start {
            throw ValidationError("--until \(last) is before the first day, \(start)")
        }
        var request = MeetingRequest(participants: participants, durationMinutes: minutes, from: start, days: days, stepMinutes: step, forceHolidays: forceHolidays)
        if let to {
            guard let (end, endMinute) = MeetCommand.parseMoment(to) else { throw ValidationError("--to “\(to)” is not a date like 2026-12-05 or 2026-12-01T12:00") }
            let length = (end.days - start.days) * 1440 + (endMinute ?? 1440) - startMinute
            guard length > 0 else { throw ValidationError("--to must be after --from") }
            request.days = max(1, (startMinute + length + 1439) / 1440)
            guard request.days <= 366 else { throw ValidationError("--to may be at most 366 days after the start, not \(request.days)") }
            request.windowMinutes = startMinute..<(startMinute + length)
        } else if startMinute > 0 {
            request.windowMinutes = startMinute..<(days * 1440)
        }
        if let series {
            try runSeries(request, recurrence: series)
        } else {
            try runSingle(request)
        }
    }

    func firstDay(for organizer: Participant) throws -> (CivilDate, Int) {
        if let from {
            guard let (date, minute) = MeetCommand.parseMoment(from) else { throw ValidationError("--from “\(from)” is not a date like 2026-12-01 or 2026-12-01T09:00") }
            return (date, minute ?? 0)
        }
        let now = LocalTime(Date(), in: organizer.schedule.zone)
        return (CivilDate(year: now.year, month: now.month, day: now.day), 0)
    }

    /// "2026-12-01" or "2026-12-01T09:30".
    static func parseMoment(_ text: String) -> (CivilDate, Int?)? {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let date = parts.first.flatMap({ CivilDate(iso: $0) }) else { return nil }
        guard parts.count == 2 else { return (date, nil) }
        guard let time = try? ClockTime.parse(parts[1]) else { return nil }
        return (date, time.minutes)
    }

    func runSingle(_ request: MeetingRequest) throws {
        let planner: MeetingPlanner
        do { planner = try MeetingPlanner(request) } catch { throw CommandFailure(error.description) }
        let ranked = planner.rank(limit: max(1, limit))
        let counts = planner.counts()
        if json {
            print(try MeetOutput.json(MeetOutput.single(request, ranked, counts)))
        } else {
            print(MeetOutput.table(request, ranked, counts))
        }
        guard let best = ranked.first else {
            throw CommandFailure("no slot in the window avoids everyone's holidays and days off; widen --days or add --force-holidays")
        }
        if let ics {
            let writer = ICalendarWriter(planning: request, title: title, uid: "\(UUID().uuidString.lowercased())@crosswise", stamp: Date())
            try write(writer.meeting(start: best.start, end: best.end, zone: request.participants[0].schedule.zone), to: ics)
        }
    }

    func runSeries(_ meeting: MeetingRequest, recurrence text: String) throws {
        guard let recurrence = Recurrence(text: text) else { throw ValidationError("--series “\(text)” must be weekly, biweekly or monthly") }
        guard count != nil || until != nil else { throw ValidationError("a series needs --count or --until") }
        var last: CivilDate?
        if let until {
            guard let date = CivilDate(iso: until) else { throw ValidationError("--until “\(until)” is not a date like 2027-06-30") }
            last = date
        }
        let request = SeriesRequest(meeting: meeting, recurrence: recurrence, count: count, until: last, rotate: !noRotate)
        let plan: SeriesPlan
        do { plan = try SeriesPlanner.plan(request) } catch { throw CommandFailure(error.description) }
        if json {
            print(try MeetOutput.json(MeetOutput.series(plan)))
        } else {
            print(MeetOutput.seriesTable(plan))
        }
        if let ics {
            let writer = ICalendarWriter(planning: meeting, title: title, uid: "\(UUID().uuidString.lowercased())@crosswise", stamp: Date())
            try write(writer.series(plan, zone: meeting.participants[0].schedule.zone), to: ics)
        }
    }

    func write(_ text: String, to path: String) throws {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch { throw CommandFailure("cannot write \(path): \(error.localizedDescription)") }
        FileHandle.standardError.write(Data("Wrote \(path)\n".utf8))
    }
}
