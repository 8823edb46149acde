import CrosswiseStore
import Foundation
import Worldtime

extension TodayPage {
    /// A lead's part of Today: who is on now in each team they lead, and who has a booked
    /// meeting in their sleep hours in the coming seven days.
    static func lead(_ data: Data, now: Int64) -> Lead {
        // People on the same schedule (zone, shift, weekend, holidays, days off) read the same:
        // a team of 2,500 on a few dozen shifts costs a few dozen readings.
        var readings: [WorkSchedule: ClockReading] = [:]
        let teams = data.teams.filter(\.isLed).map { team -> TeamNow in
            let ids = data.byTeam[team.id] ?? []
            var people: [(rank: Int, person: PersonNow)] = []
            var counts: [WorkStatus: Int] = [:]
            for id in ids {
                guard let participant = data.participants[id] else { continue }
                let reading = readings[participant.schedule] ?? WorldClock.reading(participant, at: now)
                readings[participant.schedule] = reading
                let status = WorkStatus(reading.availability)
                counts[status, default: 0] += 1
                people.append((WorkStatus.allCases.firstIndex(of: status) ?? 0, PersonNow(
                    name: data.names[id] ?? participant.name, place: data.places[id] ?? participant.place,
                    time: reading.local.clockText, status: status.label, tone: status.tone)))
            }
            // Who is working or about to comes first; each group keeps the names' order.
            let shown = people.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
                .prefix(peoplePerTeam).map(\.element.person)
            let summary = WorkStatus.allCases.compactMap { s in counts[s].map { "\($0) \(s.label)" } }.joined(separator: " · ")
            return TeamNow(name: team.name, href: TeamRoute.team(team.id).path, summary: summary.isEmpty ? "Nobody in this team yet" : summary,
                           people: shown, more: people.count - shown.count, hasMore: people.count > shown.count)
        }
        let nights = data.nightSeats.map { seat -> NightLine in
            let zone = data.participants[seat.personID]?.schedule.zone ?? data.viewer.zone
            let local = LocalTime(secondsSince1970: seat.startsAt, in: zone)
            let who = seat.personID == data.viewer.personID ? "You" : seat.name
            return NightLine(who: who, title: seat.title, when: "\(local.dayText) \(local.clockText) in \(data.places[seat.personID] ?? zone.city)")
        }
        return Lead(teams: teams, nights: nights)
    }
}
