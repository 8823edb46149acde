import Foundation

/// What someone typed into a client note, before it is checked. `check` removes control
/// characters (keeping line breaks), trims and bounds each part; an empty note is refused.
public struct ClientNoteDraft: Sendable, Equatable {
    public var names = ""
    public var escalation = ""
    public var topics = ""
    public var other = ""
    public var ownerID: UUID?

    /// Each part: a few short paragraphs, enough to be read before a call.
    public static let partLimit = 1_000

    public init(names: String = "", escalation: String = "", topics: String = "", other: String = "", ownerID: UUID? = nil) {
        self.names = names; self.escalation = escalation; self.topics = topics; self.other = other; self.ownerID = ownerID
    }

    struct Checked: Sendable, Equatable { let names, escalation, topics, other: String; let ownerID: UUID }

    /// Every mistake at once; `owners` are the people who may own the note.
    func check(owners: Set<UUID>) throws(ValidationFailure) -> Checked {
        var check = FieldChecker()
        func part(_ field: FieldName, _ text: String, _ label: String) -> String {
            let kept = Self.clean(text)
            if kept.count > Self.partLimit { check.add(field, "\(label) is longer than \(Self.partLimit) characters") }
            return kept
        }
        let names = part(.noteNames, names, "Names and formality")
        let escalation = part(.escalation, escalation, "The escalation path")
        let topics = part(.topics, topics, "Topics")
        let other = part(.other, other, "Anything else")
        if [names, escalation, topics, other].allSatisfy(\.isEmpty) {
            check.add(.noteNames, "Write at least one part of the note")
        }
        if let ownerID, !owners.contains(ownerID) {
            check.add(.owner, "Choose an owner from the people serving this client")
        } else if ownerID == nil {
            check.add(.owner, "Choose who owns this note")
        }
        try check.finish()
        return Checked(names: names, escalation: escalation, topics: topics, other: other, ownerID: ownerID!)
    }

    /// Control characters (C0 but line feed, DEL, C1, the Unicode line and paragraph separators)
    /// removed, CR LF as LF, each line's trailing spaces and the whole text trimmed.
    public static func clean(_ text: String) -> String {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let kept = String(String.UnicodeScalarView(unified.unicodeScalars.filter {
            ($0.value >= 0x20 || $0.value == 0x0A) && !(0x7F...0x9F).contains($0.value) && $0.value != 0x2028 && $0.value != 0x2029
        }))
        return kept.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension FieldName {
    public static let noteNames = FieldName("note_names")
    public static let escalation = FieldName("escalation")
    public static let topics = FieldName("topics")
    public static let other = FieldName("other")
    public static let owner = FieldName("owner")
}
