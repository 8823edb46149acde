import Foundation

/// ISO 3166-1 countries and ISO 3166-2 subdivisions, bundled from Debian's iso-codes
/// (scripts/refresh-regions.py), so validation needs nothing installed at run time.
public enum Regions {
    /// "IN" → "India", "IN-KA" → "Karnātaka".
    public static let names: [String: String] = {
        guard let url = Bundle.module.url(forResource: "regions", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var names: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            if fields.count == 2 { names[String(fields[0])] = String(fields[1]) }
        }
        return names
    }()

    public static func countryName(_ code: String) -> String? {
        code.count == 2 ? names[code] : nil
    }

    public static func subdivisionName(_ code: String) -> String? {
        code.contains("-") ? names[renamed[code] ?? code] : nil
    }

    /// Subdivision codes ISO replaced (India's 2023 changes), old to new. The old codes are still
    /// accepted and read as the new ones, so stored records keep working.
    public static let renamed = ["IN-CT": "IN-CG", "IN-OR": "IN-OD", "IN-TG": "IN-TS", "IN-UT": "IN-UK"]

    /// Country codes with names, sorted by name, for pickers in forms.
    public static let countries: [(code: String, name: String)] = names
        .filter { $0.key.count == 2 }
        .map { (code: $0.key, name: $0.value) }
        .sorted { $0.name < $1.name }

    /// Checks a country code ("in" is accepted and upper-cased).
    public static func country(_ text: String) throws(RegionError) -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard !code.isEmpty else { throw .emptyCountry }
        guard countryName(code) != nil else { throw .unknownCountry(code) }
        return code
    }

    /// Checks a subdivision code against its country: "IN-KA" for "IN". Empty is allowed.
    public static func subdivision(_ text: String, in country: String) throws(RegionError) -> String? {
        let typed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let code = renamed[typed] ?? typed
        guard !code.isEmpty else { return nil }
        guard subdivisionName(code) != nil else { throw .unknownSubdivision(code) }
        guard code.hasPrefix(country + "-") else { throw .subdivisionOutsideCountry(code, country) }
        return code
    }

    /// The usual weekend of a country, from CLDR's week data: most of the world rests on
    /// Saturday and Sunday, much of the Middle East on Friday and Saturday, India officially on
    /// Sunday only (many offices also close on Saturday; people override it per person).
    public static func defaultWeekend(for country: String) -> WeekdaySet {
        switch country {
        case "AF": WeekdaySet([.thursday, .friday])
        case "IR": WeekdaySet([.friday])
        case "DZ", "BH", "EG", "IQ", "IL", "JO", "KW", "LY", "OM", "QA", "SA", "SD", "SY", "YE":
            WeekdaySet([.friday, .saturday])
        case "IN", "UG": WeekdaySet([.sunday])
        default: WeekdaySet([.saturday, .sunday])
        }
    }
}

public enum RegionError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyCountry
    case unknownCountry(String)
    case unknownSubdivision(String)
    case subdivisionOutsideCountry(String, String)

    public var description: String {
        switch self {
        case .emptyCountry: "A country is required: a two-letter ISO 3166-1 code such as IN, PH or US"
        case .unknownCountry(let code): "“\(code)” is not an ISO 3166-1 country code; use two letters such as IN, PH or GB"
        case .unknownSubdivision(let code): "“\(code)” is not an ISO 3166-2 subdivision; use a code such as IN-KA or US-NY"
        case .subdivisionOutsideCountry(let code, let country): "“\(code)” is not in \(country)"
        }
    }
}
