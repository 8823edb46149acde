import CrosswiseStore
@testable import CrosswiseWeb
import FluentKit
import Foundation
import Testing

/// Deactivating a team or a person asks first, names who it affects, and tells them in their
/// inbox once confirmed; the question itself changes nothing.
@Suite struct DeactivationTests {
    func notices(_ kind: NoticeKind, in app: TestApp) async throws -> [InboxNotice] {
        try await InboxNotice.query(on: app.services.db).filter(\.$kind == kind.rawValue).all()
    }

    @Test func deactivatingATeamNamesItsPeopleAndPostsEachANoticeOnlyOnceConfirmed() async throws {
        try await TestApp.with { app in
            let admin = try await app.person(TestApp.admin)
            let directory = Directory(db: app.services.db, organizationID: admin.$organization.id)
            let team = try #require(try await directory.teams().first)
            let people = try await directory.affected(byDeactivating: .team(team.id!)).filter { $0.id != admin.id }
            #expect(!people.isEmpty)
            try await app.run { client in
                let cookie = try await client.signIn(TestApp.admin)
                let route = AdminRoute.teams(.setActive(team.id!)).path
                let asked = try await client.post(route, cookie: cookie, [("active", "false")])
                #expect(asked.status == .ok && asked.text.contains("Its members and leads get a notice"))
                #expect(people.allSatisfy { asked.text.contains($0.name.htmlEscapedForTest) })
                #expect(try await directory.team(team.id!)?.active == true)
                #expect(try await notices(.recordDeactivated, in: app).isEmpty, "asking posts nothing")

                let done = try await client.post(route, cookie: cookie, [("active", "false"), ("confirmed", "yes")])
                #expect(done.status == .seeOther)
            }
            #expect(try await directory.team(team.id!)?.active == false)
            let posted = try await notices(.recordDeactivated, in: app)
            #expect(Set(posted.map { $0.$person.id }) == Set(people.compactMap(\.id)))
            #expect(posted.allSatisfy { $0.title.contains(team.name) })
        }
    }

    @Test func deactivatingAPersonTellsTheirLeadsAndMembersCannotAskOrDoIt() async throws {
        try await TestApp.with { app in
            let angelica = try await app.person(TestApp.member), admin = try await app.person(TestApp.admin)
            let other = try await app.otherOrganization()
            let leads = try await Directory(db: app.services.db, organizationID: angelica.$organization.id)
                .affected(byDeactivating: .person(angelica.id!)).filter { $0.id != admin.id }
            #expect(!leads.isEmpty && leads.allSatisfy { $0.id != angelica.id })
            try await app.run { client in
                let member = try await client.signIn(TestApp.member), lead = try await client.signIn(TestApp.lead)
                let route = AdminRoute.people(.setActive(angelica.id!)).path
                #expect(try await client.post(route, cookie: member, [("active", "false"), ("confirmed", "yes")]).status == .forbidden)
                #expect(try await client.post(route, cookie: lead, [("active", "false"), ("confirmed", "yes")]).status == .forbidden)
                let admin = try await client.signIn(TestApp.admin)
                #expect(try await client.post(AdminRoute.teams(.setActive(other.team.id!)).path, cookie: admin, [("active", "false")]).status == .notFound)
                let asked = try await client.post(route, cookie: admin, [("active", "false")])
                #expect(asked.text.contains("Their leads get a notice") && leads.allSatisfy { asked.text.contains($0.name.htmlEscapedForTest) })
                #expect(try await client.post(route, cookie: admin, [("active", "false"), ("confirmed", "yes")]).status == .seeOther)
            }
            #expect(try await app.person(TestApp.member).active == false)
            #expect(try await Team.find(other.team.id, on: app.services.db)?.active == true)
            let posted = try await notices(.recordDeactivated, in: app)
            #expect(Set(posted.map { $0.$person.id }) == Set(leads.compactMap(\.id)))
        }
    }
}

extension String {
    /// What Mustache prints for a name with an apostrophe or ampersand.
    var htmlEscapedForTest: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
