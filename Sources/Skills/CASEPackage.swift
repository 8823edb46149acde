import Foundation

/// 1EdTech CASE 1.1 (Competencies and Academic Standards Exchange): a CFPackage with one
/// CFDocument, the CFItems and the CFAssociations between them. Every part of the framework
/// becomes an item with its own `CFItemType` ("Competency", "Proficiency level", "Do",
/// "Scenario option", ...) and an `isChildOf` link to its parent, so CASE tools show the tree
/// and an import rebuilds the framework exactly. Roles point at the level they require with
/// `hasSkillLevel` and at the roles after them with `precedes`; mistakes at their competencies
/// with `isRelatedTo`. Identifiers are UUIDs derived from the framework id and the item's path,
/// so exporting the same framework twice gives the same file.
public struct CASEPackage: Codable, Sendable, Equatable {
    public var CFDocument: Document
    public var CFItems: [Item]
    public var CFAssociations: [Association]

    public struct Document: Codable, Sendable, Equatable {
        public var identifier: String
        public var uri: String
        public var creator: String
        public var title: String
        public var lastChangeDateTime: String
        public var version: String?
        public var description: String?
        /// Crosswise keeps its framework id here (CASE documents have no coding scheme).
        public var notes: String?
        public var language: String?
        public var CFPackageURI: Link?
    }

    public struct Item: Codable, Sendable, Equatable {
        public var identifier: String
        public var uri: String
        public var fullStatement: String
        public var CFItemType: String?
        public var humanCodingScheme: String?
        public var abbreviatedStatement: String?
        public var listEnumeration: String?
        public var conceptKeywords: [String]?
        public var notes: String?
        public var language: String?
        public var lastChangeDateTime: String
        public var CFDocumentURI: Link?
    }

    public struct Association: Codable, Sendable, Equatable {
        public var identifier: String
        public var uri: String
        public var associationType: String
        public var originNodeURI: Link
        public var destinationNodeURI: Link
        public var sequenceNumber: Int?
        public var lastChangeDateTime: String
        public var CFDocumentURI: Link?
    }

    public struct Link: Codable, Sendable, Equatable {
        public var title: String
        public var identifier: String
        public var uri: String
    }

    /// The item types Crosswise writes and reads.
    enum Kind: String {
        case scaleLevel = "Proficiency scale level", competency = "Competency", level = "Proficiency level"
        case behaviour = "Behaviour", dos = "Do", donts = "Don't", practice = "Practice action"
        case resource = "Learning resource", certification = "Certification", statement = "Behaviour statement"
        case scenario = "Scenario", option = "Scenario option", mistake = "Common mistake", remedy = "Remedy", role = "Role"
    }

    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    public static func decode(_ data: Data) throws -> CASEPackage {
        guard data.count <= Framework.maxCASEBytes else { throw Framework.tooLarge("CASE package", bytes: data.count, limit: Framework.maxCASEBytes) }
        do {
            return try JSONDecoder().decode(CASEPackage.self, from: data)
        } catch let error as DecodingError {
            throw FrameworkProblems(source: "CASE package", problems: [Framework.describe(error)])
        } catch {
            throw FrameworkProblems(source: "CASE package", problems: ["the file is not JSON a CASE package can be read from"])
        }
    }
}

/// A deterministic UUID (version 8, RFC 9562's custom layout) from a name: two FNV-1a hashes.
func stableUUID(_ name: String) -> String {
    func fnv(_ seed: UInt64) -> UInt64 {
        var h = seed
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }
    var hi = fnv(0xcbf2_9ce4_8422_2325), lo = fnv(0x8422_2325_cbf2_9ce4 ^ UInt64(name.utf8.count))
    hi = (hi & ~0xF000) | 0x8000                              // version 8
    lo = (lo & ~(0xC000_0000_0000_0000)) | 0x8000_0000_0000_0000  // RFC 9562 variant
    let hex = String(format: "%016llx%016llx", hi, lo)
    let c = Array(hex)
    return "\(String(c[0..<8]))-\(String(c[8..<12]))-\(String(c[12..<16]))-\(String(c[16..<20]))-\(String(c[20..<32]))"
}
