import CrosswiseStore
import Foundation
import Worldtime

/// A person's or client's clock as pages show it: local time, day, offset and status.
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

/// Builds clocks for one instant, reusing each zone's reading: a team of 250 in three zones
/// costs three calendar conversions, not 250.
struct ClockReader {
    let instant: Date
    let viewerZone: TimeZoneName
    private var cache: [String: LocalTime] = [:]
    // Most of a team shares a handful of schedules; parse each text once per page.
    private var hoursCache: [String: WeeklyHours] = [:]
    private var weekendCache: [String: WeekdaySet] = [:]
    private var cityCache: [String: String] = [:]

    init(instant: Date, viewerZone: String) {
        self.instant = instant
        self.viewerZone = (try? TimeZoneName(viewerZone)) ?? (try! TimeZoneName("UTC"))
    }

    mutating func local(_ zone: String) -> LocalTime {
        if let hit = cache[zone] { return hit }
        let reading = LocalTime(instant, in: (try? TimeZoneName(zone)) ?? viewerZone)
        cache[zone] = reading
        return reading
    }

    mutating func clock(for person: Person, viewerID: UUID?) -> ClockView {
        personClock(name: person.name, zone: person.timeZone, hours: person.workingHours, weekend: person.weekend,
                    isYou: person.id == viewerID, isLead: false)
    }

    mutating func clock(for entry: RosterEntry, viewerID: UUID?) -> ClockView {
        personClock(name: entry.name, zone: entry.timeZone, hours: entry.workingHours, weekend: entry.weekend,
                    isYou: entry.id == viewerID, isLead: entry.isLead)
    }

    private mutating func personClock(name: String, zone zoneText: String, hours hoursText: String, weekend weekendText: String,
                                      isYou: Bool, isLead: Bool) -> ClockView {
        let hours = hoursCache[hoursText] ?? { let parsed = (try? WeeklyHours.parse(hoursText)) ?? WeeklyHours(); hoursCache[hoursText] = parsed; return parsed }()
        let weekend = weekendCache[weekendText] ?? { let parsed = (try? WeekdaySet.parse(weekendText)) ?? WeekdaySet([]); weekendCache[weekendText] = parsed; return parsed }()
        let city = cityCache[zoneText] ?? { let city = ((try? TimeZoneName(zoneText)) ?? viewerZone).city; cityCache[zoneText] = city; return city }()
        // Stored hours are already in canonical text form, so show them as stored.
        return clock(name: name, place: city, zone: zoneText, hours: hours, weekend: weekend, isYou: isYou, isLead: isLead, hoursText: hoursText)
    }

    mutating func clock(for client: Client) -> ClockView {
        let hours = (try? WeeklyHours.parse(client.businessHours)) ?? WeeklyHours()
        let zone = (try? TimeZoneName(client.timeZone)) ?? viewerZone
        return clock(name: client.name, place: zone.city, zone: client.timeZone, hours: hours,
                     weekend: Regions.defaultWeekend(for: client.country), isYou: false, isLead: false, isClient: true)
    }

    mutating func clock(name: String, place: String, zone: String, hours: WeeklyHours, weekend: WeekdaySet,
                        isYou: Bool, isLead: Bool, isClient: Bool = false, hoursText: String? = nil) -> ClockView {
        let local = local(zone)
        let mine = self.local(viewerZone.identifier)
        let status = WorkStatus.at(local, hours: hours, weekend: weekend)
        let wait = status == .working ? nil : hours.minutesUntilNextStart(from: local)
        let detail = status == .working ? (isClient ? "Open now" : "On shift")
            : wait.map { (isClient ? "Opens in " : "Starts in ") + durationText(minutes: $0) } ?? "No hours set"
        let dateKey = local.year * 10000 + local.month * 100 + local.day
        let myKey = mine.year * 10000 + mine.month * 100 + mine.day
        return ClockView(
            name: name, href: nil, place: place, time: local.clockText, day: local.dayText,
            dayShift: dateKey == myKey ? nil : (dateKey > myKey ? "tomorrow" : "yesterday"),
            offset: local.offsetText,
            status: isClient && status == .offShift ? "closed" : status.rawValue,
            statusClass: status == .working ? "ok" : (status == .asleep ? "night" : "off"),
            detail: detail, isYou: isYou, isLead: isLead, hours: (hoursText ?? hours.text).isEmpty ? "—" : (hoursText ?? hours.text))
    }
}
