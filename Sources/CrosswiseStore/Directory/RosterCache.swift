import FluentKit
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Team rosters kept in memory between requests, valid while the directory's version is
/// unchanged. Every Today and team page reads a roster; re-reading and decoding 300 rows each
/// time was the largest cost of those pages. Checking the version is one single-row query, and
/// any write, from this process or another (the CLI), bumps it, so a cached roster is never
/// served after a change.
public final class RosterCache: Sendable {
    private let entries = NIOLockedValueBox<[UUID: (version: Int64, roster: [RosterEntry])]>([:])
    /// Each organization's people folded for pickers (see `PeopleIndex`), under the same rule.
    public let people = PeopleIndexCache()

    public init() {}

    func roster(of teamID: UUID, version: Int64, load: () async throws -> [RosterEntry]) async throws -> [RosterEntry] {
        if let hit = entries.withLockedValue({ $0[teamID] }), hit.version == version { return hit.roster }
        let roster = try await load()
        entries.withLockedValue { cache in
            // Drop everything from older versions so the cache never grows past one version.
            if cache.values.contains(where: { $0.version != version }) { cache = cache.filter { $0.value.version == version } }
            cache[teamID] = (version, roster)
        }
        return roster
    }
}

extension Directory {
    /// The current directory version.
    func version() async throws -> Int64 {
        guard let sql = db as? any SQLDatabase,
              let row = try await sql.select().column("version").from("directory_version").where("id", .equal, SQLBind(1)).first() else { return 0 }
        return try row.decode(column: "version", as: Int64.self)
    }

    /// Marks the directory as changed. Call inside the write's transaction.
    func bumpVersion() async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.update("directory_version").set("version", to: SQLRaw("version + 1")).where("id", .equal, SQLBind(1)).run()
    }
}
