import Foundation

/// The clarity word lists under Resources/: one entry a line, "phrase | replacement; another",
/// comments after "#". Kept as text so a lead can read and extend them without Swift.
enum WordList {
    struct Line: Equatable {
        var phrase: String
        var replacements: [String]
    }

    static func parse(_ text: String) -> [Line] {
        text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let phrase = parts[0].trimmingCharacters(in: .whitespaces)
            let replacements = parts.count > 1
                ? parts[1].split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                : []
            return Line(phrase: phrase, replacements: replacements)
        }
    }

    /// A list shipped with the module. A missing file is a packaging bug, so it stops loudly.
    static func load(_ name: String) -> [Line] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("MessageCheck resource \(name).txt is missing from the bundle") }
        return parse(text)
    }

    /// A list of single words, several a line (known-acronyms.txt).
    static func words(_ name: String) -> Set<String> {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("MessageCheck resource \(name).txt is missing from the bundle") }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { $0.split(separator: " ").map(String.init) })
    }

    static let jargon = load("jargon")
    static let idioms = load("idioms")
    static let acronyms = load("acronyms")
    /// Acronyms any office reader knows (FYI, VPN, PDF): never worth a finding.
    static let knownAcronyms = words("known-acronyms")
    /// Common English words, to tell "NOT" and "DONE" in capitals from an acronym.
    static let commonWords = words("common-words")
    /// Indian, Philippine and other offshore office English a client may not know ("prepone",
    /// "do the needful"): an idiom to that reader, so it stays on in internal chat too.
    static let regional = load("regional")
}
