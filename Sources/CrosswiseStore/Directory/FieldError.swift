/// One thing wrong with what someone typed, naming the field so a form can show it in place and
/// an import can report its column.
public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
    public let field: String
    public let message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Everything wrong with one submission. Nothing is written when this is thrown.
public struct ValidationFailure: Error, Sendable, CustomStringConvertible {
    public let errors: [FieldError]

    public init(_ errors: [FieldError]) { self.errors = errors }

    public func message(for field: String) -> String? { errors.first { $0.field == field }?.message }

    public var description: String { errors.map(\.description).joined(separator: "; ") }
}

/// Collects field errors while checking a form, so that every mistake is reported at once.
struct FieldChecker {
    private(set) var errors: [FieldError] = []

    mutating func add(_ field: String, _ message: String) { errors.append(FieldError(field, message)) }

    /// Trims, requires a value and caps its length. Control characters (a CR LF in a name
    /// would start a new line in an iCalendar file or a CSV export) are removed first, whether
    /// the value came from a form, a CSV file or the command line.
    mutating func required(_ field: String, _ value: String, label: String, max: Int = 120) -> String {
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
    mutating func parse<T, E: Error & CustomStringConvertible>(_ field: String, _ body: () throws(E) -> T) -> T? {
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
