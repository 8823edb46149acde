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

    /// Foundation knows the names through ICU; a name also needs the Area/Location shape (or to
    /// be UTC) so that "EST" or "GMT+5" never passes as a zone.
    static func isKnown(_ name: String) -> Bool {
        if name == "UTC" || name == "Etc/UTC" { return true }
        guard name.contains("/"), !name.hasPrefix("Etc/GMT") || name == "Etc/GMT" else { return false }
        if known.contains(name) { return true }
        return TimeZone(identifier: name) != nil && name.first?.isUppercase == true
    }

    private static let known = Set(TimeZone.knownTimeZoneIdentifiers)

    /// Every canonical zone name, sorted, for pickers in forms.
    public static let all: [String] = known.filter { $0.contains("/") && !$0.hasPrefix("Etc/") }.sorted() + ["UTC"]

    /// The Foundation zone, for local times on pages until the Worldtime TZif reader replaces it.
    public var timeZone: TimeZone { TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")! }

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
        case .empty: "is required, for example Asia/Manila"
        case .unknown(let name): "“\(name)” is not an IANA time zone; use a name like Asia/Kolkata or America/New_York"
        }
    }
}
