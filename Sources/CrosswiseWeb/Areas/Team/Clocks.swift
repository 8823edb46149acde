import CrosswiseStore
import Foundation
import Worldtime

/// A person's or client's clock as the team page shows it: local time, day, offset and status.
struct ClockView: Sendable {
    let name: String
    let href: String?
    let place, time, day: String
    /// "tomorrow" or "yesterday" when the local date differs from the viewer's.
    let dayShift: String?
    let offset, status, statusClass, detail: String
    let isYou, isLead: Bool
    let hours: String
}

/// Builds clocks for one instant, reusing each zone's reading and each schedule's status: a
/// team of 250 on a handful of schedules costs a handful of readings, not 250.
struct ClockReader {
    let instant: Date
    let viewerZone: TimeZoneName
    /// Each site's city and zone, to name where a person is (see `personPlace`).
    let sites: [UUID: Site]
    private var cache: [String: LocalTime] = [:]
    private var statusCache: [String: (status: WorkStatus, wait: Int?)] = [:]
    private var hoursCache: [String: WeeklyHours] = [:]
    private var weekendCache: [String: WeekdaySet] = [:]

    init(instant: Date, viewerZone: String, sites: [Site] = []) {
        self.instant = instant
        self.viewerZone = (try? TimeZoneName(viewerZone)) ?? (try! TimeZoneName("UTC"))
        self.sites = Dictionary(sites.compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
    }

    mutating func local(_ zone: String) -> LocalTime {
        if let hit = cache[zone] { return hit }
        let reading = LocalTime(instant, in: (try? TimeZoneName(zone)) ?? viewerZone)
        cache[zone] = reading
        return reading
    }

    mutating func clock(for entry: RosterEntry, viewerID: UUID?) -> ClockView {
        let hours = hoursCache[entry.workingHours] ?? {
            let parsed = (try? WeeklyHours.parse(entry.workingHours)) ?? WeeklyHours(); hoursCache[entry.workingHours] = parsed; return parsed
        }()
        let weekend = weekendCache[entry.weekend] ?? {
            let parsed = (try? WeekdaySet.parse(entry.weekend)) ?? WeekdaySet([]); weekendCache[entry.weekend] = parsed; return parsed
        }()
        let site = entry.siteID.flatMap { sites[$0] }
        // Stored hours are already in canonical text form, so show them as stored.
        return clock(name: entry.name, place: personPlace(zone: entry.timeZone, siteCity: site?.city, siteZone: site?.timeZone),
                     zone: entry.timeZone, hours: hours, weekend: weekend, isYou: entry.id == viewerID, isLead: entry.isLead,
                     hoursText: entry.workingHours)
    }

    mutating func clock(for client: Client) -> ClockView {
        let hours = (try? WeeklyHours.parse(client.businessHours)) ?? WeeklyHours()
        let zone = (try? TimeZoneName(client.timeZone)) ?? viewerZone
        // The client's own schedule carries its country's public holidays.
        let schedule = (try? Participant(client: client))?.schedule
        return clock(name: client.name, place: zone.city, zone: client.timeZone, hours: hours,
                     weekend: schedule?.weekend ?? Regions.defaultWeekend(for: client.country), isYou: false, isLead: false, isClient: true,
                     schedule: schedule)
    }

    /// The status as the planner reads it (sleep hours, early, late...), once per schedule.
    private mutating func status(zone: String, hours: WeeklyHours, weekend: WeekdaySet, local: LocalTime,
                                 schedule given: WorkSchedule?) -> (status: WorkStatus, wait: Int?) {
        let key = "\(zone)|\(hours.text)|\(weekend.days.map(\.rawValue).sorted())|\(given?.holidayRegion ?? "")"
        if let hit = statusCache[key] { return hit }
        let schedule = given ?? WorkSchedule(zone: (try? TimeZoneName(zone)) ?? viewerZone, hours: hours, weekend: weekend)
        let status = WorkStatus.at(instant, schedule: schedule)
        let found = (status, status == .working ? nil : hours.minutesUntilNextStart(from: local))
        statusCache[key] = found
        return found
    }

    private mutating func clock(name: String, place: String, zone: String, hours: WeeklyHours, weekend: WeekdaySet,
                                isYou: Bool, isLead: Bool, isClient: Bool = false, hoursText: String? = nil,
                                schedule: WorkSchedule? = nil) -> ClockView {
        let local = local(zone)
        let mine = self.local(viewerZone.identifier)
        let (status, wait) = self.status(zone: zone, hours: hours, weekend: weekend, local: local, schedule: schedule)
        let detail = status == .working ? (isClient ? "Open now" : "On shift")
            : wait.map { (isClient ? "Opens in " : "Starts in ") + durationText(minutes: $0) } ?? "No hours set"
        let dateKey = local.year * 10000 + local.month * 100 + local.day
        let myKey = mine.year * 10000 + mine.month * 100 + mine.day
        // A client's office is open or closed; "sleep hours" belong to people.
        let tone = isClient ? (status == .working ? "ok" : "off") : status.tone
        return ClockView(
            name: name, href: nil, place: place, time: local.clockText, day: local.dayText,
            dayShift: dateKey == myKey ? nil : (dateKey > myKey ? "tomorrow" : "yesterday"),
            offset: local.offsetText, status: isClient ? status.clientLabel : status.label, statusClass: tone,
            detail: detail, isYou: isYou, isLead: isLead, hours: (hoursText ?? hours.text).isEmpty ? "—" : (hoursText ?? hours.text))
    }
}
