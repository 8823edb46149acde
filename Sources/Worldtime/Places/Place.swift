/// A city a person or client can be placed in: its name, its country and subdivision, and the
/// IANA zone its clocks follow. From GeoNames (CC BY 4.0) through `places.tsv`.
public struct Place: Hashable, Sendable {
    /// The name as GeoNames writes it in English: "Kraków", "Bengaluru", "Cebu City".
    public let name: String
    /// Other names people type for it: "Cracow", "Bangalore".
    public let otherNames: [String]
    /// ISO 3166-1: "PL".
    public let country: String
    /// ISO 3166-2 as in `Regions` ("IN-KA"), or nil where it could not be derived reliably.
    public let subdivision: String?
    /// IANA zone: "Europe/Warsaw".
    public let zone: String
    public let population: Int

    public init(name: String, otherNames: [String] = [], country: String, subdivision: String?, zone: String, population: Int) {
        self.name = name
        self.otherNames = otherNames
        self.country = country
        self.subdivision = subdivision
        self.zone = zone
        self.population = population
    }

    /// "Kraków, Poland" or "Bengaluru, Karnātaka, India", for a picker's list.
    public var label: String {
        let region = subdivision.flatMap(Regions.subdivisionName)
        let country = Regions.countryName(country) ?? country
        return ([name] + (region.map { [$0] } ?? []) + [country]).joined(separator: ", ")
    }
}
