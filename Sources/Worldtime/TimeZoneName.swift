import Foundation

/// An IANA time zone name that Crosswise has checked, such as "Asia/Manila".
///
/// Old names that IANA keeps as links (Asia/Calcutta, US/Eastern) are accepted and kept as
/// typed, so a person sees the name they chose. Abbreviations ("IST", "EST") and raw offsets are
/// refused: they are ambiguous or ignore daylight saving time, which is the mistake a meeting
/// planner exists to prevent.
public struct TimeZoneName: Hashable, Sendable, CustomStringConvertible {
    public let identifier: String

    public init(_ text: String) throws(TimeZoneNameError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .empty }
        guard TimeZoneName.isKnown(trimmed) else { throw .unknown(trimmed) }
        identifier = trimmed
    }

    public var description: String { identifier }

    /// A name must be in the IANA data (`TimeZoneDatabase`) and have the Area/Location shape
    /// (or be UTC), so that "EST", "CET" or "Etc/GMT+5" never pass as a person's zone even
    /// though the data has files by those names.
    static func isKnown(_ name: String) -> Bool {
        if name == "UTC" || name == "Etc/UTC" { return true }
        guard name.contains("/"), !name.hasPrefix("Etc/") else { return false }
        return TimeZoneDatabase.shared.contains(name)
    }

    /// Zone names for pickers in forms: current Area/Location names, without the old aliases
    /// kept for compatibility (US/Eastern, Canada/Pacific ...), which are still accepted.
    public static let all: [String] = TimeZoneDatabase.shared.names.filter { name in
        guard let area = name.split(separator: "/").first, name.contains("/") else { return false }
        return ["Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"].contains(String(area))
    } + ["UTC"]

    /// The zone's rules from the IANA data.
    public var rules: ZoneRules? { TimeZoneDatabase.shared.rules(for: identifier == "UTC" ? "Etc/UTC" : identifier) }

    /// "Manila" from "Asia/Manila", "New York" from "America/New_York".
    public var city: String {
        (identifier.split(separator: "/").last.map(String.init) ?? identifier).replacingOccurrences(of: "_", with: " ")
    }
}

public enum TimeZoneNameError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case unknown(String)

    public var description: String {
        switch self {
        case .empty: "A time zone is required, for example Asia/Manila"
        case .unknown(let name): "“\(name)” is not an IANA time zone; use a name like Asia/Kolkata or America/New_York"
        }
    }
}
