import ArgumentParser
import Culture
import Foundation

/// `crosswise culture`: the cultural briefs from the command line. The text and JSON come from
/// `CultureText` in the engine, where they are tested.
struct CultureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "culture",
        abstract: "Read a country's cultural brief, or the pair view for you and a client's country.",
        discussion: """
        Examples: crosswise culture --list; crosswise culture DE; crosswise culture PH --with DE --json.
        With --with, the first country is yours (where you work) and the second the client's.
        """)

    @Argument(help: ArgumentHelp("Country code (ISO 3166-1 alpha-2, any case): DE, jp, PH.", valueName: "country"))
    var country: String?
    @Option(name: .customLong("with"), help: ArgumentHelp("The client's country, for the pair view.", valueName: "country"))
    var client: String?
    @Flag(help: "List the countries with a brief.") var list = false
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if list && (country != nil || client != nil) { throw ValidationError("--list takes no country") }
        if !list && country == nil { throw ValidationError("name a country, e.g. crosswise culture DE (or --list for the list)") }
        // Codes come from a person's typing: two letters, or a short mistake to suggest from.
        for code in [country, client].compactMap({ $0 }) where code.count > 40 { throw ValidationError("“\(code.prefix(40))…” is not a country code") }
    }

    func run() throws {
        let briefs = CultureBriefs.builtIn
        if list {
            print(json ? CultureText.listJSON(briefs) : CultureText.list(briefs))
            return
        }
        let yours = try Self.find(country ?? "", in: briefs)
        if let client {
            let view = PairView(yours: yours, theirs: try Self.find(client, in: briefs))
            print(json ? CultureText.pairJSON(view, in: briefs) : CultureText.pair(view, in: briefs))
        } else {
            print(json ? CultureText.briefJSON(yours, in: briefs) : CultureText.brief(yours, in: briefs))
        }
    }

    /// An unknown code is a usage mistake (exit 2) that names the closest codes.
    static func find(_ code: String, in briefs: CultureBriefs) throws -> CountryBrief {
        if let brief = briefs.country(code) { return brief }
        throw InputFailure(briefs.unknownCodeMessage(code))
    }
}
