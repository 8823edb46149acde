import CrosswiseStore
@testable import CrosswiseWeb
import Culture
import FluentKit
import Foundation
import Skills
import Testing

/// "Know yourself" over HTTP: answering stores the positions, writes practice evidence for
/// cultural awareness, shows the person as M on the pair view with the gaps to watch; a
/// partial answer writes nothing.
@Suite struct KnowYourselfTests {
    func answers(_ value: Int) -> [(String, String)] { SelfPlacement.questions.map { ("q-\($0.id)", "\(value)") } }

    @Test func answeringStoresThePositionsWritesPracticeEvidenceAndShowsMeOnThePairView() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member)
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                let empty = try await http.get(CultureRoute.me.path, cookie: cookie)
                #expect(empty.status == .ok)
                #expect(empty.text.contains(SelfPlacement.questions[0].a))
                let before = try await http.get(CultureRoute.pair("PH", "US").path, cookie: cookie).text
                #expect(before.contains("Answer <a href=\"/culture/me\">Know yourself</a>"))
                // All "A, clearly": position 1 everywhere, far from the Philippines' and close to the US on some scales.
                let saved = try await http.post(CultureRoute.saveMe.path, cookie: cookie, answers(1))
                #expect(saved.status == .seeOther)
                let me = try await http.get(CultureRoute.me.path, cookie: cookie).text
                #expect(me.contains("You: 1 of 9, towards \(CultureScale.communicating.low)."))
                #expect(me.contains("Answering counts as practice for Cultural awareness"))
                #expect(me.contains("href=\"/culture/PH/with/US\""))
                let pair = try await http.get(CultureRoute.pair("PH", "US").path, cookie: cookie).text
                #expect(pair.contains("You (M): 1 of 9"))
                let us = CultureBriefs.builtIn.country("US")!
                let expected = SelfPlacement.gaps(Dictionary(uniqueKeysWithValues: CultureScale.allCases.map { ($0, 1) }), against: us)
                #expect(!expected.isEmpty)
                for gap in expected { #expect(pair.contains(gap.says)) }
            }
            let row = try #require(try await CulturePlacement.query(on: app.services.db).filter(\.$person.$id == member.id!).first())
            #expect(row.positionValues.count == 8 && row.positionValues.values.allSatisfy { $0 == 1 })
            let evidence = try await EvidenceRecord.query(on: app.services.db).filter(\.$person.$id == member.id!)
                .filter(\.$source == Evidence.Source.practice.rawValue).all()
            #expect(evidence.count == 1 && evidence.first?.competencyID == "cultural-awareness" && evidence.first?.level == CulturePlacementBook.practiceLevel)
        }
    }

    @Test func aPartialAnswerIsRefusedKeepsTheAnswersAndWritesNothing() async throws {
        try await TestApp.with { app in
            try await app.run { http in
                let cookie = try await http.signIn(TestApp.member)
                var partial = answers(4)
                partial.removeAll { $0.0 == "q-trusting-2" }
                partial = partial.map { $0.0 == "q-leading-1" ? ($0.0, "7") : $0 }
                let refused = try await http.post(CultureRoute.saveMe.path, cookie: cookie, partial)
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("2 questions are still unanswered"))
                #expect(refused.text.contains("Question 12: choose an answer"))
                #expect(refused.text.contains("href=\"#f-q-trusting-2\""))
                #expect(refused.text.contains("id=\"f-q-communicating-1-4\" name=\"q-communicating-1\" value=\"4\" checked"), "what was chosen is kept")
                #expect(try await http.post(CultureRoute.saveMe.path, cookie: cookie, answers(3), csrf: nil).status == .forbidden)
            }
            #expect(try await CulturePlacement.query(on: app.services.db).count() == 0)
            #expect(try await EvidenceRecord.query(on: app.services.db).filter(\.$source == Evidence.Source.practice.rawValue).count() == 0)
        }
    }

    @Test func withoutACulturalAwarenessCompetencyNoEvidenceIsWritten() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member)
            var framework = Framework.builtIn
            framework.competencies.removeAll { $0.id == "cultural-awareness" }
            #expect(CulturePlacementBook.awarenessCompetency(in: framework) == nil)
            let book = CulturePlacementBook(db: app.services.db, organizationID: member.$organization.id)
            let answers = Dictionary(uniqueKeysWithValues: SelfPlacement.questions.map { ($0.id, 2) })
            let result = try await book.complete(answers, of: member.id!, framework: framework, at: Date())
            #expect(result.evidence == false && result.positions[.deciding] == 3)
            #expect(try await EvidenceRecord.query(on: app.services.db).filter(\.$source == Evidence.Source.practice.rawValue).count() == 0)
            #expect(try await CulturePlacement.query(on: app.services.db).count() == 1)
        }
    }

    @Test func thePlacementIsInTheExportAndErasureDeletesIt() async throws {
        try await TestApp.with { app in
            let member = try await app.person(TestApp.member), admin = try await app.person(TestApp.admin)
            let book = CulturePlacementBook(db: app.services.db, organizationID: member.$organization.id)
            try await book.complete(Dictionary(uniqueKeysWithValues: SelfPlacement.questions.map { ($0.id, 5) }), of: member.id!,
                                    framework: Framework.builtIn, at: Date())
            let data = PersonalData(db: app.services.db, organizationID: member.$organization.id)
            let document = try await data.export(member.id!)
            guard case .array(let rows)? = document.sections["culturePlacement"], case .object(let row)? = rows.first,
                  case .object(let positions)? = row["positions"] else { Issue.record("no placement in the export"); return }
            #expect(positions["scheduling"] == .int(9))
            try await data.erase(member.id!, by: .person(admin.id!, role: .admin))
            #expect(try await CulturePlacement.query(on: app.services.db).count() == 0)
        }
    }
}
