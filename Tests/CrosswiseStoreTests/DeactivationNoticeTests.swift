@testable import CrosswiseStore
import FluentKit
import Foundation
import Testing

/// Who a deactivation affects, on both databases, and its notices committing with it.
@Suite struct DeactivationNoticeTests {
    let passwords = Passwords(cost: 4)

    func demo(_ kind: String) async throws -> (CrosswiseDatabase, Directory) {
        let db = try await TestDatabases.fresh(kind)
        try await DemoOrganization(db: db.db, passwords: passwords).loadIfMissing()
        let organizationID = try #require(try await Organization.query(on: db.db).first()?.id)
        return (db, Directory(db: db.db, organizationID: organizationID, actor: .commandLine))
    }

    @Test(arguments: TestDatabases.kinds)
    func aTeamAffectsItsActiveMembersAndAPersonTheLeadsOfTheirTeams(kind: String) async throws {
        let (db, directory) = try await demo(kind)
        let team = try #require(try await directory.teams().first)
        let rows = try await TeamMembership.query(on: db.db).filter(\.$team.$id == team.id!).all()
        let affected = try await directory.affected(byDeactivating: .team(team.id!))
        #expect(Set(affected.compactMap(\.id)) == Set(rows.map { $0.$person.id }))

        let member = try #require(rows.first { !$0.isLead })
        let leads = try await directory.affected(byDeactivating: .person(member.$person.id))
        let leadRows = try await TeamMembership.query(on: db.db).filter(\.$isLead == true).all()
        #expect(!leads.isEmpty && leads.allSatisfy { lead in leadRows.contains { $0.$person.id == lead.id } })
        #expect(!leads.contains { $0.id == member.$person.id })

        let someone = try #require(affected.first { $0.id != member.$person.id })
        try await directory.setActive(person: someone.id!, false)
        let still = try await directory.affected(byDeactivating: .team(team.id!))
        #expect(!still.contains { $0.id == someone.id }, "inactive people hear nothing")
        await db.shutdown()
    }

    @Test(arguments: TestDatabases.kinds)
    func deactivationNoticesAreWrittenWithTheChange(kind: String) async throws {
        let (db, directory) = try await demo(kind)
        var served: (Client, [Person])?
        for client in try await directory.clients() {
            let leads = try await directory.affected(byDeactivating: .client(client.id!))
            if !leads.isEmpty { served = (client, leads); break }
        }
        let (client, leads) = try #require(served, "a demo client is served by a team with a lead")
        let notices = leads.map { NewNotice(to: $0.id!, kind: .recordDeactivated, title: "Client deactivated: \(client.name)", body: "Gone.") }
        try await directory.setActive(client: client.id!, false, notifying: notices)
        let posted = try await InboxNotice.query(on: db.db).filter(\.$kind == NoticeKind.recordDeactivated.rawValue).all()
        #expect(posted.count == leads.count)
        #expect(try await directory.client(client.id!)?.active == false)
        #expect(NoticeKind.choosable.contains(.recordDeactivated) && NoticeKind.recordDeactivated.defaultDelivery == .inbox)
        await db.shutdown()
    }
}
