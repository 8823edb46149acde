import FluentKit
import Foundation
import NIOConcurrencyHelpers
import SQLKit
import Worldtime

/// A colleague as a picker shows them: enough to choose, nothing more.
public struct PersonChoice: Sendable, Equatable, Codable {
    public let id: UUID
    public let name: String
    public let timeZone: String

    public init(id: UUID, name: String, timeZone: String) {
        self.id = id; self.name = name; self.timeZone = timeZone
    }
}

/// The active people of one organization, folded for search, so a picker can find 20 among
/// 10,000 without putting the 10,000 in the page.
///
/// Why in memory rather than a name index in the database: a person is found by any word of
/// their name ("villa" finds Mark Villanueva), folded as the place search folds (Łódź, krakow),
/// and SQL can only use an index for the start of a column. Names change rarely; the index is
/// rebuilt from one query when the directory version moves, which every write (from any
/// process) bumps, so a search never answers from a stale list.
public struct PeopleIndex: Sendable {
    struct Entry: Sendable { let choice: PersonChoice; let words: [[UInt8]] }
    let entries: [Entry]
    public var count: Int { entries.count }

    init(_ choices: [PersonChoice]) {
        var cache: [Character: [UInt8]] = [:]
        entries = choices.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
            .map { Entry(choice: $0, words: SearchText.words($0.name, cache: &cache)) }
    }

    /// Everyone, in name order: for an organization small enough to list.
    public func all(excluding: UUID? = nil) -> [PersonChoice] { entries.map(\.choice).filter { $0.id != excluding } }

    /// The active people among these ids (those already ticked in a form), in name order; an id
    /// of another organization or of someone inactive is simply not there.
    public func people(_ ids: [UUID]) -> [PersonChoice] {
        let wanted = Set(ids)
        return entries.map(\.choice).filter { wanted.contains($0.id) }
    }

    /// People whose name has a word starting with each word typed, in name order, at most
    /// `limit`. An empty query finds nobody: a picker lists matches, never everyone.
    public func find(_ query: String, limit: Int = PeopleIndex.limit, excluding: UUID? = nil) -> [PersonChoice] {
        let wanted = SearchText.words(query.prefix(PeopleIndex.maxQuery))
        guard !wanted.isEmpty else { return [] }
        var found: [PersonChoice] = []
        for entry in entries where entry.choice.id != excluding {
            if wanted.allSatisfy({ part in entry.words.contains { $0.starts(with: part) } }) {
                found.append(entry.choice)
                if found.count == limit { break }
            }
        }
        return found
    }

    public static let limit = 20
    /// Longer text than any name is cut rather than refused.
    public static let maxQuery = 100
}

/// One `PeopleIndex` per organization, kept while the directory version is unchanged.
public final class PeopleIndexCache: Sendable {
    private let entries = NIOLockedValueBox<[UUID: (version: Int64, index: PeopleIndex)]>([:])

    public init() {}

    func index(of organizationID: UUID, version: Int64, load: () async throws -> PeopleIndex) async throws -> PeopleIndex {
        if let hit = entries.withLockedValue({ $0[organizationID] }), hit.version == version { return hit.index }
        let index = try await load()
        entries.withLockedValue { $0[organizationID] = (version, index) }
        return index
    }
}

extension Directory {
    /// Everyone active who can be picked, ready to search.
    public func peopleIndex() async throws -> PeopleIndex {
        guard let cache = rosters?.people else { return try await loadPeopleIndex() }
        return try await cache.index(of: organizationID, version: try await version()) { try await loadPeopleIndex() }
    }

    /// Up to 20 active people matching what was typed.
    public func findPeople(_ query: String, excluding: UUID? = nil) async throws -> [PersonChoice] {
        guard !SearchText.words(query.prefix(PeopleIndex.maxQuery)).isEmpty else { return [] }
        return try await peopleIndex().find(query, excluding: excluding)
    }

    func loadPeopleIndex() async throws -> PeopleIndex {
        guard let sql = db as? any SQLDatabase else { return PeopleIndex([]) }
        let rows = try await sql.select().column("id").column("name").column("time_zone").from(Person.schema)
            .where("organization_id", .equal, SQLBind(organizationID)).where("active", .equal, SQLBind(true)).all()
        return PeopleIndex(try rows.map(Self.choice))
    }

    private static func choice(_ row: any SQLRow) throws -> PersonChoice {
        PersonChoice(id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
                     timeZone: try row.decode(column: "time_zone", as: String.self))
    }
}
