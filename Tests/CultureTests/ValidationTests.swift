import Testing
@testable import Culture

/// Each rule the briefs keep, proved by a fixture that breaks only that rule: the load fails
/// and the problem names the file and the field.
@Suite struct ValidationTests {
    static let sources = """
    positions: ours, not another party's scores
    sources:
      - {id: hall1976, title: Beyond Culture, author: Edward T. Hall, year: 1976, use: the idea of context}
    """

    static let valid = """
    code: JP
    name: Japan
    languages: [Japanese]
    firstMessage: {names: formal, greeting: expected}
    sections:
      names: Family name with -san.
      disagreeing: Soft.
      email: Formal.
      punctuality: Exact.
      hierarchy: Strong.
      small-talk: Seasons.
      working-week: Golden Week.
      saying-no: Indirectly.
    phrases:
      - {language: Japanese, use: hello, text: こんにちは, transliteration: konnichiwa, pronunciation: kon-NEE-chee-wah, meaning: Hello}
      - {language: Japanese, use: thanks, text: ありがとう, transliteration: arigatō, pronunciation: ah-ree-GAH-toh, meaning: Thanks}
      - {language: Japanese, use: please, text: お願いします, transliteration: onegai shimasu, pronunciation: oh-neh-GUY shee-mas, meaning: Please}
      - {language: Japanese, use: sorry, text: すみません, transliteration: sumimasen, pronunciation: soo-mee-mah-sen, meaning: Sorry}
      - {language: Japanese, use: goodbye, text: 失礼します, transliteration: shitsurei shimasu, pronunciation: sheets-rey shee-mas, meaning: Goodbye}
    scales:
      communicating: {position: 9, says: Implied., sources: [hall1976], reviewed: "2026-12-01"}
      feedback: {position: 8, says: Soft., sources: [hall1976], reviewed: "2026-12-01"}
      persuading: {position: 6, says: Examples., sources: [hall1976], reviewed: "2026-12-01"}
      leading: {position: 7, says: Titles., sources: [hall1976], reviewed: "2026-12-01"}
      deciding: {position: 1, says: Consensus., sources: [hall1976], reviewed: "2026-12-01"}
      trusting: {position: 6, says: Over time., sources: [hall1976], reviewed: "2026-12-01"}
      disagreeing: {position: 9, says: Avoided., sources: [hall1976], reviewed: "2026-12-01"}
      scheduling: {position: 1, says: Exact., sources: [hall1976], reviewed: "2026-12-01"}
    """

    /// The problems from loading `valid` with one replacement made (nil: loads).
    func problems(_ from: String = "", _ to: String = "", file: String = "JP.yaml", sources: String = Self.sources) -> [String]? {
        if !from.isEmpty { #expect(Self.valid.contains(from), "the fixture has no “\(from)”") }
        let text = from.isEmpty ? Self.valid : Self.valid.replacingOccurrences(of: from, with: to)
        do {
            _ = try CultureBriefs(sources: sources, briefs: [(file, text)])
            return nil
        } catch let error as CultureProblems {
            return error.problems
        } catch {
            return ["unexpected \(error)"]
        }
    }

    func expectProblem(_ from: String, _ to: String, _ wanted: String, file: String = "JP.yaml") {
        let found = problems(from, to, file: file) ?? []
        #expect(found.contains { $0.hasPrefix("\(file): ") && $0.contains(wanted) }, "wanted “\(wanted)” in \(found)")
    }

    @Test func theFixtureLoads() { #expect(problems() == nil) }

    @Test func everySectionMustBePresentAndNonEmpty() {
        expectProblem("  email: Formal.\n", "", "sections.email is missing or empty")
        expectProblem("hierarchy: Strong.", "hierarchy: \"  \"", "sections.hierarchy is missing or empty")
        expectProblem("  names:", "  nmaes:", "sections.nmaes is not a section")
    }

    @Test func everyScaleNeedsAPositionInRangeASentenceAKnownSourceAndAReviewDate() {
        expectProblem("  leading: {position: 7, says: Titles., sources: [hall1976], reviewed: \"2026-12-01\"}\n", "", "scales.leading is missing")
        expectProblem("firstMessage: {names: formal, greeting: expected}\n", "", "firstMessage is missing (names: formal or first-names; greeting: expected or optional)")
        #expect(problems("names: formal, greeting", "names: casual, greeting")?.first?.contains("firstMessage.names") == true)
        expectProblem("leading: {position: 7", "leading: {position: 12", "scales.leading.position 12 is outside 1 to 9")
        expectProblem("deciding: {position: 1", "deciding: {position: 0", "scales.deciding.position 0 is outside 1 to 9")
        expectProblem("says: Soft.", "says: \"\"", "scales.feedback.says is empty")
        expectProblem("says: Exact., sources: [hall1976]", "says: Exact., sources: [meyer1999]", "scales.scheduling.sources: “meyer1999” is not in sources.yaml")
        expectProblem("says: Examples., sources: [hall1976]", "says: Examples., sources: []", "scales.persuading.sources is empty")
        expectProblem("says: Over time., sources: [hall1976], reviewed: \"2026-12-01\"", "says: Over time., sources: [hall1976], reviewed: \"2026-13-01\"",
                      "scales.trusting.reviewed “2026-13-01” is not a date")
    }

    @Test func phrasesInAnotherScriptNeedATransliterationAndEveryFormIsNonEmpty() {
        expectProblem(", transliteration: arigatō", "", "phrases[1].transliteration is needed")
        expectProblem("transliteration: sumimasen", "transliteration: すみません", "phrases[3].transliteration must be in Latin letters")
        expectProblem("text: 失礼します", "text: \"\"", "phrases[4].text is empty")
        expectProblem("pronunciation: soo-mee-mah-sen", "pronunciation: \"\"", "phrases[3].pronunciation is empty")
        expectProblem("use: thanks", "use: other", "phrases: none is used for “thanks”")
        expectProblem("  - {language: Japanese, use: goodbye, text: 失礼します, transliteration: shitsurei shimasu, pronunciation: sheets-rey shee-mas, meaning: Goodbye}\n", "",
                      "phrases: give 5 to 10, not 4")
    }

    @Test func latinScriptsWithAccentsNeedNoTransliteration() {
        for text in ["Xin lỗi vì đã để anh chị chờ", "Dziękuję", "Goeie môre", "Ngā mihi", "S’il vous plaît"] {
            #expect(!Script.isNonLatin(text), "\(text)")
        }
        for text in ["您好", "안녕하세요", "السلام عليكم", "नमस्ते", "வணக்கம்"] { #expect(Script.isNonLatin(text), "\(text)") }
    }

    @Test func theCodeMustBeARealCountryAndMatchTheFile() {
        expectProblem("code: JP", "code: XJ", "code “XJ” is not an ISO 3166-1 alpha-2 country code", file: "XJ.yaml")
        expectProblem("code: JP", "code: KR", "code “KR” does not match the file name")
        let twice = try? CultureBriefs(sources: Self.sources, briefs: [("JP.yaml", Self.valid), ("jp.yaml", Self.valid)])
        #expect(twice == nil)
    }

    @Test func theBriefNeedsANameAndItsLanguages() {
        expectProblem("name: Japan", "name: \"\"", "name is empty")
        expectProblem("languages: [Japanese]", "languages: []", "languages must list at least one language")
        expectProblem("meaning: Sorry}", "meaning: \"\"}", "phrases[3].meaning is empty")
    }

    @Test func aDecodingFailureNamesTheFileAndTheField() {
        expectProblem("position: 7", "position: seven", "scales.leading.position")
        expectProblem("name: Japan\n", "", "“name” is missing")
    }

    @Test func theSourceListMustSayWhosePositionsTheseAreAndCarryNoAddresses() {
        let noNote = problems(sources: Self.sources.replacingOccurrences(of: "positions: ours, not another party's scores", with: "positions: \"\"")) ?? []
        #expect(noNote.contains { $0.hasPrefix("sources.yaml: positions") })
        let address = problems(sources: Self.sources.replacingOccurrences(of: "title: Beyond Culture", with: "title: https://example.org")) ?? []
        #expect(address.contains { $0.contains("carries an address") })
    }
}
