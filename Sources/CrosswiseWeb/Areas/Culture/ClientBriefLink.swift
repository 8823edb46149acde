import CrosswiseStore
import Culture
import Worldtime

/// Where a client's holidays and seasonal hours are explained: its country's cultural brief.
/// One rule for Today and the meeting planner, so both link the same brief the same way.
struct ClientBriefLink: Sendable {
    let label, href: String
    /// The brief's "working week, hours and seasons" section (Ramadan hours, Golden Week, August).
    let seasonsHref: String
    /// That section's text, for pages that show it in place.
    let seasons: String

    /// The brief for a holiday region ("US", "US-NY"); nil when no brief covers the country.
    init?(region: String) {
        guard let brief = CultureBriefs.builtIn.country(String(region.split(separator: "-").first ?? "")) else { return nil }
        label = "\(brief.name) brief"
        href = CultureRoute.country(brief.code).path
        seasonsHref = href + "#s-\(BriefSection.workingWeek.rawValue)"
        seasons = brief.section(.workingWeek)
    }

    /// For a holiday found for people and clients alike: the brief when a client is among those off.
    init?(_ found: WorldClock.UpcomingHoliday, clientNames: Set<String>) {
        guard found.names.contains(where: clientNames.contains) else { return nil }
        self.init(region: found.region)
    }

    /// Each client among `participants`, with its public holidays from `from` for `days` days
    /// and its brief: what the meeting planner lists under the grid.
    struct ClientLine: Sendable {
        let client, holidays: String
        let brief: ClientBriefLink?
    }

    static func clientLines(_ participants: [Participant], from: CivilDate, days: Int) -> [ClientLine] {
        participants.filter { $0.clientID != nil }.map { client in
            let found = WorldClock.upcomingHolidays([client], from: from, days: days)
            let holidays = found.map { "\($0.holiday.name) (\(DateWords.weekdayDate($0.holiday.date)))" }
            return ClientLine(client: client.name, holidays: holidays.isEmpty ? "No public holiday in these days." : holidays.joined(separator: "; ") + ".",
                              brief: client.schedule.holidayRegion.flatMap { ClientBriefLink(region: $0) })
        }
    }
}
