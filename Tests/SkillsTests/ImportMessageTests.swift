import Foundation
import Testing
@testable import Skills

/// An admin reads what is wrong with an imported file and where, in the file's terms, never
/// the decoder's ("The given data was not valid JSON", "Expected to decode Dictionary<String, Any>").
@Suite struct ImportMessageTests {
    func problems(_ text: String, named name: String) -> [String] {
        do {
            _ = try Framework(file: Data(text.utf8), named: name, mergingMoodleInto: Framework.builtIn)
            return []
        } catch let problems as FrameworkProblems {
            return problems.problems
        } catch {
            return ["\(error)"]
        }
    }

    @Test func brokenJSONSaysWhereItBreaks() {
        let found = problems("{\"CFDocument\": {\"title\": \"x\",,}}", named: "framework.json")
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.contains("not valid JSON") && !$0.contains("The given data") })
    }

    @Test func aValueOfTheWrongKindNamesTheKeyAndWhatWasExpected() {
        let found = problems("id: ours\ntitle: Ours\nversion: 1\nlevels: plain text\ncompetencies: []\n", named: "framework.yaml")
        #expect(found.contains { $0.hasPrefix("levels: expected a list") }, "\(found)")
        #expect(!found.contains { $0.contains("Dictionary<") || $0.contains("Array<") || $0.contains("Expected to decode") })
    }
}
