import Foundation
import Testing
@testable import Skills
@testable import YAMLFiles

@Suite struct ImportSafetyTests {
    let framework = Framework.builtIn

    func bundledYAML() throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Skills/Resources/framework.yaml").standardizedFileURL
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The bundled file with a 170 KB anchored list that 1,000 aliases repeat: about 175 KB of
    /// text that a decoder would expand into some 170 MB.
    func aliasBomb() throws -> String {
        let pad = "pad: &pad [" + Array(repeating: "\"xxxxxxxxxxxx\"", count: 11_000).joined(separator: ", ") + "]\n"
        let bomb = "bomb: [" + Array(repeating: "*pad", count: 1_000).joined(separator: ", ") + "]\n"
        return pad + bomb + (try bundledYAML())
    }

    @Test func aFrameworkWithThousandsOfAliasesIsRefusedBeforeDecoding() throws {
        let yaml = try aliasBomb()
        let error = try #require(throws: FrameworkProblems.self) { try Framework(yaml: yaml, source: "bomb.yaml") }
        #expect(error.problems == ["the file uses 1,000 aliases (&anchor/*alias); at most 100 are allowed"])
        // Through the file reader the admin page and the command line share.
        let again = try #require(throws: FrameworkProblems.self) {
            try Framework(file: Data(yaml.utf8), named: "bomb.yaml", mergingMoodleInto: framework)
        }
        #expect(again.problems == error.problems)
    }

    @Test func fewAliasesThatMultiplyAreRefusedToo() throws {
        var nested = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in [("b", "a"), ("c", "b"), ("d", "c"), ("e", "d"), ("f", "e")] {
            nested += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let error = try #require(throws: FrameworkProblems.self) { try Framework(yaml: nested + (try bundledYAML()), source: "f.yaml") }
        #expect(error.problems.count == 1 && error.problems[0].contains("expand it to more than 200,000 values"))
        // The count walks each anchored node once: exact sizes, aliases counted as written.
        let small = "a: &x [1, 2]\nb: *x\nc: *x\n"  // 13 values once expanded, 2 aliases
        #expect(throws: YAMLLimitError.tooManyAliases(count: 2, limit: 1)) { try YAMLLimits(maxBytes: 1 << 20, maxAliases: 1).compose(small) }
        #expect(throws: YAMLLimitError.expandsTooFar(limit: 12)) { try YAMLLimits(maxBytes: 1 << 20, maxNodes: 12).compose(small) }
        #expect(try YAMLLimits(maxBytes: 1 << 20, maxAliases: 2, maxNodes: 13).compose(small) != nil)
    }

    @Test func oversizedFilesAreRefusedByTheirSize() throws {
        let yaml = "# " + String(repeating: "x", count: 2 << 20) + "\n" + (try bundledYAML())
        let error = try #require(throws: FrameworkProblems.self) { try Framework(yaml: yaml, source: "big.yaml") }
        #expect(error.problems.count == 1 && error.problems[0].hasSuffix("bytes; at most 2 MB is allowed"))
        let json = Data(repeating: UInt8(ascii: " "), count: (8 << 20) + 1)
        let caseError = try #require(throws: FrameworkProblems.self) { try CASEPackage.decode(json) }
        #expect(caseError.problems[0].hasSuffix("at most 8 MB is allowed"))
        // The real exports are far below the caps.
        #expect(framework.casePackage().json().count < Framework.maxCASEBytes / 4)
        #expect(framework.moodleCSV().utf8.count < Framework.maxMoodleBytes / 4)
    }

    @Test func theBundledFrameworkStillLoadsThroughTheLimits() throws {
        let loaded = try Framework(yaml: try bundledYAML(), source: "framework.yaml")
        #expect(loaded == framework)
        #expect(loaded.problems().isEmpty)
    }

    @Test func aFrameworkWithEveryCompetencyRetiredIsRefused() throws {
        var retired = framework
        for i in retired.competencies.indices { retired.competencies[i].retired = true }
        #expect(retired.problems().contains("every competency is retired; keep at least one active competency so people can be assessed"))
        #expect(throws: FrameworkProblems.self) { try Framework(casePackage: retired.casePackage()) }
    }

    @Test func planGoalsTakeANegativeCountAsNone() throws {
        let role = try #require(framework.entryRole)
        let profile = framework.profile(from: [])
        #expect(framework.planGoals(for: profile, towards: role, startingOn: Date(timeIntervalSince1970: 1_800_000_000), count: -1).isEmpty)
    }
}
