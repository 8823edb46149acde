import Foundation

/// Findings as the CLI prints them, written as they come so a 100 MB file needs no list of
/// everything at once: one line per finding (`text`), a JSON array (`json`), or SARIF 2.1.0
/// (`sarif`), which code-review and CI tools display next to the file.
public struct Report {
    public enum Format: String, CaseIterable, Sendable { case text, json, sarif }

    public let format: Format
    /// ANSI colours for a terminal (text format only).
    public let color: Bool
    /// Receives the output in pieces of about 64 KiB (a big file has millions of findings, and a
    /// write per finding would cost more than checking it).
    let flushTo: ([UInt8]) -> Void
    private var buffer: [UInt8] = []
    private var first = true
    private var rules: [String: Finding] = [:]

    public init(format: Format, color: Bool = false, flushTo: @escaping ([UInt8]) -> Void) {
        self.format = format
        self.color = color
        self.flushTo = flushTo
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) { buffer.append(contentsOf: text.utf8) }

    /// Hands over what is buffered; `end()` calls it, and a caller stopping early should too.
    public mutating func flush() {
        guard !buffer.isEmpty else { return }
        flushTo(buffer)
        buffer.removeAll(keepingCapacity: true)
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
            appendTextLine(finding, file: file)
        case .json:
            write((first ? "\n" : ",\n") + Report.json(JSONFinding(finding, file: file)))
        case .sarif:
            rules[finding.check] = rules[finding.check] ?? finding
            write((first ? "\n" : ",\n") + Report.json(SARIFResult(finding, file: file)))
        }
        first = false
        if buffer.count >= 1 << 16 { flush() }
    }

    public mutating func end() {
        switch format {
        case .text: break
        case .json: write(first ? "]\n" : "\n]\n")
        case .sarif:
            let driver = SARIFDriver(rules: rules.keys.sorted().map { SARIFRule(id: $0, category: rules[$0]!.category.rawValue) })
            write("],\"tool\":{\"driver\":" + Report.json(driver) + "}}]}\n")
        }
        flush()
    }

    /// `file:line:col: severity check-id: message`, appended as bytes: string interpolation
    /// per finding was a sixth of the time on a big file.
    mutating func appendTextLine(_ f: Finding, file: String) {
        buffer.append(contentsOf: file.utf8)
        buffer.append(58)
        appendNumber(f.span.line)
        buffer.append(58)
        appendNumber(f.span.column)
        buffer.append(contentsOf: ": ".utf8)
        if color { buffer.append(contentsOf: "\u{1B}[\(f.severity == .error ? "31" : f.severity == .warning ? "33" : "36")m".utf8) }
        buffer.append(contentsOf: f.severity.rawValue.utf8)
        if color { buffer.append(contentsOf: "\u{1B}[0m".utf8) }
        buffer.append(32)
        buffer.append(contentsOf: f.check.utf8)
        buffer.append(contentsOf: ": ".utf8)
        buffer.append(contentsOf: f.message.utf8)
        buffer.append(10)
    }

    private mutating func appendNumber(_ value: Int) {
        // A line or column number fits Swift's small-string form: no allocation.
        buffer.append(contentsOf: String(value).utf8)
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
