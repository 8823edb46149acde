import Foundation
import YAMLFiles
import Yams

extension Framework {
    /// The framework that ships with Crosswise, read and validated once. A broken bundled file
    /// is a bug in the build, so it stops the program with the validation problems listed.
    public static let builtIn: Framework = {
        guard let url = Bundle.module.url(forResource: "framework", withExtension: "yaml"),
              let yaml = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Skills: Resources/framework.yaml is missing from the bundle")
        }
        do {
            return try Framework(yaml: yaml, source: "framework.yaml")
        } catch {
            fatalError("Skills: the built-in framework is invalid: \(error)")
        }
    }()

    /// Imported framework files: the bundled one is 70 KB, so 2 MB leaves room for any real
    /// framework and none for a file built to exhaust memory. Aliases are limited the same way
    /// (see `YAMLLimits`).
    static let yamlLimits = YAMLLimits(maxBytes: 2 << 20)
    /// A CASE package of the bundled framework is well under 1 MB.
    static let maxCASEBytes = 8 << 20
    /// A Moodle export of the bundled framework is about 60 KB.
    static let maxMoodleBytes = 2 << 20

    static func tooLarge(_ source: String, bytes: Int, limit: Int) -> FrameworkProblems {
        FrameworkProblems(source: source, problems: [YAMLLimitError.tooLarge(bytes: bytes, limit: limit).description])
    }

    /// Reads a framework from YAML and validates it; throws `FrameworkProblems` listing every
    /// problem (not only the first) so one fix-up pass is enough. The file is refused before
    /// decoding when it is too large or its aliases would expand it too far.
    public init(yaml: String, source: String) throws {
        let decoded: Framework
        let root: Node?
        do { root = try Self.yamlLimits.compose(yaml) } catch { throw FrameworkProblems(source: source, problems: [error.description]) }
        guard let root else { throw FrameworkProblems(source: source, problems: ["the file is empty"]) }
        do {
            decoded = try YAMLDecoder().decode(Framework.self, from: root)
        } catch let error as DecodingError {
            throw FrameworkProblems(source: source, problems: [Self.describe(error)])
        } catch {
            throw FrameworkProblems(source: source, problems: ["not valid YAML: \(error)"])
        }
        let problems = decoded.problems()
        guard problems.isEmpty else { throw FrameworkProblems(source: source, problems: problems) }
        self = decoded
    }

    /// A decoding error in the framework's own terms: where in the file and what was expected,
    /// never the decoder's Swift type names ("Expected to decode Dictionary<String, Any>").
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let parts = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            let text = parts.hasPrefix(".") ? String(parts.dropFirst()) : parts
            return text.isEmpty ? "the file" : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath)) is missing “\(key.stringValue)”"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(kind(of: type))\(found(in: context.debugDescription))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(kind(of: type)), found nothing"
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError as NSError?, let detail = underlying.userInfo[NSDebugDescriptionErrorKey] as? String {
                return "\(path(context.codingPath)) is not valid JSON: \(detail.prefix(1).lowercased() + detail.dropFirst())"
            }
            if context.debugDescription.contains("not valid JSON") { return "\(path(context.codingPath)) is not valid JSON" }
            return "\(path(context.codingPath)): \(context.debugDescription.replacingOccurrences(of: "Dictionary<String, Any>", with: "a mapping"))"
        @unknown default:
            return "the file could not be read"
        }
    }

    /// What a Swift type is called in a file: "a list", "text", "a mapping (name: value lines)".
    static func kind(of type: Any.Type) -> String {
        let name = String(describing: type)
        // JSON decoding names Swift types; YAML decoding names Yams nodes.
        if name.hasPrefix("Dictionary") || name.contains("Mapping") { return "a mapping (name: value entries)" }
        if name.hasPrefix("Array") || name.contains("Sequence") { return "a list" }
        if name.contains("Scalar") { return "a single value" }
        switch name {
        case "String": return "text"
        case "Int", "Int64", "UInt8": return "a whole number"
        case "Double", "Float": return "a number"
        case "Bool": return "true or false"
        default: return "a \(name.prefix(1).lowercased() + name.dropFirst())"
        }
    }

    /// ", found text" from the decoder's "… but found a string instead.", when it says.
    static func found(in description: String) -> String {
        guard let range = description.range(of: "but found ") else { return "" }
        let rest = String(description[range.upperBound...]).replacingOccurrences(of: " instead", with: "").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        let words = ["a string": "text", "a number": "a number", "null": "nothing", "an array": "a list", "a dictionary": "a mapping"]
        if let word = words[rest] { return ", found \(word)" }
        if rest.contains("Scalar") { return ", found a single value" }
        if rest.contains("Mapping") { return ", found a mapping" }
        if rest.contains("Sequence") { return ", found a list" }
        return ""
    }
}

/// Everything wrong with a framework file, each line naming the item.
public struct FrameworkProblems: Error, CustomStringConvertible, Equatable {
    public let source: String
    public let problems: [String]

    public init(source: String, problems: [String]) {
        self.source = source
        self.problems = problems
    }

    public var description: String {
        "\(source): \(problems.count) problem\(problems.count == 1 ? "" : "s")\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}

extension Framework {
    /// A framework from a file as people hand them over: a `.csv` name is Moodle's CSV, merged
    /// into `base` (Moodle carries no questions, advice or roles); text starting with "{" is a
    /// CASE 1.1 package; anything else YAML. The command line and the admin page both read files
    /// here, so they accept the same things.
    public init(file data: Data, named name: String, mergingMoodleInto base: Framework) throws {
        // Each reader has its own cap; the largest one stops a huge upload before it is text.
        guard data.count <= Self.maxCASEBytes else { throw Self.tooLarge(name, bytes: data.count, limit: Self.maxCASEBytes) }
        guard let text = String(data: data, encoding: .utf8) else { throw FrameworkProblems(source: name, problems: ["not UTF-8 text"]) }
        if name.lowercased().hasSuffix(".csv") {
            self = try base.merging(moodleCSV: text, source: name)
        } else if text.drop(while: { $0.isWhitespace }).first == "{" {
            self = try Framework(casePackage: CASEPackage.decode(data))
        } else {
            self = try Framework(yaml: text, source: name)
        }
    }
}
