import MessageCheck

/// The view model of the "Check a message" page: the text cut into plain runs and highlighted
/// findings, the side list, the readability gauge and the person's own counts.
struct CheckPageView {
    struct OptionGroup { let label: String; let options: [Choice] }
    struct Segment { let text: String; let marked: Bool; let category: String; let index: Int }
    struct Suggestion { let label: String; let value: String }
    /// `check` is the check's name ("Jargon"); ids stay in the JSON API.
    struct Item { let index: Int; let check, category, severity, message, place: String; let suggestions: [Suggestion]; let highlighted: Bool }
    struct Evidence { let check, description: String; let count: Int; let days: String }

    let text: String
    let textError: String?
    let recipients: [OptionGroup]
    /// The colleagues in `recipients` and, for a large organization, the find box.
    let picker: PeoplePicker
    let profiles: [Choice]
    let checked: Bool
    let segments: [Segment]
    let items: [Item]
    let counts: String
    let ease: Int
    let grade, band: String
    let words: Int
    let readerNote, notice: String?
    let evidence: [Evidence]
    let maxLength: Int
    let action = CheckRoute.check.path
    /// Applying a suggestion posts to the same place and lands back at the text (`#f-text`),
    /// without JavaScript, so the reader keeps their place.
    let applyAction = CheckRoute.check.path + "#f-text"
    /// The recipient's country for the culture hints, and whether this is the first message.
    var countries: [Choice] = []
    var firstMessage = false
    var culture: CultureSection?

    /// Culture hints from the recipient's country brief (`Culture.CultureHints`).
    struct CultureSection {
        struct Hint { let check, message, section, href: String }
        let country, briefHref: String
        /// Internal chat: the hints are off.
        let off: Bool
        let hints: [Hint]
    }
}

extension CheckPageView {
    /// Cuts the text into runs: a finding short enough to read as a phrase is highlighted
    /// (the first of overlapping ones wins); sentences, paragraphs and the whole-message
    /// readability stay in the side list only.
    static func segments(_ text: String, _ findings: [Finding]) -> (segments: [Segment], highlighted: Set<Int>) {
        let bytes = Array(text.utf8)
        var segments: [Segment] = []
        var highlighted: Set<Int> = []
        var cursor = 0
        for (index, finding) in findings.enumerated() {
            let span = finding.span
            guard span.start >= cursor, span.end <= bytes.count, span.end > span.start, span.end - span.start <= 120,
                  !["clarity.long-sentence", "clarity.wall-of-text", "clarity.readability"].contains(finding.check) else { continue }
            if span.start > cursor { segments.append(Segment(text: String(decoding: bytes[cursor..<span.start], as: UTF8.self), marked: false, category: "", index: 0)) }
            segments.append(Segment(text: String(decoding: bytes[span.start..<span.end], as: UTF8.self), marked: true, category: finding.category.rawValue, index: index + 1))
            highlighted.insert(index)
            cursor = span.end
        }
        if cursor < bytes.count { segments.append(Segment(text: String(decoding: bytes[cursor...], as: UTF8.self), marked: false, category: "", index: 0)) }
        return (segments, highlighted)
    }

    static func items(_ findings: [Finding], highlighted: Set<Int>) -> [Item] {
        findings.enumerated().map { index, f in
            let suggestions = f.replacements.prefix(3).enumerated().map { k, text in
                Suggestion(label: text.isEmpty ? "Remove it" : "Use “\(text)”", value: "\(index):\(k):\(f.span.start):\(f.span.end)")
            }
            let place = f.span.line == f.span.endLine ? "Line \(f.span.line)" : "Lines \(f.span.line)–\(f.span.endLine)"
            return Item(index: index + 1, check: CheckCatalog.name(f.check), category: f.category.rawValue, severity: f.severity.rawValue, message: f.message,
                        place: place, suggestions: Array(suggestions), highlighted: highlighted.contains(index))
        }
    }

    static func counts(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "No findings" }
        let parts = Finding.Category.allCases.compactMap { category in
            let n = findings.filter { $0.category == category }.count
            return n > 0 ? "\(n) \(category.rawValue)" : nil
        }
        return "\(findings.count) finding\(findings.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }
}
