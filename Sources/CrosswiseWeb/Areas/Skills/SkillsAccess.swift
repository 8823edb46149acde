import CrosswiseStore
import Foundation
import Hummingbird
import Skills
import Worldtime

extension AppServices {
    func skills(for viewer: Viewer) -> SkillsBook { SkillsBook(db: db, organizationID: viewer.organizationID) }

    /// "23 Nov 2026" on the viewer's clock.
    func shortDate(_ date: Date?, for viewer: Viewer) -> String {
        guard let date else { return "" }
        let local = LocalTime(date, in: viewer.zone)
        return Self.dayMonthYear(year: local.year, month: local.month, day: local.day)
    }

    /// "15 Jan 2027" from an ISO date; the text itself if it is not one.
    static func shortDate(iso: String) -> String {
        guard let date = CivilDate(iso: iso) else { return iso }
        return dayMonthYear(year: date.year, month: date.month, day: date.day)
    }

    static func dayMonthYear(year: Int, month: Int, day: Int) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(day) \(months[max(0, min(11, month - 1))]) \(year)"
    }
}

/// A competency's short name for tight places (chart labels): the part before " and ".
func shortName(_ name: String) -> String {
    name.components(separatedBy: " and ").first ?? name
}

/// Level numbers as people read them: "4", "3.5".
func levelText(_ level: Double) -> String {
    level == level.rounded() ? String(Int(level)) : String(format: "%.1f", level)
}
