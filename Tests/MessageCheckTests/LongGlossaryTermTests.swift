import Testing
@testable import MessageCheck

/// A glossary term of many words once overflowed the phrase table, sized for four words a
/// phrase, and stopped the process (FuzzCheckConfig, Fuzz/FuzzCheckConfig/corpus/regress-long-glossary-term).
@Suite struct LongGlossaryTermTests {
    @Test func aGlossaryTermOfTwentyWordsIsFoundNotACrash() throws {
        let term = (1...20).map { "word\(Character(UnicodeScalar(96 + $0)!))" }.joined(separator: " ")
        let yaml = "glossary:\n  - {term: \(term), replacement: plain words}\n"
        let checker = MessageChecker(configuration: try CheckConfiguration(yaml: yaml, source: "org.yaml"))
        let findings = checker.check("Please read this: \(term). Thanks.")
        #expect(findings.contains { $0.check == "org.glossary" && $0.replacements == ["plain words"] })
    }
}
