/// A publication a scale position leans on: cited by title, author or publisher and year,
/// never by an address we cannot check. Listed once in `Resources/sources.yaml`; placements
/// refer to it by id.
public struct CultureSource: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var author: String
    public var year: Int
    /// How Crosswise uses it ("as a reading, never its scores").
    public var use: String

    public init(id: String, title: String, author: String, year: Int, use: String) {
        self.id = id; self.title = title; self.author = author; self.year = year; self.use = use
    }

    /// “Edward T. Hall, “Beyond Culture”, 1976”: the author without the publisher and the title
    /// without its subtitle, for a line under a scale.
    public var citation: String {
        let who = author.components(separatedBy: " (").first ?? author
        let short = title.components(separatedBy: ":").first ?? title
        return "\(who), “\(short)”, \(year)"
    }

    /// Everything: author, publisher, full title, year.
    public var fullCitation: String { "\(author), “\(title)”, \(year)" }
}

/// `sources.yaml`: the statement about whose positions these are, and the sources.
struct SourceList: Codable, Sendable {
    var positions: String
    var sources: [CultureSource]
}
