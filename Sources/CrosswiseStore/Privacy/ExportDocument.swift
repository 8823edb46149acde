import Foundation

/// Everything Crosswise holds about one person, as the file they download: one section per
/// area (`PersonalDataArea.section`), keys sorted, dates in ISO 8601 (UTC).
public struct ExportDocument: Codable, Sendable, Equatable {
    /// Raised when a section changes shape incompatibly, so tools reading exports can tell.
    public static let currentFormat = 1

    public var format: Int
    public var exportedAt: Date
    public var personID: UUID
    public var sections: [String: ExportValue]

    public init(exportedAt: Date, personID: UUID, sections: [String: ExportValue]) {
        self.format = Self.currentFormat
        self.exportedAt = exportedAt
        self.personID = personID
        self.sections = sections
    }

    /// Pretty-printed JSON with sorted keys: the same data gives the same file.
    public func json() throws -> Data { try Self.encoder.encode(self) }

    public static func decode(_ data: Data) throws -> ExportDocument {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(ExportDocument.self, from: data)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
}

/// A JSON value: what a section becomes once its area's typed values are encoded, so the
/// document stays `Codable` whatever areas later releases add.
public indirect enum ExportValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([ExportValue])
    case object([String: ExportValue])

    /// Encodes a section's typed value with the document's date and key rules.
    static func from(_ value: any Encodable) throws -> ExportValue {
        try JSONDecoder().decode(ExportValue.self, from: ExportDocument.encoder.encode(value))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([ExportValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: ExportValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// A member of an object, for readers and tests.
    public subscript(key: String) -> ExportValue? {
        if case .object(let members) = self { members[key] } else { nil }
    }

    public var array: [ExportValue]? { if case .array(let items) = self { items } else { nil } }
}
