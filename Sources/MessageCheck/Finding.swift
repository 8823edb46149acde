/// What a check found in a message: where, how serious, what to do about it. A finding never
/// carries the text it points at; privacy findings carry a masked preview only.
public struct Finding: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        case suggestion, warning, error

        var rank: Int { switch self { case .suggestion: 0; case .warning: 1; case .error: 2 } }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public enum Category: String, Sendable, Codable, CaseIterable {
        case clarity, tone, privacy, time
    }

    /// Stable id such as "privacy.card"; configuration and statistics refer to it.
    public var check: String
    public var category: Category
    public var severity: Severity
    public var span: Span
    /// Plain words: what is wrong and why it matters.
    public var message: String
    /// Text that could take the span's place, best first (may be empty).
    public var replacements: [String]

    public init(check: String, category: Category, severity: Severity, span: Span, message: String, replacements: [String] = []) {
        self.check = check
        self.category = category
        self.severity = severity
        self.span = span
        self.message = message
        self.replacements = replacements
    }
}

/// A stretch of the message: UTF-8 byte offsets (end exclusive) and the 1-based line and
/// column (in Unicode scalars) where it starts and ends.
public struct Span: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var line: Int = 0
    public var column: Int = 0
    public var endLine: Int = 0
    public var endColumn: Int = 0

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}
