import CSVFiles
import Foundation

/// Moodle's competency-framework CSV (the format of its "Import competency framework" tool):
/// one framework row, then competencies with a parent id. Moodle knows names, descriptions, a
/// rating scale and a tree, nothing of statements, scenarios, advice or roles, so:
/// - export writes areas as top-level domains, competencies under them and each competency's
///   five levels as its children (taxonomy "domain,competency,level");
/// - import merges into an existing framework: known competencies take the file's name,
///   description and level behaviours; a new competency needs its five level rows and arrives
///   retired, because nobody can assess themselves against it until it has statements and
///   scenarios. Anything wrong refuses the whole file.
extension Framework {
    static let moodleHeader = ["Parent ID number", "ID number", "Short name", "Description", "Description format", "Scale values",
                               "Scale configuration", "Rule type (optional)", "Rule outcome (optional)", "Rule config (optional)",
                               "Cross-referenced competency ID numbers", "Exported ID (optional)", "Is framework", "Taxonomy"]

    public func moodleCSV() -> String {
        // Levels 3 and up count as proficient; level 1 is the default for someone not yet rated.
        let scale = "[{\"scaleid\":\"0\"}," + levels.map { "{\"id\":\($0.level),\"scaledefault\":\($0.level == 1 ? 1 : 0),\"proficient\":\($0.level >= 3 ? 1 : 0)}" }.joined(separator: ",") + "]"
        func row(_ parent: String, _ id: String, _ name: String, _ description: String, framework: Bool = false) -> [String] {
            [parent, id, name, description, "2", framework ? levels.map(\.name).joined(separator: ",") : "", framework ? scale : "",
             "", "", "", "", "", framework ? "1" : "", framework ? "domain,competency,level" : ""]
        }
        var rows = [Self.moodleHeader, row("", id, title, "Version \(version)", framework: true)]
        let levelNames = Dictionary(levels.map { ($0.level, $0.name) }, uniquingKeysWith: { a, _ in a })
        for area in areas {
            let areaID = "area-" + Self.slug(area.name)
            rows.append(row("", areaID, area.name, ""))
            for c in area.competencies {
                rows.append(row(areaID, c.id, c.name, c.summary))
                for level in c.levels {
                    rows.append(row(c.id, "\(c.id).level-\(level.level)", "\(level.level) · \(levelNames[level.level] ?? "")", level.behaviours.joined(separator: "\n")))
                }
            }
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// This framework with the Moodle file's changes, validated; throws `FrameworkProblems`
    /// listing every bad row and changes nothing.
    public func merging(moodleCSV text: String, source: String) throws -> Framework {
        guard text.utf8.count <= Self.maxMoodleBytes else { throw Self.tooLarge(source, bytes: text.utf8.count, limit: Self.maxMoodleBytes) }
        var problems: [String] = []
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            throw FrameworkProblems(source: source, problems: [error.description])
        }
        // CSVTable lower-cases the header, so "ID number" and "id number" both match.
        let columns = Dictionary(table.header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        for needed in ["Parent ID number", "ID number", "Short name", "Description", "Is framework"] where columns[needed.lowercased()] == nil {
            problems.append("the header has no “\(needed)” column; export a framework from Moodle to see the expected columns")
        }
        guard problems.isEmpty else { throw FrameworkProblems(source: source, problems: problems) }
        struct Row { let line: Int; let parent: String; let id: String; let name: String; let description: String }
        var rows: [Row] = []
        var frameworkRows = 0
        for (line, fields) in table.rows {
            func field(_ name: String) -> String {
                guard let i = columns[name.lowercased()], i < fields.count else { return "" }
                return Self.formulaText(fields[i].trimmingCharacters(in: .whitespacesAndNewlines)).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if ["1", "true", "yes"].contains(field("Is framework").lowercased()) { frameworkRows += 1; continue }
            rows.append(Row(line: line, parent: field("Parent ID number"), id: field("ID number"), name: field("Short name"),
                            description: Self.plainText(field("Description"))))
        }
        if frameworkRows != 1 { problems.append("the file needs exactly one row with “Is framework” set to 1, has \(frameworkRows)") }
        var byID: [String: Row] = [:]
        for row in rows {
            if row.id.isEmpty { problems.append("line \(row.line): “ID number” is empty") }
            if row.name.isEmpty { problems.append("line \(row.line): “Short name” is empty") }
            if !row.id.isEmpty, byID.updateValue(row, forKey: row.id) != nil { problems.append("line \(row.line): ID number “\(row.id)” appears twice") }
        }
        for row in rows where !row.parent.isEmpty && byID[row.parent] == nil {
            problems.append("line \(row.line): parent “\(row.parent)” is not in the file")
        }
        let children = Dictionary(grouping: rows.filter { !$0.parent.isEmpty }, by: \.parent)
        func isLeaf(_ row: Row) -> Bool { children[row.id] == nil }
        var merged = self
        for row in rows where !row.id.isEmpty {
            let kids = children[row.id] ?? []
            let known = merged.competencies.firstIndex { $0.id == row.id }
            // A competency is a row Crosswise knows, or a row whose children are all leaves.
            guard known != nil || (!kids.isEmpty && kids.allSatisfy(isLeaf)) else { continue }
            var levels: [Competency.Level]? = nil
            if !kids.isEmpty {
                if kids.count == 5 {
                    levels = kids.enumerated().map { i, kid in
                        Competency.Level(level: i + 1, behaviours: kid.description.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
                    }
                } else {
                    problems.append("line \(row.line): competency “\(row.id)” has \(kids.count) level rows under it; Crosswise needs five")
                }
            }
            if let known {
                merged.competencies[known].name = row.name
                if !row.description.isEmpty { merged.competencies[known].summary = row.description }
                if let levels { merged.competencies[known].levels = levels }
            } else {
                if !Self.isSlug(row.id) { problems.append("line \(row.line): new competency id “\(row.id)” must use lower-case letters, digits and hyphens") }
                let area = byID[row.parent]?.name ?? "Imported"
                merged.competencies.append(Competency(id: row.id, name: row.name, area: area, summary: row.description, levels: levels ?? [],
                                                      dos: [], donts: [], practice: [], resources: [], certifications: [],
                                                      statements: [], scenarios: [], retired: true))
            }
        }
        guard problems.isEmpty else { throw FrameworkProblems(source: source, problems: problems) }
        let invalid = merged.problems()
        guard invalid.isEmpty else { throw FrameworkProblems(source: source, problems: invalid) }
        return merged
    }

    static func slug(_ text: String) -> String {
        let lowered = text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return lowered.split(separator: "-").joined(separator: "-")
    }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell a spreadsheet would run as a formula gets a leading quote, which Excel, Calc
    /// and Sheets show as text. Values that already start with quotes before such a character
    /// get one more, so `formulaText` can take exactly one away again.
    static func neutralised(_ value: String) -> String {
        let first = value.drop { $0 == "'" }.unicodeScalars.first.map(Character.init)
        guard let first, formulaStarts.contains(first) else { return value }
        return "'" + value
    }

    /// The inverse of `neutralised` for a Crosswise export read back; a value from elsewhere
    /// that starts with a quote and then a formula character loses that one quote.
    static func formulaText(_ value: String) -> String {
        guard value.hasPrefix("'") else { return value }
        let first = value.drop { $0 == "'" }.unicodeScalars.first.map(Character.init)
        guard let first, formulaStarts.contains(first) else { return value }
        return String(value.dropFirst())
    }

    /// RFC 4180 quoting, by bytes as `CSVTable` reads: as Characters, "\r\n" is neither "\r" nor
    /// "\n", and a quote followed by a combining mark is not "\"", so neither was quoted. A cell a
    /// spreadsheet would run as a formula is neutralised first.
    static func csvField(_ value: String) -> String {
        let value = neutralised(value)
        let quote = UInt8(ascii: "\"")
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 10 || $0 == 13 }) else { return value }
        return "\"" + String(decoding: value.utf8.flatMap { $0 == quote ? [quote, quote] : [$0] }, as: UTF8.self) + "\""
    }

    /// Moodle descriptions are often HTML; keep the words, turn paragraphs and breaks into
    /// line breaks.
    static func plainText(_ text: String) -> String {
        // "\r\n" is one Character in Swift, so splitting on "\n" needs it normalised first.
        let text = text.replacingOccurrences(of: "\r\n", with: "\n")
        guard text.contains("<") else { return text }
        var out = text.replacingOccurrences(of: "<br>", with: "\n").replacingOccurrences(of: "<br />", with: "\n")
            .replacingOccurrences(of: "</p>", with: "\n").replacingOccurrences(of: "</li>", with: "\n")
        while let open = out.range(of: "<"), let close = out.range(of: ">", range: open.upperBound..<out.endIndex) {
            out.removeSubrange(open.lowerBound..<close.upperBound)
        }
        for (entity, char) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
