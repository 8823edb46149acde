import Foundation
import YAMLFiles
import Yams

/// An organization's own settings for the check, from a YAML file:
///
///     profile: support-ticket
///     checks:                    # a check id or a category: off, suggestion, warning or error
///       privacy.ip-address: off
///       tone: warning
///     limits: {long-sentence: 30, very-long-sentence: 45, wall-of-text: 150, grade: 12}
///     glossary:
///       - {term: ticket deflection, replacement: self-service answer, note: Clients never say this.}
///     rules:                     # a small subset of Vale's rule format
///       NoPromises: {extends: existence, message: "Avoid promising '%s'.", level: warning, tokens: [guarantee]}
///       Names: {extends: substitution, message: "Use '%s' instead of '%s'.", ignorecase: false, swap: {crosswise: Crosswise}}
///
/// Rules match whole words and phrases, not regular expressions: a token with regex syntax is
/// refused by name rather than quietly matching something else.
public struct CheckConfiguration: Sendable {
    public var profile: String?
    public var checks: [String: Finding.Severity?] = [:]
    public var limits: [String: Double] = [:]
    var entries: [PhraseBook.Entry] = []

    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public init() {}

    /// A settings file is a few hundred lines; 256 KB and 100 aliases leave room for any real
    /// one and refuse a file built to expand into gigabytes when read.
    static let yamlLimits = YAMLLimits(maxBytes: 256 << 10)

    public init(yaml: String, source: String = "config") throws(Invalid) {
        let root: Node?
        do { root = try CheckConfiguration.yamlLimits.compose(yaml) } catch { throw Invalid(description: "\(source): \(error)") }
        guard let root else { return }
        guard let top = root.mapping else { throw Invalid(description: "\(source): expected settings (profile, checks, limits, glossary, rules) at the top") }
        var reader = Reader(source: source)
        for (key, value) in top {
            switch key.string ?? "" {
            case "profile":
                let name = try reader.string(value, "profile")
                guard CheckProfile.named(name) != nil else {
                    throw reader.fail(value, "profile '\(name)' is unknown; choose \(CheckProfile.all.map(\.name).joined(separator: ", "))")
                }
                profile = name
            case "checks": try readChecks(value, &reader)
            case "limits": try readLimits(value, &reader)
            case "glossary": try readGlossary(value, &reader)
            case "rules": try readRules(value, &reader)
            default: throw reader.fail(key, "unknown setting '\(key.string ?? "")'; expected profile, checks, limits, glossary or rules")
            }
        }
    }

    mutating func readChecks(_ node: Node, _ reader: inout Reader) throws(Invalid) {
        for (key, value) in try reader.mapping(node, "checks") {
            let id = try reader.string(key, "checks")
            let known = CheckCatalog.isKnown(id) || Finding.Category(rawValue: id) != nil || id == "org" || id.hasPrefix("org.")
            guard known else { throw reader.fail(key, "unknown check '\(id)'; `crosswise check --list-checks` lists them") }
            let level = try reader.string(value, id)
            if level == "off" || value.bool == false {
                checks[id] = .some(nil)
            } else if let severity = Finding.Severity(rawValue: level) {
                checks[id] = severity
            } else {
                throw reader.fail(value, "\(id): '\(level)' is not off, suggestion, warning or error")
            }
        }
    }

    static let limitNames = ["long-sentence", "very-long-sentence", "wall-of-text", "grade"]

    mutating func readLimits(_ node: Node, _ reader: inout Reader) throws(Invalid) {
        for (key, value) in try reader.mapping(node, "limits") {
            let name = try reader.string(key, "limits")
            guard Self.limitNames.contains(name) else { throw reader.fail(key, "unknown limit '\(name)'; expected \(Self.limitNames.joined(separator: ", "))") }
            guard let number = value.float, number > 0, number <= 1000 else { throw reader.fail(value, "limit \(name) must be a number between 1 and 1000") }
            limits[name] = number
        }
    }

    mutating func readGlossary(_ node: Node, _ reader: inout Reader) throws(Invalid) {
        guard let items = node.sequence else { throw reader.fail(node, "glossary must be a list of {term, replacement, note}") }
        for item in items {
            guard let fields = item.mapping else { throw reader.fail(item, "each glossary entry needs term and replacement") }
            guard let term = fields["term"]?.string else { throw reader.fail(item, "glossary entry without a term") }
            try reader.words(term, at: item, "glossary term")
            let replacement = fields["replacement"]?.string ?? ""
            let note = fields["note"]?.string.map { " \($0)" } ?? ""
            let advice = replacement.isEmpty ? "avoid it." : "say “\(replacement)”."
            entries.append(PhraseBook.Entry(phrase: term, check: "org.glossary", category: .clarity, severity: .warning,
                                            message: "Your organization's glossary: instead of “\(term)”, \(advice)\(note)",
                                            replacements: replacement.isEmpty ? [] : [replacement]))
        }
    }

    mutating func readRules(_ node: Node, _ reader: inout Reader) throws(Invalid) {
        for (key, value) in try reader.mapping(node, "rules") {
            let name = try reader.string(key, "rules")
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), !name.isEmpty else {
                throw reader.fail(key, "rule name '\(name)' may use letters, digits and hyphens only")
            }
            let id = "org.\(name)"
            guard let rule = value.mapping else { throw reader.fail(value, "\(id): expected extends, message, level and tokens or swap") }
            let kind = rule["extends"]?.string ?? ""
            let level = rule["level"]?.string ?? "suggestion"
            guard let severity = Finding.Severity(rawValue: level) else { throw reader.fail(value, "\(id): level '\(level)' is not suggestion, warning or error") }
            let message = rule["message"]?.string ?? "“%s” is on your organization's list."
            let caseSensitive = rule["ignorecase"]?.bool == false
            switch kind {
            case "existence":
                guard let tokens = rule["tokens"]?.sequence, !tokens.isEmpty else { throw reader.fail(value, "\(id): an existence rule needs a list of tokens") }
                for token in tokens {
                    let word = try reader.string(token, "\(id) token")
                    try reader.words(word, at: token, "\(id) token")
                    entries.append(PhraseBook.Entry(phrase: word, check: id, category: .clarity, severity: severity,
                                                    message: Self.format(message, [word]), replacements: [], caseSensitive: caseSensitive))
                }
            case "substitution":
                guard let swap = rule["swap"]?.mapping, !swap.isEmpty else { throw reader.fail(value, "\(id): a substitution rule needs a swap map (wrong: right)") }
                for (wrong, right) in swap {
                    let from = try reader.string(wrong, "\(id) swap"), to = try reader.string(right, "\(id) swap")
                    try reader.words(from, at: wrong, "\(id) swap")
                    entries.append(PhraseBook.Entry(phrase: from, check: id, category: .clarity, severity: severity,
                                                    message: Self.format(message, [to, from]), replacements: [to], caseSensitive: caseSensitive))
                }
            default:
                throw reader.fail(value, "\(id): extends '\(kind)' is not supported; use existence or substitution")
            }
        }
    }

    /// Vale's messages put the matched text (and for substitutions the replacement first) in
    /// place of each "%s".
    static func format(_ message: String, _ values: [String]) -> String {
        var out = "", rest = Substring(message), index = 0
        while let range = rest.range(of: "%s") {
            out += rest[..<range.lowerBound]
            out += index < values.count ? values[index] : ""
            index += 1
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// The phrases of the glossary and rules, ready to match; nil when there are none.
    var book: PhraseBook? { entries.isEmpty ? nil : PhraseBook(entries) }

    /// Reads nodes with messages that point at the line in the file.
    struct Reader {
        var source: String

        func fail(_ node: Node, _ message: String) -> Invalid {
            let line = node.mark.map { ":\($0.line)" } ?? ""
            return Invalid(description: "\(source)\(line): \(message)")
        }

        func string(_ node: Node, _ what: String) throws(Invalid) -> String {
            guard let value = node.string, node.scalar != nil else { throw fail(node, "\(what): expected a single value") }
            return value
        }

        func mapping(_ node: Node, _ what: String) throws(Invalid) -> Node.Mapping {
            guard let mapping = node.mapping else { throw fail(node, "\(what): expected 'name: value' lines") }
            return mapping
        }

        /// Words, spaces, hyphens and apostrophes only: what the phrase matcher can find.
        func words(_ text: String, at node: Node, _ what: String) throws(Invalid) {
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
            let allowed = text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "'") }
            guard allowed, letters > 0 else {
                throw fail(node, "\(what) '\(text)': only letters, spaces, hyphens and apostrophes are supported (no digits, no regular expressions)")
            }
        }
    }
}
