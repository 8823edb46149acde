@testable import Culture
import Testing

/// The message check's culture hints: each rule fires on its example and stays quiet on the
/// near miss, and every one is off for internal chat.
@Suite struct CultureHintsTests {
    let briefs = CultureBriefs.builtIn
    func brief(_ code: String) -> CountryBrief { briefs.country(code)! }
    func checks(_ text: String, _ code: String, first: Bool = true) -> [CultureHint.Check] {
        CultureHints.check(text, to: brief(code), firstMessage: first).map(\.check)
    }

    @Test func aFirstNameAloneInAFirstMessageToAFormalCountry() {
        #expect(checks("Hi Hans,\nthe report is attached.", "DE").contains(.firstName))
        #expect(checks("Dear Hans,\n\nthe report is attached.", "DE") == [.firstName])
        // Not the first message: they may have offered first names.
        #expect(!checks("Hi Hans,\nthe report is attached.", "DE", first: false).contains(.firstName))
        // A title, a full name, an honorific, or a country where first names are usual.
        #expect(checks("Dear Mr Weber,\nthe report is attached.", "DE").isEmpty)
        #expect(checks("Sehr geehrte Frau Dr. Weber,\nanbei der Bericht.", "DE").isEmpty)
        #expect(checks("Dear Tanaka-san,\nthe report is attached.", "JP").isEmpty)
        #expect(checks("Hi Hans,\nthe report is attached.", "US").isEmpty)
        #expect(checks("Hi team,\nthe report is attached.", "DE").isEmpty)
    }

    @Test func noGreetingWhereTheBriefExpectsOne() {
        #expect(checks("The report is attached.", "JP") == [.noGreeting])
        #expect(checks("Hiring update: the report is attached.", "FR") == [.noGreeting], "a word that starts like a greeting is not one")
        #expect(checks("Konnichiwa Tanaka-san,\nthe report is attached.", "JP").isEmpty, "the brief's own hello counts")
        #expect(checks("こんにちは、\nthe report is attached.", "JP").isEmpty || !checks("こんにちは\nthe report is attached.", "JP").contains(.noGreeting))
        #expect(checks("The report is attached.", "US").isEmpty, "a quick note to a US client needs no greeting")
        let hint = CultureHints.check("The report is attached.", to: brief("JP"), firstMessage: false).first
        #expect(hint?.section == .email && hint?.country == "JP")
        #expect(hint?.message.contains("konnichiwa") == true)
    }

    @Test func aBareNoFirstToAClientWhoDisagreesIndirectly() {
        #expect(checks("Dear Mr Tanaka,\nWe cannot move the deadline.", "JP") == [.bluntNo])
        #expect(checks("Dear Ms Santos, no, that is too late.", "PH") == [.bluntNo], "the body may start on the greeting line")
        #expect(checks("Dear Mr Tanaka,\nThank you for asking. We cannot move the deadline, but we can send part of it on Friday.", "JP").isEmpty)
        #expect(checks("Dear Mr Tanaka,\nNoted: the deadline stays.", "JP").isEmpty, "“Noted” is not “no”")
        #expect(checks("Hi Ann,\nWe cannot move the deadline.", "NL").isEmpty, "the Dutch brief is direct about disagreeing")
        let refusal = CultureHints.check("Dear Mr Tanaka,\nUnfortunately, we cannot do that.", to: brief("JP"), firstMessage: false)
        #expect(refusal.first?.message.contains("“Unfortunately, we cannot”") == true)
        #expect(refusal.first?.section == .sayingNo)
    }

    @Test func internalChatGetsNoHintsAndEmptyTextNone() {
        #expect(CultureHints.check("We cannot.", to: brief("JP"), firstMessage: true, audience: .internalChat).isEmpty)
        #expect(CultureHints.check("  \n ", to: brief("JP"), firstMessage: true).isEmpty)
    }

    @Test func everyHintHasItsOwnCheckId() {
        let ids = CultureHint.Check.allCases.map(\.rawValue)
        #expect(Set(ids).count == ids.count && ids.allSatisfy { $0.hasPrefix("culture.") })
    }

    @Test func everyBundledBriefSaysHowAFirstMessageOpens() {
        for country in briefs.countries { #expect(country.firstMessage != nil, "\(country.code)") }
        #expect(brief("DE").firstMessage == FirstMessage(names: .formal, greeting: .expected))
        #expect(brief("US").firstMessage == FirstMessage(names: .firstNames, greeting: .optional))
    }
}
