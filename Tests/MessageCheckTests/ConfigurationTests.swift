import Testing
@testable import MessageCheck

@Suite struct ConfigurationTests {
    let yaml = """
        profile: support-ticket
        checks:
          privacy.ip-address: off
          tone: warning
          clarity.passive-voice: error
        limits:
          long-sentence: 12
        glossary:
          - term: ticket deflection
            replacement: self-service answer
            note: Clients never say this.
        rules:
          NoPromises:
            extends: existence
            message: "Avoid promising '%s'."
            level: warning
            tokens: [guarantee, guaranteed, money-back]
          Names:
            extends: substitution
            message: "Use '%s' instead of '%s'."
            level: error
            ignorecase: false
            swap:
              crosswise: Crosswise
        """

    @Test func glossaryRulesSeveritiesAndLimitsApply() throws {
        let config = try CheckConfiguration(yaml: yaml, source: "org.yaml")
        let checker = MessageChecker(configuration: config)
        #expect(checker.profile.name == "support-ticket")
        let findings = checker.check("We guarantee ticket deflection with crosswise from 10.0.0.1. The refund was rejected. Obviously.")
        let byCheck = Dictionary(findings.map { ($0.check, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byCheck["org.NoPromises"]?.message == "Avoid promising 'guarantee'.")
        #expect(byCheck["org.NoPromises"]?.severity == .warning)
        #expect(byCheck["org.glossary"]?.replacements == ["self-service answer"])
        #expect(byCheck["org.glossary"]?.message.contains("Clients never say this.") == true)
        #expect(byCheck["org.Names"]?.message == "Use 'Crosswise' instead of 'crosswise'.")
        #expect(byCheck["org.Names"]?.severity == .error)
        #expect(byCheck["privacy.ip-address"] == nil)
        #expect(byCheck["clarity.passive-voice"]?.severity == .error)
        #expect(byCheck["tone.dismissive"]?.severity == .warning)
        // ignorecase: false — the right spelling is not flagged.
        #expect(!checker.check("Crosswise is here.").contains { $0.check == "org.Names" })
        // The long-sentence limit came down to 12 words.
        #expect(checker.check("one two three four five six seven eight nine ten eleven twelve thirteen.").contains { $0.check == "clarity.long-sentence" })
        // A profile chosen by the caller wins over the file's.
        #expect(MessageChecker(profile: .internalChat, configuration: config).profile.name == "internal-chat")
        // Switching the organization's rules off by "org".
        #expect(MessageChecker(configuration: config, disabled: ["org"]).check("We guarantee it.").isEmpty)
    }

    @Test func mistakesAreNamedWithTheirLine() {
        func error(_ text: String) -> String {
            do { _ = try CheckConfiguration(yaml: text, source: "org.yaml"); return "accepted" } catch { return error.description }
        }
        #expect(error("checks:\n  privacy.nope: off") .hasPrefix("org.yaml:2: unknown check 'privacy.nope'"))
        #expect(error("checks:\n  tone: loud").contains("'loud' is not off, suggestion, warning or error"))
        #expect(error("profile: poster").contains("profile 'poster' is unknown"))
        #expect(error("rules:\n  X:\n    extends: occurrence\n    max: 3").contains("extends 'occurrence' is not supported"))
        #expect(error("rules:\n  X:\n    extends: existence\n    tokens: ['colou?r']").contains("no regular expressions"))
        #expect(error("rules:\n  X:\n    extends: substitution").contains("needs a swap map"))
        #expect(error("limits:\n  grade: -3").contains("between 1 and 1000"))
        #expect(error("colour: blue").contains("unknown setting 'colour'"))
        #expect(error("checks: [").contains("not valid YAML"))
        #expect(error("") == "accepted")
    }
}

@Suite struct ConfigurationLimitsTests {
    func error(_ text: String) -> String {
        do { _ = try CheckConfiguration(yaml: text, source: "org.yaml"); return "accepted" } catch { return error.description }
    }

    @Test func aliasBombsAndHugeFilesAreRefusedBeforeTheyExpand() {
        // One glossary entry repeated through 1,000 aliases.
        let bomb = "glossary:\n  - &entry {term: ticket deflection, replacement: self-service answer}\n" + String(repeating: "  - *entry\n", count: 1_000)
        #expect(error(bomb) == "org.yaml: the file uses 1,000 aliases (&anchor/*alias); at most 100 are allowed")
        // Few aliases, each ten times the one before: a million values.
        var nested = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in [("b", "a"), ("c", "b"), ("d", "c"), ("e", "d"), ("f", "e")] {
            nested += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(error(nested).contains("expand it to more than 200,000 values"))
        #expect(error("# padding\n" + String(repeating: "#", count: 300_000)).contains("at most 256 KB is allowed"))
        // Ordinary use of an anchor is fine.
        #expect(error("limits: &l {grade: 10}\nchecks: {tone: warning}") == "accepted")
    }
}
