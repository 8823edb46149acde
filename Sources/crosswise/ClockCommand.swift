import ArgumentParser
import CrosswiseStore
import Foundation
import Worldtime

struct ClockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock",
        abstract: "A team's world clock: local times, who is working, the next overlap and holidays ahead.",
        discussion: "crosswise clock --team \"Night Owls\"; or participants as in `meet`: --with \"Asia/Manila 21:00-06:00\"")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "Team name.") var team: String?
    @Option(name: .customLong("with"), help: ArgumentHelp("A participant, as in `meet` (repeat).", valueName: "participant")) var with: [String] = []
    @Option(help: "Days of holidays to show ahead.") var holidayDays = 14
    @Option(help: "Organization name, when the database has several.") var organization: String?

    func validate() throws {
        guard team != nil || !with.isEmpty else { throw ValidationError("give --team NAME or at least one --with participant") }
        guard (0...366).contains(holidayDays) else { throw ValidationError("--holiday-days must be between 0 and 366, not \(holidayDays)") }
    }

    func run() async throws {
        var people: [Participant] = []
        var clients: [Participant] = []
        var title = "World clock"
        let specs = with.map(ParticipantSpec.init)
        if team != nil || specs.contains(where: \.needsDatabase) {
            try await withDatabase(database) { db in
                let org = try await findOrganization(organization, db: db)
                let directory = Directory(db: db.db, organizationID: try org.requireID())
                if let team {
                    people += try await ParticipantSpec.team(team).resolve(in: directory)
                    if let found = try await directory.teams(includeInactive: false).first(where: { $0.name.lowercased() == team.lowercased() }) {
                        title = found.name
                        for client in try await directory.clients(of: try found.requireID()) where client.active {
                            if let p = try? Participant(client: client) { clients.append(p) }
                        }
                    }
                }
                for spec in specs { people += try await spec.resolve(in: directory) }
            }
        } else {
            for spec in specs { people += try await spec.resolve(in: nil) }
        }
        let now = Int64(Date().timeIntervalSince1970)
        print("\(title): \(MeetOutput.iso(now)) (UTC)")
        printReadings(people, now: now)
        if !clients.isEmpty {
            print("Clients")
            printReadings(clients, now: now)
        }
        if people.count > 1 {
            if let overlap = WorldClock.nextOverlap(people, at: now) {
                let first = overlap.attendance[0].localStart
                print("Next time everyone works together: \(first.dayText) \(first.clockText) \(people[0].place) (\(MeetOutput.utcClock(overlap.start)) UTC)")
            } else {
                print("Everyone is never at work together in the coming week; try `crosswise meet` for the fairest slot.")
            }
        }
        guard let organizer = people.first ?? clients.first else { throw CommandFailure("nobody to show: the team has no active members or clients") }
        let organizerNow = LocalTime(Date(timeIntervalSince1970: Double(now)), in: organizer.schedule.zone)
        let holidays = WorldClock.upcomingHolidays(people + clients, from: CivilDate(year: organizerNow.year, month: organizerNow.month, day: organizerNow.day), days: holidayDays)
        print(holidays.isEmpty ? "No public holidays in the next \(holidayDays) days." : "Holidays in the next \(holidayDays) days:")
        for h in holidays {
            print("  \(h.holiday.date) \(h.holiday.date.weekday.shortName)  \(h.holiday.name) (\(h.region)): \(h.names.joined(separator: ", "))")
        }
    }

    func printReadings(_ participants: [Participant], now: Int64) {
        let width = min(34, participants.map { $0.name.count + $0.place.count + 3 }.max() ?? 10)
        for p in participants {
            let r = WorldClock.reading(p, at: now)
            var line = "  " + "\(p.name) (\(p.place))".padding(toLength: width, withPad: " ", startingAt: 0)
            line += "  \(r.local.weekday.shortName) \(r.local.clockText)  " + r.availability.label.padding(toLength: 14, withPad: " ", startingAt: 0)
            if let name = r.holidayName { line += "\(name); " }
            if let w = r.window {
                let end = LocalTime(Date(timeIntervalSince1970: Double(w.end)), in: p.schedule.zone)
                if r.availability == .working {
                    line += "until \(end.clockText)"
                } else {
                    let start = LocalTime(Date(timeIntervalSince1970: Double(w.start)), in: p.schedule.zone)
                    line += "next \(start.dayText) \(start.clockText)-\(end.clockText), in \(durationText(minutes: Int(w.start - now) / 60))"
                }
            }
            print(line)
        }
    }
}
