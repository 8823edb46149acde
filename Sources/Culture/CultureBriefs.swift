import Foundation
import Yams

/// Every country brief that ships with Crosswise and the sources their scales cite, read and
/// validated once. A broken bundled file is a bug in the build, so it stops the program with
/// every problem listed, each naming its file and field.
public struct CultureBriefs: Sendable {
    /// Sorted by code.
    public let countries: [CountryBrief]
    public let sources: [CultureSource]
    /// Whose positions these are; shown wherever the scales are.
    public let positionsNote: String

    /// Shown on every page and in every output that carries a brief.
    public static let peopleVary = "People vary: a brief is a starting point, never a picture of the one person you serve."

    public static let builtIn: CultureBriefs = {
        do {
            return try load(from: Bundle.module)
        } catch {
            fatalError("Culture: the built-in briefs are invalid:\n\(error)")
        }
    }()

    static func load(from bundle: Bundle) throws -> CultureBriefs {
        guard let sourcesURL = bundle.url(forResource: "sources", withExtension: "yaml"),
              let folder = bundle.url(forResource: "briefs", withExtension: nil) else {
            throw CultureProblems(["Resources/sources.yaml or Resources/briefs is missing from the bundle"])
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var files: [(name: String, text: String)] = []
        for name in names {
            files.append((name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)))
        }
        return try CultureBriefs(sources: String(contentsOf: sourcesURL, encoding: .utf8), briefs: files)
    }

    /// Reads the source list and one YAML text per country, then checks every rule; throws
    /// `CultureProblems` listing all problems (not only the first) so one pass fixes them.
    public init(sources sourcesYAML: String, briefs files: [(name: String, text: String)]) throws {
        var problems: [String] = []
        var list = SourceList(positions: "", sources: [])
        do { list = try YAMLDecoder().decode(SourceList.self, from: sourcesYAML) } catch { problems.append("sources.yaml: \(Self.describe(error))") }
        problems += Self.problems(in: list)
        let known = Set(list.sources.map(\.id))
        var countries: [CountryBrief] = []
        var seen: [String: String] = [:]
        for file in files {
            let brief: CountryBrief
            do { brief = try YAMLDecoder().decode(CountryBrief.self, from: file.text) } catch {
                problems.append("\(file.name): \(Self.describe(error))")
                continue
            }
            problems += brief.problems(knownSources: known).map { "\(file.name): \($0)" }
            if file.name.hasSuffix(".yaml"), file.name.dropLast(5).uppercased() != brief.code {
                problems.append("\(file.name): code “\(brief.code)” does not match the file name")
            }
            if let other = seen[brief.code] { problems.append("\(file.name): code “\(brief.code)” is already used by \(other)") }
            seen[brief.code] = file.name
            countries.append(brief)
        }
        if files.isEmpty { problems.append("no country briefs") }
        guard problems.isEmpty else { throw CultureProblems(problems) }
        self.countries = countries.sorted { $0.code < $1.code }
        self.sources = list.sources
        self.positionsNote = list.positions
    }

    /// Case-insensitive; surrounding spaces ignored.
    public func country(_ code: String) -> CountryBrief? {
        let wanted = code.trimmingCharacters(in: .whitespaces).uppercased()
        return countries.first { $0.code == wanted }
    }

    public func source(_ id: String) -> CultureSource? { sources.first { $0.id == id } }

    static func problems(in list: SourceList) -> [String] {
        var problems: [String] = []
        if list.positions.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems.append("sources.yaml: positions must say whose judgement the positions are")
        }
        var ids = Set<String>()
        for s in list.sources {
            let name = "sources.yaml: source “\(s.id)”"
            if s.id.isEmpty { problems.append("sources.yaml: a source has no id") }
            if !ids.insert(s.id).inserted { problems.append("\(name) appears twice") }
            if s.title.isEmpty || s.author.isEmpty { problems.append("\(name) needs a title and an author or publisher") }
            if !(1900...2100).contains(s.year) { problems.append("\(name): year \(s.year) is not a publication year") }
            if (s.title + s.author + s.use).lowercased().contains("http") { problems.append("\(name) carries an address; cite title, author and year only") }
        }
        if list.sources.isEmpty { problems.append("sources.yaml lists no sources") }
        return problems
    }

    /// A decoding error as a field path ("scales.leading.position: expected a whole number"),
    /// never the decoder's Swift type names.
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let trimmed = text.hasPrefix(".") ? String(text.dropFirst()) : text
            return trimmed.isEmpty ? "the file" : trimmed
        }
        guard let error = error as? DecodingError else { return "not valid YAML: \(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            return parent == "the file" ? "“\(key.stringValue)” is missing" : "\(parent).\(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) has the wrong kind of value"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)) cannot be read (\(context.debugDescription))"
        @unknown default:
            return "the file could not be read"
        }
    }
}

/// Everything wrong with the briefs, one line per problem, each starting with the file name.
public struct CultureProblems: Error, CustomStringConvertible, Equatable {
    public let problems: [String]
    public init(_ problems: [String]) { self.problems = problems }
    public var description: String { problems.map { "  - \($0)" }.joined(separator: "\n") }
}
