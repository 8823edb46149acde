/// One thing wrong with what someone typed, naming the field so a form can show it in place and
/// an import can report its column.
public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: FieldName
    public let message: String

    public init(_ field: FieldName, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// What a field error is about, in the store's own words: an attribute of a record
/// (`.timeZone`), or of one item of a list (`.level.of(competencyID)`, `.due.of(goalIndex)`).
/// The web layer maps these onto its form fields; an import reports `key` as the column.
public struct FieldName: Hashable, Sendable, CustomStringConvertible {
    public let key: String
    /// Which item of a list: a competency's id, a goal's index, a question's key.
    public let item: String?

    public init(_ key: String, item: String? = nil) {
        self.key = key
        self.item = item
    }

    public func of(_ item: some CustomStringConvertible) -> FieldName { FieldName(key, item: item.description) }

    public var description: String { item.map { "\(key) \($0)" } ?? key }
}

extension FieldName {
    public static let actions = FieldName("actions")
    public static let answer = FieldName("answer")
    public static let assessment = FieldName("assessment")
    public static let businessHours = FieldName("business_hours")
    public static let city = FieldName("city")
    public static let clients = FieldName("clients")
    public static let comment = FieldName("comment")
    public static let competency = FieldName("competency")
    public static let confirm = FieldName("confirm")
    public static let country = FieldName("country")
    public static let current = FieldName("current")
    public static let day = FieldName("day")
    public static let due = FieldName("due")
    public static let email = FieldName("email")
    public static let example = FieldName("example")
    public static let file = FieldName("file")
    public static let first = FieldName("first")
    public static let goal = FieldName("goal")
    public static let kind = FieldName("kind")
    public static let languages = FieldName("languages")
    public static let last = FieldName("last")
    public static let leads = FieldName("leads")
    public static let level = FieldName("level")
    public static let members = FieldName("members")
    public static let name = FieldName("name")
    public static let new = FieldName("new")
    public static let organization = FieldName("organization")
    public static let password = FieldName("password")
    public static let ratings = FieldName("ratings")
    public static let regimes = FieldName("regimes")
    public static let role = FieldName("role")
    public static let roles = FieldName("roles")
    public static let summary = FieldName("summary")
    public static let row = FieldName("row")
    public static let site = FieldName("site")
    public static let start = FieldName("start")
    public static let subdivision = FieldName("subdivision")
    public static let target = FieldName("target")
    public static let teams = FieldName("teams")
    public static let text = FieldName("text")
    public static let timeZone = FieldName("time_zone")
    public static let title = FieldName("title")
    public static let weekend = FieldName("weekend")
    public static let workingHours = FieldName("working_hours")
}

/// Everything wrong with one submission. Nothing is written when this is thrown.
public struct ValidationFailure: Error, Sendable, CustomStringConvertible {
    public let errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }

    public func message(for field: FieldName) -> String? { errors.first { $0.field == field }?.message }

    public var description: String { errors.map(\.description).joined(separator: "; ") }
}

/// Collects field errors while checking a form, so that every mistake is reported at once.
struct FieldChecker {
    private(set) var errors: [FieldError] = []

    mutating func add(_ field: FieldName, _ message: String) { errors.append(FieldError(field, message)) }

    /// Trims, requires a value and caps its length. Control characters (a CR LF in a name
    /// would start a new line in an iCalendar file or a CSV export) are removed first, whether
    /// the value came from a form, a CSV file or the command line.
    mutating func required(_ field: FieldName, _ value: String, label: String, max: Int = 120) -> String {
        let printable = String(String.UnicodeScalarView(value.unicodeScalars.filter {
            $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) && $0.value != 0x2028 && $0.value != 0x2029
        }))
        let trimmed = printable.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            add(field, "\(label) is required")
        } else if trimmed.count > max {
            add(field, "\(label) is longer than \(max) characters")
        }
        return trimmed
    }

    /// Runs a parser that throws a describable error, recording its message under `field`.
    mutating func parse<T, E: Error & CustomStringConvertible>(_ field: FieldName, _ body: () throws(E) -> T) -> T? {
        do {
            return try body()
        } catch {
            add(field, error.description)
            return nil
        }
    }

    func finish() throws(ValidationFailure) {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}

import Foundation

extension FieldName {
    public static let behaviour = FieldName("behaviour")
    public static let impact = FieldName("impact")
    public static let nextTime = FieldName("next_time")
    public static let receiver = FieldName("receiver")
    public static let situation = FieldName("situation")
    public static let visibility = FieldName("visibility")
}
