@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// The people pickers' search: any word of a name by its start, accents folded, at most 20,
/// and never stale after a write from any process.
@Suite struct PeopleFinderTests {
    static func choice(_ name: String) -> PersonChoice { PersonChoice(id: UUID(), name: name, timeZone: "Asia/Manila") }

    @Test func findsAnyWordByItsStartWithAccentsFolded() {
        let people = ["Mark Villanueva", "Agnieszka Kozłowska", "José Ramírez", "Marta Villa", "Ana Cruz"].map(Self.choice)
        let index = PeopleIndex(people)
        #expect(index.find("villa").map(\.name) == ["Mark Villanueva", "Marta Villa"])
        #expect(index.find("VILLA mar").map(\.name) == ["Mark Villanueva", "Marta Villa"])
        #expect(index.find("mark vil").map(\.name) == ["Mark Villanueva"])
        #expect(index.find("kozlow").map(\.name) == ["Agnieszka Kozłowska"])
        #expect(index.find("ramirez jose").map(\.name) == ["José Ramírez"])
        // Inside a word is not a start: "anueva" finds nobody.
        #expect(index.find("anueva").isEmpty)
        // Nothing typed, or only punctuation, lists nobody rather than everyone.
        #expect(index.find("").isEmpty && index.find("  -,. ").isEmpty)
    }

    @Test func answersAtMostTheLimitInNameOrderAndLeavesOutTheViewer() {
        let people = (1...60).map { Self.choice(String(format: "Sam Person %02d", $0)) }
        let index = PeopleIndex(people.shuffled())
        let found = index.find("sam")
        #expect(found.count == PeopleIndex.limit)
        #expect(found.map(\.name) == (1...20).map { String(format: "Sam Person %02d", $0) })
        let viewer = people[0].id
        #expect(!index.find("sam", excluding: viewer).contains { $0.id == viewer })
        #expect(index.all(excluding: viewer).count == 59)
        // Those already ticked come back in name order; unknown ids are simply absent.
        #expect(index.people([people[5].id, UUID(), people[2].id]).map(\.name) == ["Sam Person 03", "Sam Person 06"])
        // A very long query is cut, not run in full.
        #expect(index.find(String(repeating: "s", count: 10_000)).isEmpty)
    }

    static func save(_ name: String, _ email: String, in directory: Directory, id: UUID? = nil) async throws -> Person {
        var form = PersonForm()
        form.name = name
        form.email = email
        form.timeZone = "Asia/Manila"
        form.country = "PH"
        form.workingHours = "Mon-Fri 21:00-06:00"
        return try await directory.savePerson(form, id: id)
    }

    @Test(arguments: TestDatabases.kinds)
    func aRenameIsSeenAtOnceThroughTheSharedCacheAndOtherOrganizationsStayOut(kind: String) async throws {
        let database = try await TestDatabases.fresh(kind)
        let db = database.db
        let organization = Organization(name: "Finder Org")
        try await organization.create(on: db)
        let cache = RosterCache()
        let directory = Directory(db: db, organizationID: try organization.requireID(), rosters: cache)
        let rosa = try await Self.save("Rosa Delgado", "rosa@example.com", in: directory)
        _ = try await Self.save("Tomas Reyes", "tomas@example.com", in: directory)
        #expect(try await directory.findPeople("rosa").map(\.name) == ["Rosa Delgado"])

        // Another handle on the same database, without the cache (another process, or the CLI), renames her.
        let elsewhere = Directory(db: db, organizationID: try organization.requireID())
        _ = try await Self.save("Rosalind Delgado", "rosa@example.com", in: elsewhere, id: try rosa.requireID())
        #expect(try await directory.findPeople("rosalind").map(\.name) == ["Rosalind Delgado"])
        #expect(try await directory.findPeople("rosa").map(\.name) == ["Rosalind Delgado"])

        // Another organization's people are never found.
        let other = Organization(name: "Other Org")
        try await other.create(on: db)
        _ = try await Self.save("Rosa Otherorg", "rosa@other.example.com", in: Directory(db: db, organizationID: try other.requireID()))
        #expect(try await directory.findPeople("rosa").map(\.name) == ["Rosalind Delgado"])
        await database.shutdown()
    }
}
