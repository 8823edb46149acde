import CrosswiseStore
import Foundation
import Worldtime

/// A person's or client's clock as pages show it: local time, day, offset and status.
struct ClockView: Sendable {
    let name: String
    let href: String?
    let place: String
    let time: String
    let day: String
    /// "tomorrow" or "yesterday" when the local date differs from the viewer's.
    let dayShift: String?
    let offset: String
    let status: String
    let statusClass: String
    let detail: String
    let isYou: Bool
    let isLead: Bool
    let hours: String
}

/// Builds clocks for one instant, reusing each zone's reading: a team of 250 in three zones
/// costs three calendar conversions, not 250.
struct ClockReader {
    let instant: Date
    let viewerZone: TimeZoneName
    private var cache: [String: LocalTime] = [:]

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

    mutating func clock(for person: Person, viewerID: UUID?, isLead: Bool = false, href: String? = nil) -> ClockView {
        let hours = (try? WeeklyHours.parse(person.workingHours)) ?? WeeklyHours()
        let weekend = (try? WeekdaySet.parse(person.weekend)) ?? WeekdaySet([])
        let zone = (try? TimeZoneName(person.timeZone)) ?? viewerZone
        return clock(name: person.name, place: zone.city, zone: person.timeZone, hours: hours, weekend: weekend,
                     isYou: person.id == viewerID, isLead: isLead, href: href)
    }

    mutating func clock(for client: Client) -> ClockView {
        let hours = (try? WeeklyHours.parse(client.businessHours)) ?? WeeklyHours()
        let zone = (try? TimeZoneName(client.timeZone)) ?? viewerZone
        return clock(name: client.name, place: zone.city, zone: client.timeZone, hours: hours,
                     weekend: Regions.defaultWeekend(for: client.country), isYou: false, isLead: false, href: nil, isClient: true)
    }

    mutating func clock(name: String, place: String, zone: String, hours: WeeklyHours, weekend: WeekdaySet,
                        isYou: Bool, isLead: Bool, href: String?, isClient: Bool = false) -> ClockView {
        let local = local(zone)
        let mine = self.local(viewerZone.identifier)
        let status = WorkStatus.at(local, hours: hours, weekend: weekend)
        let detail: String
        if status == .working {
            detail = isClient ? "Open now" : "On shift"
        } else if let wait = hours.minutesUntilNextStart(from: local) {
            detail = (isClient ? "Opens in " : "Starts in ") + durationText(minutes: wait)
        } else {
            detail = "No hours set"
        }
        let dateKey = local.year * 10000 + local.month * 100 + local.day
        let myKey = mine.year * 10000 + mine.month * 100 + mine.day
        return ClockView(
            name: name, href: href, place: place, time: local.clockText, day: local.dayText,
            dayShift: dateKey == myKey ? nil : (dateKey > myKey ? "tomorrow" : "yesterday"),
            offset: local.offsetText,
            status: isClient && status == .offShift ? "closed" : status.rawValue,
            statusClass: status == .working ? "ok" : (status == .asleep ? "night" : "off"),
            detail: detail, isYou: isYou, isLead: isLead, hours: hours.text.isEmpty ? "—" : hours.text)
    }
}
