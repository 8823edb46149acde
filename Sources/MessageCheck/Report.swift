import Foundation

/// Findings as the CLI prints them, written as they come so a 100 MB file needs no list of
/// everything at once: one line per finding (`text`), a JSON array (`json`), or SARIF 2.1.0
/// (`sarif`), which code-review and CI tools display next to the file.
public struct Report {
    public enum Format: String, CaseIterable, Sendable { case text, json, sarif }

    public let format: Format
    /// ANSI colours for a terminal (text format only).
    public let color: Bool
    let write: (String) -> Void
    private var first = true
    private var rules: [String: Finding] = [:]

    public init(format: Format, color: Bool = false, write: @escaping (String) -> Void) {
        self.format = format
        self.color = color
        self.write = write
    }

    public mutating func begin() {
        switch format {
        case .text: break
        case .json: write("[")
        case .sarif: write(#"{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"columnKind":"unicodeCodePoints","results":["#)
        }
    }

    public mutating func add(_ finding: Finding, file: String) {
        switch format {
        case .text:
            write(textLine(finding, file: file) + "\n")
        case .json:
            write((first ? "\n" : ",\n") + Report.json(JSONFinding(finding, file: file)))
        case .sarif:
            rules[finding.check] = rules[finding.check] ?? finding
            write((first ? "\n" : ",\n") + Report.json(SARIFResult(finding, file: file)))
        }
        first = false
    }

    public mutating func end() {
        switch format {
        case .text: break
        case .json: write(first ? "]\n" : "\n]\n")
        case .sarif:
            let driver = SARIFDriver(rules: rules.keys.sorted().map { SARIFRule(id: $0, category: rules[$0]!.category.rawValue) })
            write("],\"tool\":{\"driver\":" + Report.json(driver) + "}}]}\n")
        }
    }

    func textLine(_ f: Finding, file: String) -> String {
        let severity = f.severity.rawValue
        let shown = color ? "\u{1B}[\(f.severity == .error ? "31" : f.severity == .warning ? "33" : "36")m\(severity)\u{1B}[0m" : severity
        return "\(file):\(f.span.line):\(f.span.column): \(shown) \(f.check): \(f.message)"
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self)
    }
}

struct JSONFinding: Encodable {
    let file, check, category, severity, message: String
    let line, column, endLine, endColumn, start, end: Int
    let replacements: [String]

    init(_ f: Finding, file: String) {
        self.file = file
        check = f.check
        category = f.category.rawValue
        severity = f.severity.rawValue
        message = f.message
        line = f.span.line; column = f.span.column; endLine = f.span.endLine; endColumn = f.span.endColumn
        start = f.span.start; end = f.span.end
        replacements = f.replacements
    }
}

struct SARIFResult: Encodable {
    struct Text: Encodable { let text: String }
    struct Region: Encodable { let startLine, startColumn, endLine, endColumn, byteOffset, byteLength: Int }
    struct Artifact: Encodable { let uri: String }
    struct Physical: Encodable { let artifactLocation: Artifact; let region: Region }
    struct Location: Encodable { let physicalLocation: Physical }

    let ruleId: String
    let level: String
    let message: Text
    let locations: [Location]

    init(_ f: Finding, file: String) {
        ruleId = f.check
        level = f.severity == .error ? "error" : f.severity == .warning ? "warning" : "note"
        message = Text(text: f.message)
        let region = Region(startLine: f.span.line, startColumn: f.span.column, endLine: f.span.endLine, endColumn: f.span.endColumn,
                            byteOffset: f.span.start, byteLength: f.span.end - f.span.start)
        locations = [Location(physicalLocation: Physical(artifactLocation: Artifact(uri: file), region: region))]
    }
}

struct SARIFRule: Encodable {
    struct Text: Encodable { let text: String }
    struct Properties: Encodable { let category: String }
    let id: String
    let shortDescription: Text
    let properties: Properties

    init(id: String, category: String) {
        self.id = id
        shortDescription = Text(text: CheckCatalog.describe(id))
        properties = Properties(category: category)
    }
}

struct SARIFDriver: Encodable {
    let name = "crosswise check"
    let rules: [SARIFRule]
}
