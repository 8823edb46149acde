@testable import CrosswiseStore
import FluentKit
import Foundation
import SQLKit
import Testing

/// The indexes of M015 exist on both databases, and SQLite's planner searches with them
/// instead of reading a whole table that grows with the organization.
@Suite struct IndexTests {
    struct PlanRow: Decodable { let detail: String }

    @Test(arguments: TestDatabases.kinds)
    func lookupsByPersonAndOrganizationSearchAnIndex(kind: String) async throws {
        let db = try await TestDatabases.fresh(kind)
        let sql = db.db as! any SQLDatabase
        for index in M015_IndexesForLargeOrganizations.indexes {
            let filter = index.columns.map { "\"\($0)\" = ?" }.joined(separator: " AND ")
            let statement = "SELECT * FROM \"\(index.table)\" WHERE \(filter)"
            if kind == "sqlite" {
                let plan = try await sql.raw("EXPLAIN QUERY PLAN \(unsafeRaw: statement)").all(decoding: PlanRow.self).map(\.detail)
                #expect(plan.contains { $0.hasPrefix("SEARCH \(index.table) USING INDEX \(index.name)") }, "\(index.name): \(plan)")
                #expect(!plan.contains { $0.hasPrefix("SCAN \(index.table)") }, "\(index.name): \(plan)")
            } else {
                struct Found: Decodable { let indexname: String }
                // Each test has its own schema on one server, so look in this one only.
                let found = try await sql.raw("""
                    SELECT indexname FROM pg_indexes
                    WHERE schemaname = current_schema() AND tablename = \(bind: index.table) AND indexname = \(bind: index.name)
                    """)
                    .all(decoding: Found.self)
                #expect(found.count == 1, "\(index.name) is missing")
            }
        }
        await db.shutdown()
    }
}
