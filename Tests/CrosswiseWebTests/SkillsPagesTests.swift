import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import HummingbirdTesting
import Skills
import Testing

/// Who may see whose skills, and the assessment, rating and plan forms over HTTP.
@Suite struct SkillsPagesTests {
    @Test func membersSeeOnlyTheirOwnProfileAndLeadsOnlyTheirTeams() async throws {
        try await TestApp.with { app in
            let other = try await app.otherOrganization()
            let arjun = try await app.person("arjun.rao@meridianshore.example.com")  // in Priya's team
            let angelica = try await app.person(TestApp.member)                      // in Ramon's team
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let own = try await client.get("/skills", cookie: member)
                #expect(own.status == .ok && own.text.contains("Levels at a glance") && own.text.contains("<svg"))
                #expect(try await client.get("/skills/people", cookie: member).status == .forbidden)
                #expect(try await client.get("/skills/people/\(arjun.id!)", cookie: member).status == .forbidden)
                #expect(try await client.post("/skills/people/\(arjun.id!)/ratings", cookie: member,
                                              [("teamwork-level", "1"), ("teamwork-comment", "x"), ("teamwork-example", "y")]).status == .forbidden)

                let lead = try await client.signIn(TestApp.lead)
                let team = try await client.get("/skills/people", cookie: lead)
                #expect(team.status == .ok && team.text.contains("Arjun Rao") && !team.text.contains("Angelica Santos"))
                let arjunPage = try await client.get("/skills/people/\(arjun.id!)", cookie: lead)
                #expect(arjunPage.status == .ok && arjunPage.text.contains("Arjun Rao") && arjunPage.text.contains("Rate competencies"))
                let notMine = try await client.get("/skills/people/\(angelica.id!)", cookie: lead)
                #expect(notMine.status == .notFound && !notMine.text.contains("Angelica"))

                let admin = try await client.signIn(TestApp.admin)
                #expect(try await client.get("/skills/people/\(angelica.id!)", cookie: admin).status == .ok)
                #expect(try await client.get("/skills/people/\(other.person.id!)", cookie: admin).status == .notFound)
            }
        }
    }

    @Test func aRatingNeedsACommentAndExampleAndNothingIsWrittenWithoutThem() async throws {
        try await TestApp.with { app in
            let arjun = try await app.person("arjun.rao@meridianshore.example.com")
            let priya = try await app.person(TestApp.lead)
            let before = try await EvidenceRecord.query(on: app.services.db).count()
            try await app.run { client in
                let lead = try await client.signIn(TestApp.lead)
                let bad = try await client.post("/skills/people/\(arjun.id!)/ratings", cookie: lead,
                                                [("teamwork-level", "4"), ("teamwork-comment", "Covers the late queue"), ("teamwork-example", "")])
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("give an example you saw") && bad.text.contains("Covers the late queue"))
                #expect(try await EvidenceRecord.query(on: app.services.db).count() == before)
                #expect(try await client.post("/skills/people/\(arjun.id!)/ratings", cookie: lead, [("teamwork-level", "4")], csrf: nil).status == .forbidden)

                let good = try await client.post("/skills/people/\(arjun.id!)/ratings", cookie: lead,
                                                 [("teamwork-level", "4"), ("teamwork-comment", "Covers the late queue"), ("teamwork-example", "Took the 2 a.m. escalation for Ohio")])
                #expect(good.status == .seeOther)
                let rows = try await EvidenceRecord.query(on: app.services.db).filter(\.$person.$id == arjun.id!).filter(\.$source == "lead")
                    .filter(\.$recordedBy.$id == priya.id!).filter(\.$competencyID == "teamwork").all()
                #expect(rows.contains { $0.level == 4 && $0.example == "Took the 2 a.m. escalation for Ohio" })
                // A lead cannot rate themselves.
                #expect(try await client.post("/skills/people/\(priya.id!)/ratings", cookie: lead,
                                              [("teamwork-level", "5"), ("teamwork-comment", "a"), ("teamwork-example", "b")]).status == .forbidden)
            }
        }
    }

    @Test func anAssessmentStopsResumesRejectsBadAnswersAndFinishesIntoEvidence() async throws {
        try await TestApp.with { app in
            let me = try await app.person(TestApp.member)
            let framework = Framework.builtIn
            let evidenceBefore = try await EvidenceRecord.query(on: app.services.db).filter(\.$person.$id == me.id!).count()
            let selfBefore = try await EvidenceRecord.query(on: app.services.db).filter(\.$person.$id == me.id!).filter(\.$source == "self").count()
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                #expect(try await client.get("/skills/assessment", cookie: member).text.contains("Start the self-assessment"))
                #expect(try await client.post("/skills/assessment/start", cookie: member, []).status == .seeOther)
                let part1 = try await client.get("/skills/assessment", cookie: member)
                #expect(part1.text.contains("Part 1 of") && part1.text.contains("type=\"radio\""))

                let first = framework.active[0]
                var fields = first.statements.indices.map { ("f:\(first.id)/\($0)", "4") }
                fields += first.scenarios.map { ("s:\($0.id)", "0") }
                let stop = try await client.post("/skills/assessment", cookie: member, fields + [("part", "1"), ("go", "stop")])
                #expect(stop.status == .seeOther && stop.headers[.location] == "/skills?notice=progress-saved")
                #expect(try await client.get("/skills", cookie: member).text.contains("in progress"))

                let bad = try await client.post("/skills/assessment", cookie: member, [("f:\(first.id)/0", "9"), ("part", "1"), ("go", "next")])
                #expect(bad.status == .unprocessableContent && bad.text.contains("nothing from this part was saved"))
                let early = try await client.post("/skills/assessment", cookie: member, [("part", "1"), ("go", "finish")])
                #expect(early.status == .unprocessableContent && early.text.contains("still unanswered"))
                #expect(try await EvidenceRecord.query(on: app.services.db).filter(\.$person.$id == me.id!).count() == evidenceBefore)

                var rest: [(String, String)] = []
                for c in framework.active.dropFirst() {
                    rest += c.statements.indices.map { ("f:\(c.id)/\($0)", "3") }
                    rest += c.scenarios.map { ("s:\($0.id)", "1") }
                }
                let done = try await client.post("/skills/assessment", cookie: member, rest + [("part", "7"), ("go", "finish")])
                #expect(done.status == .seeOther && done.headers[.location] == "/skills?notice=assessed")
            }
            let after = try await EvidenceRecord.query(on: app.services.db).filter(\.$person.$id == me.id!).filter(\.$source == "self").all()
            #expect(after.count == selfBefore + framework.active.count)
            let first = framework.active[0]
            // The first competency's statements were all "often" (4) and its stored answers survived the rejected page.
            let latest = after.filter { $0.competencyID == first.id }.max { $0.recordedAt < $1.recordedAt }
            let expected = framework.score(AssessmentAnswers(
                frequencies: Dictionary(uniqueKeysWithValues: first.statements.indices.map { (AssessmentAnswers.key(first.id, $0), 4) }),
                choices: Dictionary(uniqueKeysWithValues: first.scenarios.map { ($0.id, 0) }))).first { $0.competency == first.id }?.score
            #expect(latest?.level == expected)
        }
    }

    @Test func aPlanIsDraftedEditedWithErrorsKeptAndOthersPlansAreNotFound() async throws {
        try await TestApp.with { app in
            let arjun = try await app.person("arjun.rao@meridianshore.example.com")
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                #expect(try await client.post("/skills/plan/draft", cookie: member, [("role", "team-lead")]).status == .seeOther)
                let page = try await client.get("/skills/plan", cookie: member)
                #expect(page.status == .ok && page.text.contains("Towards <b>Team Lead</b>"))
                #expect(page.text.components(separatedBy: "class=\"panel goal\"").count - 1 == 3)
                let planID = try #require(page.text.range(of: #"action="/skills/plan/([0-9A-F-]{36})""#, options: .regularExpression)
                    .map { String(page.text[$0].dropFirst(#"action="/skills/plan/"#.count).prefix(36)) })

                let bad = try await client.post("/skills/plan/\(planID)", cookie: member, [
                    ("g0-target", "4"), ("g0-due", "2027-02-31"), ("g0-a0-text", "Ask one client for feedback"), ("g0-a0-cadence", "monthly"), ("status", "active"),
                ])
                #expect(bad.status == .unprocessableContent && bad.text.contains("YYYY-MM-DD") && bad.text.contains("Ask one client for feedback"))
                let good = try await client.post("/skills/plan/\(planID)", cookie: member, [
                    ("g0-target", "4"), ("g0-due", "2027-02-28"), ("g0-a0-text", "Ask one client for feedback"), ("g0-a0-cadence", "monthly"), ("status", "active"),
                ])
                #expect(good.status == .seeOther)
                let saved = try await client.get("/skills/plan", cookie: member).text
                #expect(saved.contains("Active") && saved.contains("28 Feb 2027") && saved.contains("Ask one client for feedback"))
                #expect(try await client.post("/skills/plan/\(planID)/notes", cookie: member, [("day", "2027-01-05"), ("text", "Asked the Ohio client")]).status == .seeOther)

                // Another person's plan id is not found for this member, and the lead of another team cannot comment on it.
                let lead = try await client.signIn(TestApp.lead)
                #expect(try await client.post("/skills/plan/\(planID)", cookie: lead, [("status", "complete")]).status == .notFound)
                let angelica = try await app.person(TestApp.member)
                #expect(try await client.post("/skills/people/\(angelica.id!)/plan/\(planID)/comments", cookie: lead, [("text", "Nice")]).status == .notFound)
                #expect(try await client.post("/skills/people/\(arjun.id!)/plan/\(planID)/comments", cookie: lead, [("text", "Nice")]).status == .notFound)
            }
        }
    }

    @Test func theFrameworkBrowserShowsCompetenciesAndMistakes() async throws {
        try await TestApp.with { app in
            try await app.run { client in
                let member = try await client.signIn(TestApp.member)
                let list = try await client.get("/skills/framework", cookie: member)
                #expect(list.status == .ok && list.text.contains("Common mistakes") && list.text.contains("Data privacy and compliance"))
                let one = try await client.get("/skills/framework/data-privacy", cookie: member)
                #expect(one.status == .ok && one.text.contains("Role model") && one.text.contains("Common mistakes"))
                #expect(try await client.get("/skills/framework/not-a-thing", cookie: member).status == .notFound)
            }
        }
    }
}
