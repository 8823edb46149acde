import Foundation

/// A competency's short name for tight places (chart labels): the part before " and ".
func shortName(_ name: String) -> String {
    name.components(separatedBy: " and ").first ?? name
}

/// Level numbers as people read them: "4", "3.5".
func levelText(_ level: Double) -> String {
    level == level.rounded() ? String(Int(level)) : String(format: "%.1f", level)
}
