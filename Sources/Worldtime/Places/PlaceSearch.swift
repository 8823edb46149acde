import Foundation

/// Finds places by what a person types: a city in any common spelling ("Bangalore", "krakow",
/// "KRAKÓW"), or a zone name ("Asia/Manila"). Backs the zone and region picker.
///
/// A search reads every place once at most (12,000 here), so it needs no index and no lock.
public struct PlaceSearch: Sendable {
    /// How many places a search returns when the caller does not say.
    public static let defaultLimit = 10
    /// Longer input is cut: no city name is longer, and the work stays bounded.
    public static let maxQueryLength = 80

    /// Every place, most populous first.
    public let places: [Place]
    /// Folded words of one name: "new", "york", "city".
    typealias Words = [[UInt8]]
    /// Per place, the words of each of its names; the first entry is the display name.
    private let names: [[Words]]
    /// Per place, the words of its zone ("asia", "manila").
    private let zoneWords: [Words]

    /// The bundled GeoNames places, read on first use.
    public static let bundled: PlaceSearch = {
        guard let url = Bundle.module.url(forResource: "places", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return PlaceSearch(places: []) }
        return PlaceSearch(tsv: text)
    }()

    /// Reads `places.tsv`: name, other names split by "|", country, subdivision, zone, population.
    public init(tsv: String) {
        var places: [Place] = []
        // Split the UTF-8 bytes: the separators are ASCII, and Characters cost twice the load time.
        for line in tsv.utf8.split(separator: 0x0A) where line.first != 0x23 {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 6, let population = Int(fields[5]) else { continue }
            places.append(Place(
                name: fields[0], otherNames: fields[1].split(separator: "|").map(String.init),
                country: fields[2], subdivision: fields[3].isEmpty ? nil : fields[3],
                zone: fields[4], population: population
            ))
        }
        self.init(places: places)
    }

    public init(places: [Place]) {
        self.places = places.enumerated().sorted { a, b in
            a.element.population != b.element.population ? a.element.population > b.element.population : a.offset < b.offset
        }.map(\.element)
        var cache: [Character: [UInt8]] = [:]
        names = self.places.map { place in ([place.name] + place.otherNames).map { SearchText.words($0, cache: &cache) } }
        zoneWords = self.places.map { SearchText.words($0.zone, cache: &cache) }
    }

    /// Places whose name or other name starts with the typed words, or whose zone does.
    ///
    /// Ranked: a name typed in full ("Toronto", "Bangalore") first, then names that start with
    /// the words, then places in a zone the words name; by population within each.
    public func search(_ text: String, limit: Int = PlaceSearch.defaultLimit) -> [Place] {
        let query = Array(SearchText.words(text.prefix(PlaceSearch.maxQueryLength)).prefix(8))
        guard !query.isEmpty, limit > 0 else { return [] }
        // Longest typed word first: it has the fewest words it can start.
        let typed = query.sorted { $0.count > $1.count }
        var exact: [Int] = [], starting: [Int] = [], inZone: [Int] = []
        for index in places.indices {
            if names[index].contains(where: { $0 == query }) {
                exact.append(index)
                if exact.count == limit { break }
            } else if starting.count < limit, names[index].contains(where: { PlaceSearch.starts($0, with: typed) }) {
                starting.append(index)
            } else if inZone.count < limit, PlaceSearch.starts(zoneWords[index], with: typed) {
                inZone.append(index)
            }
        }
        return (exact + starting + inZone).prefix(limit).map { places[$0] }
    }

    /// Places whose clocks follow `zone`, most populous first: what to offer for the browser's zone.
    ///
    /// Browsers built on ICU report old names (Chrome says Asia/Calcutta); an old name is the
    /// IANA link to a current zone with the same data, so it finds that zone's places.
    public func places(in zone: String) -> [Place] {
        let exact = places.filter { $0.zone == zone }
        guard exact.isEmpty, let data = TimeZoneDatabase.shared.rawFile(zone) else { return exact }
        let same = Set(places.lazy.map(\.zone)).filter { TimeZoneDatabase.shared.rawFile($0) == data }
        return places.filter { same.contains($0.zone) }
    }

    /// The place to suggest for a zone: the city it is named after (Kolkata for Asia/Kolkata)
    /// when the data has it, else the zone's most populous place; nil for a zone with none.
    public func bestPlace(for zone: String) -> Place? {
        let inZone = places(in: zone)
        let cities = Set(([zone] + inZone.map(\.zone)).map { SearchText.words($0.split(separator: "/").last ?? "") })
        return inZone.first { cities.contains(SearchText.words($0.name)) } ?? inZone.first
    }

    /// Whether every typed word (longest first) starts some word of the name, each name word
    /// used once, so "new y" finds New York and "san san" does not find San Jose.
    static func starts(_ name: Words, with typed: Words) -> Bool {
        guard typed.count <= name.count else { return false }
        if typed.count == 1 { return name.contains { $0.starts(with: typed[0]) } }
        guard name.count <= 64 else { return false }
        var used: UInt64 = 0
        for word in typed {
            guard let found = name.indices.first(where: { used & (1 << $0) == 0 && name[$0].starts(with: word) }) else { return false }
            used |= 1 << found
        }
        return true
    }
}
