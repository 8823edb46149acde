import Testing
@testable import MessageCheck

@Suite struct ToneCheckTests {
    func tone(_ text: String) -> [Finding] { MessageChecker().check(text).filter { $0.category == .tone } }

    func covered(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return tone(text).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    @Test func blameAndSarcasmAreWarningsWithASofterWording() throws {
        let text = "As I already said, you failed to attach the form. Thanks for nothing."
        #expect(tone(text).map(\.check) == ["tone.blame", "tone.blame", "tone.sarcasm"])
        #expect(covered(text) == ["As I already said", "you failed to", "Thanks for nothing"])
        let first = try #require(tone(text).first)
        #expect(first.severity == .warning && first.replacements == ["to recap"])
    }

    @Test func absolutesDismissiveWordsAndOrdersAreSuggestions() {
        let text = "You always reply late. Obviously the portal works; just do the reset and send me the log."
        #expect(tone(text).map(\.check) == ["tone.absolute", "tone.dismissive", "tone.dismissive", "tone.demand"])
        #expect(tone(text).allSatisfy { $0.severity == .suggestion })
    }

    @Test func phrasesMatchWholeWordsOnly() {
        #expect(tone("Per my last email, the SLA is 4 hours.").map(\.check) == ["tone.blame"])
        #expect(tone("Simplify the form; we resend meters daily.").isEmpty)  // not "simply", not "send me"
        #expect(tone("as I. Already said").isEmpty)  // words of a phrase are separated by spaces only
    }

    @Test func shoutingAndRepeatedMarks() {
        #expect(covered("This is URGENT PLEASE FIX TODAY!!!") == ["URGENT PLEASE FIX TODAY", "!!!"])
        #expect(tone("Check the SLA and CSAT in the QBR deck.").isEmpty)  // acronyms are not shouting
        #expect(covered("Really?!") == ["?!"])
        #expect(tone("Great news! The fix is live.").isEmpty)
    }
}
