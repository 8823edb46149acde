import Foundation

/// The briefs and the pair view as plain text and as JSON, for the command line and any tool
/// that reads it. Every output carries the "people vary" line.
public enum CultureText {
    public static func list(_ briefs: CultureBriefs) -> String {
        var out = [CultureBriefs.peopleVary, ""]
        for c in briefs.countries { out.append("\(c.code)  \(c.name) — \(c.languages.joined(separator: ", "))") }
        return finish(out)
    }

    public static func brief(_ c: CountryBrief, in briefs: CultureBriefs) -> String {
        var out = ["\(c.name) (\(c.code)) — languages: \(c.languages.joined(separator: ", "))", CultureBriefs.peopleVary, ""]
        for section in BriefSection.allCases {
            out.append(section.title)
            out.append(wrap(c.section(section), indent: "  "))
            out.append("")
        }
        out.append("Phrases")
        for p in c.phrases {
            let latin = p.transliteration.map { " (\($0))" } ?? ""
            out.append("  \(p.text)\(latin) — say “\(p.pronunciation)” — \(p.meaning) [\(p.language)]")
        }
        out.append("")
        out.append("Scales (1 to 9; \(briefs.positionsNote))")
        for scale in CultureScale.allCases {
            guard let p = c.placement(scale) else { continue }
            out.append("  \(scale.title): \(p.position) — \(bar(p.position)) — 1 \(scale.low), 9 \(scale.high)")
            out.append(wrap(p.says, indent: "    "))
            let cited = p.sources.compactMap { briefs.source($0)?.citation }.joined(separator: "; ")
            out.append(wrap("Leans on: \(cited). Reviewed \(p.reviewed).", indent: "    "))
        }
        return finish(out)
    }

    public static func pair(_ view: PairView, in briefs: CultureBriefs) -> String {
        var out = ["\(view.yours.name) (\(view.yours.code)) serving \(view.theirs.name) (\(view.theirs.code))", CultureBriefs.peopleVary, ""]
        out.append("Scales (1 to 9; friction likely at a gap of \(PairView.frictionGap) or more; \(briefs.positionsNote))")
        let width = CultureScale.allCases.map(\.title.count).max() ?? 0
        for row in view.rows {
            let title = row.scale.title.padding(toLength: width, withPad: " ", startingAt: 0)
            out.append("  \(title)  \(view.yours.code) \(row.yours)  \(view.theirs.code) \(row.theirs)  gap \(row.gap)\(row.frictionLikely ? "  friction likely" : "")")
            out.append(wrap(view.summary(of: row), indent: "    "))
        }
        out.append("")
        out.append("Scripts for this pair")
        for script in view.scripts {
            out.append("  \(script.title)")
            out.append(wrap(script.reason, indent: "    "))
            for line in script.lines { out.append(wrap("- " + line, indent: "    ", hanging: "      ")) }
        }
        return finish(out)
    }

    // MARK: JSON

    struct BriefJSON: Encodable {
        var peopleVary = CultureBriefs.peopleVary
        var positionsNote: String
        var code, name: String
        var languages: [String]
        var sections: [SectionJSON]
        var phrases: [Phrase]
        var scales: [ScaleJSON]
    }
    struct SectionJSON: Encodable { var id, title, text: String }
    struct ScaleJSON: Encodable {
        var id, title, low, high: String
        var position: Int
        var says: String
        var sources: [String]
        var reviewed: String
    }
    struct PairJSON: Encodable {
        var peopleVary = CultureBriefs.peopleVary
        var positionsNote: String
        var yours, theirs: Side
        var frictionGap = PairView.frictionGap
        var scales: [Row]
        var scripts: [PairScript]
        struct Side: Encodable { var code, name: String }
        struct Row: Encodable { var id, title: String; var yours, theirs, gap: Int; var frictionLikely: Bool; var summary: String }
    }
    struct ListJSON: Encodable {
        var peopleVary = CultureBriefs.peopleVary
        var countries: [Entry]
        var sources: [CultureSource]
        struct Entry: Encodable { var code, name: String; var languages: [String] }
    }

    public static func listJSON(_ briefs: CultureBriefs) -> String {
        json(ListJSON(countries: briefs.countries.map { .init(code: $0.code, name: $0.name, languages: $0.languages) }, sources: briefs.sources))
    }

    public static func briefJSON(_ c: CountryBrief, in briefs: CultureBriefs) -> String {
        json(BriefJSON(
            positionsNote: briefs.positionsNote, code: c.code, name: c.name, languages: c.languages,
            sections: BriefSection.allCases.map { .init(id: $0.rawValue, title: $0.title, text: c.section($0)) },
            phrases: c.phrases,
            scales: CultureScale.allCases.compactMap { s in
                c.placement(s).map { .init(id: s.rawValue, title: s.title, low: s.low, high: s.high, position: $0.position, says: $0.says, sources: $0.sources, reviewed: $0.reviewed) }
            }))
    }

    public static func pairJSON(_ view: PairView, in briefs: CultureBriefs) -> String {
        json(PairJSON(
            positionsNote: briefs.positionsNote,
            yours: .init(code: view.yours.code, name: view.yours.name), theirs: .init(code: view.theirs.code, name: view.theirs.name),
            scales: view.rows.map { .init(id: $0.scale.rawValue, title: $0.scale.title, yours: $0.yours, theirs: $0.theirs, gap: $0.gap, frictionLikely: $0.frictionLikely, summary: view.summary(of: $0)) },
            scripts: view.scripts))
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }

    /// Joins the lines, wrapping any still wider than 100 columns under their own indent.
    static func finish(_ lines: [String]) -> String {
        lines.flatMap { $0.components(separatedBy: "\n") }.map { line in
            guard line.count > 100 else { return line }
            let indent = String(line.prefix { $0 == " " })
            return wrap(line, indent: indent, hanging: indent + "  ")
        }.joined(separator: "\n")
    }

    /// "▮▮▮▯▯▯▯▯▯" for position 3.
    static func bar(_ position: Int) -> String {
        String(repeating: "▮", count: position) + String(repeating: "▯", count: max(0, 9 - position))
    }

    /// Wraps at 100 columns so a brief reads in a terminal.
    static func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int = 100) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(whereSeparator: \.isWhitespace) {
            let fresh = line == indent || line == (hanging ?? indent)
            if !fresh, line.count + 1 + word.count > width {
                lines.append(line)
                line = (hanging ?? indent) + word
            } else {
                line += (fresh ? "" : " ") + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
