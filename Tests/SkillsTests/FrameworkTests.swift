import Foundation
import Testing
@testable import Skills

@Suite struct FrameworkTests {
    let framework = Framework.builtIn

    @Test func builtInFrameworkCoversTheGuidesCompetenciesAndPassesValidation() {
        #expect(framework.problems() == [])
        let ids = Set(framework.competencies.map(\.id))
        // In alphabetical order (the list, as ids).
        for wanted in ["active-listening", "adaptability", "continuous-learning", "cultural-awareness", "customer-experience", "data-privacy",
                       "feedback", "knowledge-transfer", "language-proficiency", "networking", "problem-solving", "professionalism",
                       "spoken-communication", "teamwork", "technical-proficiency", "time-management", "work-life-balance", "written-communication"] {
            #expect(ids.contains(wanted), "missing \(wanted)")
        }
        for c in framework.competencies {
            #expect(c.levels.count == 5 && c.levels.allSatisfy { !$0.behaviours.isEmpty }, "\(c.id) levels")
            #expect(c.statements.count >= 4 && c.scenarios.count >= 2, "\(c.id) assessment items")
            #expect(!c.dos.isEmpty && !c.donts.isEmpty && !c.practice.isEmpty && !c.resources.isEmpty, "\(c.id) advice")
        }
        // Every competency has at least one common mistake with a remedy.
        for c in framework.competencies {
            #expect(framework.mistakes.contains { $0.competencies.contains(c.id) }, "no mistake for \(c.id)")
        }
        #expect(framework.roles.map(\.id) == ["associate", "senior-associate", "team-lead", "subject-matter-expert", "analyst", "operations-manager"])
    }

    @Test func resourcesNameProvidersAndNeverCarryAddresses() {
        for c in framework.competencies {
            for r in c.resources {
                #expect(!r.provider.isEmpty)
                #expect(!r.title.contains("http") && !r.provider.contains("http"), "\(c.id): \(r.title)")
            }
        }
    }

    @Test func validationListsEveryProblemByName() {
        var broken = framework
        broken.competencies.append(broken.competencies[0])                           // duplicate id
        broken.competencies[1].levels.removeLast()                                   // four levels
        broken.competencies[2].statements = Array(broken.competencies[2].statements.prefix(3))
        broken.mistakes[0].competencies = ["no-such-skill"]
        broken.mistakes[1].remedy = ""
        broken.roles[0].requires["teamwork"] = 7
        broken.roles[0].next = ["astronaut"]
        let problems = broken.problems()
        #expect(problems.contains("competency “spoken-communication” appears twice"))
        #expect(problems.contains("competency “written-communication” must describe levels 1 to 5 in order, not [1, 2, 3, 4]"))
        #expect(problems.contains("competency “active-listening” needs at least four behaviour statements, has 3"))
        #expect(problems.contains("mistake “ignoring-culture” links to unknown competency “no-such-skill”"))
        #expect(problems.contains("mistake “jargon-and-acronyms” has no remedy"))
        #expect(problems.contains("role “associate” requires level 7 of “teamwork”; levels run from 1 to 5"))
        #expect(problems.contains("role “associate” leads to unknown role “astronaut”"))
        #expect(problems.contains { $0.contains("scenario “spoken-crackling-line” appears twice") })
    }

    @Test func retiredCompetenciesKeepTheirLevelsButNeedNoQuestions() {
        var edited = framework
        edited.competencies[0].retired = true
        edited.competencies[0].statements = []
        edited.competencies[0].scenarios = []
        #expect(edited.problems() == [])
        #expect(edited.active.count == framework.competencies.count - 1)
    }

    @Test func yamlMistakesNameTheFieldAndNothingLoads() throws {
        let yaml = """
            id: mini
            title: Mini
            version: 1
            levels: []
            competencies:
              - id: listening
                name: Listening
                levels:
                  - { level: 1 }
            mistakes: []
            roles: []
            """
        let error = try #require(throws: FrameworkProblems.self) { try Framework(yaml: yaml, source: "mini.yaml") }
        #expect(error.description.hasPrefix("mini.yaml: 1 problem"))
        #expect(error.problems[0].contains("competencies[0].levels[0]") && error.problems[0].contains("behaviours"))

        let valid = yaml.replacingOccurrences(of: "{ level: 1 }", with: "{ level: 1, behaviours: [Listens] }")
        let invalid = try #require(throws: FrameworkProblems.self) { try Framework(yaml: valid, source: "mini.yaml") }
        #expect(invalid.problems.contains("levels must be exactly 1 to 5 in order, not []"))
        #expect(invalid.problems.contains("competency “listening” needs at least four behaviour statements, has 0"))
    }
}
