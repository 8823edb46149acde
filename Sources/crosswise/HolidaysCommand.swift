import ArgumentParser
import Foundation
import Worldtime

struct HolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the public holidays of a country or subdivision.",
        discussion: "Examples: crosswise holidays IN-KA 2027; crosswise holidays US-NY; crosswise holidays --regions")

    @Argument(help: "Country or subdivision code (ISO 3166): IN, IN-KA, US-NY, GB-SCT.") var region: String?
    @Argument(help: "Year (default: this year).") var year: Int?
    @Flag(help: "List the countries and subdivisions with built-in calendars.") var regions = false
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if let year, !PublicHolidays.years.contains(year) {
            throw ValidationError("the year must be between \(PublicHolidays.years.lowerBound) and \(PublicHolidays.years.upperBound), not \(year)")
        }
    }

    func run() throws {
        if regions {
            for country in PublicHolidays.countries {
                let subs = PublicHolidays.subdivisions(of: country)
                print("\(country)  \(Regions.countryName(country) ?? "")\(subs.isEmpty ? "" : ": " + subs.joined(separator: " "))")
            }
            return
        }
        guard let region else { throw ValidationError("name a region, e.g. crosswise holidays IN-KA 2027 (or --regions for the list)") }
        let y = year ?? Calendar(identifier: .gregorian).component(.year, from: Date())
        let result: HolidayYear
        do { result = try PublicHolidays.holidays(in: region, year: y) } catch { throw CommandFailure(error.description) }
        if json {
            struct Row: Encodable { var date: String; var weekday: String; var name: String; var substitute: Bool }
            struct Out: Encodable { var region: String; var year: Int; var holidays: [Row]; var notes: [String] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let out = Out(region: result.region, year: y, holidays: result.holidays.map { .init(date: $0.date.description, weekday: $0.date.weekday.name, name: $0.name, substitute: $0.isSubstitute) }, notes: result.notes)
            print(String(decoding: try encoder.encode(out), as: UTF8.self))
            return
        }
        let place = Regions.subdivisionName(result.region) ?? Regions.countryName(result.region) ?? result.region
        print("Public holidays, \(place) (\(result.region)), \(y): \(result.holidays.count)")
        for h in result.holidays {
            print("  \(h.date)  \(h.date.weekday.shortName)  \(h.name)")
        }
        for note in result.notes { print("Note: \(note)") }
        if PublicHolidays.subdivisions(of: String(result.region.prefix(2))).isEmpty == false,
           result.region.count == 2 {
            print("Subdivisions add their own days; try \(PublicHolidays.subdivisions(of: result.region).prefix(3).joined(separator: ", ")).")
        }
    }
}
