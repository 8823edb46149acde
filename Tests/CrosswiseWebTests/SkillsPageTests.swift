@testable import CrosswiseWeb
import CrosswiseStore
import Foundation
import Skills
import Testing
import Worldtime

/// The Skills pages from fixed models (no database), as HTML snapshots, and what GET /skills
/// costs the database.
@Suite struct SkillsPageTests {
    /// Two self-assessed competencies and one lead rating, at fixed times.
    static func home(openProgress: (Int, Int)? = (12, 40)) -> SkillsHome {
        let framework = Framework.builtIn
        let batch = UUID(uuidString: "00000000-0000-4000-8000-0000000000aa")!, lead = UUID(uuidString: "00000000-0000-4000-8000-0000000000bb")!
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        let ids = framework.active.prefix(2).map(\.id)
        let evidence = [
            Evidence(competency: ids[0], level: 3.5, source: .selfAssessment, recordedAt: at, batch: batch, frameworkVersion: 1),
            Evidence(competency: ids[1], level: 2, source: .selfAssessment, recordedAt: at, batch: batch, frameworkVersion: 1),
            Evidence(competency: ids[1], level: 3, source: .lead, recordedAt: at.addingTimeInterval(86_400), batch: lead, frameworkVersion: 1),
        ]
        let current = framework.entryRole
        return SkillsHome(framework: framework, profile: framework.profile(from: evidence), records: [], current: current,
                          target: current.flatMap { framework.nextRoles(after: $0).first }, openProgress: openProgress, hasPlan: false)
    }

    static let dates = DateWords(try! TimeZoneName("Asia/Manila"))

    @Test func theProfilePage() async throws {
        let page = ProfilePage(home: Self.home(), name: "Angelica Santos", isLead: false, dates: Self.dates)
        Snapshot.check(try await Snapshot.render("skills-profile", title: "My skills", section: .skills, page: page), named: "skills-profile")
    }

    @Test func aRefusedCareerChoiceShowsTheSummaryTheFieldAndWhatWasChosen() async throws {
        var errors = FormErrors(heading: "Your choice was not saved:")
        errors.add(CareerPage.target, "Aim for a role other than the one you have")
        let role = Self.home().framework.roles[0].id
        let page = CareerPage(home: Self.home(), chosen: (role, role), errors: errors)
        let html = try await Snapshot.render("skills-career", title: "Career path", section: .skills, page: page)
        Snapshot.check(html, named: "skills-career-refused")
        #expect(html.contains(##"<a href="#f-target">Aim for a role other than the one you have</a>"##))
    }

    @Test func mySkillsReadsThePersonOnceAndMakesAtMostFiveQueries() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            for email in [TestApp.member, TestApp.lead] {
                let cookie = try await client.signIn(email)
                _ = try await client.get(SkillsRoute.profile.path, cookie: cookie)
                let (response, queries) = try await app.queries.counting { try await client.get(SkillsRoute.profile.path, cookie: cookie) }
                #expect(response.status == .ok)
                #expect(queries <= 5, "GET /skills made \(queries) queries for \(email): \(app.queries.byTable)")
                // The person comes with the session; the one read of people names other raters.
                #expect(app.queries.byTable["sessions"] == 1)
                #expect(app.queries.byTable["people", default: 0] <= 1)
            }
        }
        await app.shutdown()
    }
}
