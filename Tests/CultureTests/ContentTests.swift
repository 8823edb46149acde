import Foundation
import Testing
@testable import Culture

/// The bundled briefs: the countries the issue asks for, every section, scale and source.
@Suite struct ContentTests {
    let briefs = CultureBriefs.builtIn

    @Test func everyAskedForCountryHasABrief() {
        let wanted = "AE AU CA CO EG GB IE IN MX MY PH PL US VN ZA DE FR NL ES IT JP SG SA NZ BR CN KR".split(separator: " ").map(String.init)
        #expect(Set(briefs.countries.map(\.code)) == Set(wanted))
        #expect(briefs.countries.count == 27)
    }

    @Test func everyBriefHasEverySectionScaleAndPhraseForm() {
        for c in briefs.countries {
            #expect(c.problems(knownSources: Set(briefs.sources.map(\.id))) == [], "\(c.code)")
            for section in BriefSection.allCases { #expect(c.section(section).count >= 60, "\(c.code) \(section.rawValue) is too thin") }
            for scale in CultureScale.allCases {
                let p = try! #require(c.placement(scale))
                #expect(CultureScale.positions.contains(p.position))
                #expect(p.sources.allSatisfy { briefs.source($0) != nil })
            }
            for p in c.phrases where Script.isNonLatin(p.text) { #expect(!(p.transliteration ?? "").isEmpty, "\(c.code) \(p.text)") }
        }
    }

    @Test func theScalesAreSaidToBeOurJudgementAndSourcesCarryNoAddresses() {
        #expect(briefs.positionsNote.contains("Crosswise's own judgement"))
        for s in briefs.sources { #expect(!s.citation.contains("http") && !s.citation.contains("www."), "\(s.id)") }
    }

    @Test func countriesWithAnotherMainLanguageListItsPhrases() {
        let nonEnglish: [String: String] = ["IN": "Hindi", "PH": "Filipino", "MY": "Malay", "ZA": "isiZulu", "CA": "French", "AE": "Arabic", "SA": "Arabic", "EG": "Arabic"]
        for (code, language) in nonEnglish {
            #expect(briefs.country(code)?.phrases.contains { $0.language.hasPrefix(language) } == true, "\(code) has no \(language) phrase")
        }
    }

    @Test func lookupIgnoresCase() {
        #expect(briefs.country("de")?.name == "Germany")
        #expect(briefs.country(" Ph ")?.code == "PH")
        #expect(briefs.country("XX") == nil)
    }

    @Test func aMistypedCodeSuggestsTheClosestOnes() {
        #expect(briefs.closest(to: "UK").first == "GB")
        #expect(briefs.closest(to: "jap").first == "JP")
        #expect(briefs.closest(to: "DK").contains("DE"))
        #expect(briefs.closest(to: "QQ").isEmpty == false || briefs.countries.allSatisfy { $0.code.first != "Q" })
    }

    @Test func anUnknownCodeNamesTheClosestCodesAndNeverEchoesControlCharacters() {
        #expect(briefs.unknownCodeMessage("UK").hasPrefix("no cultural brief for “UK”. Closest: GB (United Kingdom)"))
        #expect(briefs.unknownCodeMessage("UK").hasSuffix("See crosswise culture --list."))
        let message = briefs.unknownCodeMessage("D\u{1B}[31mX")
        #expect(!message.contains("\u{1B}"))
        #expect(message.contains("DE (Germany)"))
    }
}
