import Foundation
import Testing
@testable import Culture

/// What `crosswise culture` prints: the formatters live in the engine so they can be tested here.
@Suite struct CultureTextTests {
    let briefs = CultureBriefs.builtIn

    @Test func theListNamesEveryCountryWithItsLanguages() {
        let text = CultureText.list(briefs)
        #expect(text.hasPrefix(CultureBriefs.peopleVary))
        #expect(text.contains("DE  Germany — German, English"))
        #expect(text.components(separatedBy: "\n").count == briefs.countries.count + 2)
    }

    @Test func aBriefShowsEverySectionPhraseAndScaleWithItsSources() {
        let text = CultureText.brief(briefs.country("JP")!, in: briefs)
        #expect(text.contains(CultureBriefs.peopleVary))
        for section in BriefSection.allCases { #expect(text.contains(section.title)) }
        for scale in CultureScale.allCases { #expect(text.contains("\(scale.title): ")) }
        #expect(text.contains("こんにちは (konnichiwa)"))
        #expect(text.contains("Edward T. Hall, “Beyond Culture”, 1976"))
        #expect(text.contains("Crosswise's own judgement"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 || !$0.contains(" ") })
    }

    @Test func thePairShowsBothPositionsFrictionAndScripts() {
        let view = PairView(yours: briefs.country("PH")!, theirs: briefs.country("DE")!)
        let text = CultureText.pair(view, in: briefs)
        #expect(text.hasPrefix("Philippines (PH) serving Germany (DE)"))
        #expect(text.contains(CultureBriefs.peopleVary))
        #expect(text.contains("friction likely"))
        for script in view.scripts { #expect(text.contains(script.title)) }
    }

    @Test func jsonOutputsDecodeAndCarryThePeopleVaryLine() throws {
        let brief = try JSONSerialization.jsonObject(with: Data(CultureText.briefJSON(briefs.country("DE")!, in: briefs).utf8)) as! [String: Any]
        #expect(brief["code"] as? String == "DE")
        #expect(brief["peopleVary"] as? String == CultureBriefs.peopleVary)
        #expect((brief["sections"] as? [Any])?.count == BriefSection.allCases.count)
        #expect((brief["scales"] as? [Any])?.count == CultureScale.allCases.count)
        let pair = try JSONSerialization.jsonObject(with: Data(CultureText.pairJSON(PairView(yours: briefs.country("PH")!, theirs: briefs.country("DE")!), in: briefs).utf8)) as! [String: Any]
        #expect((pair["scales"] as? [[String: Any]])?.first?["gap"] is Int)
        #expect(pair["frictionGap"] as? Int == PairView.frictionGap)
        let list = try JSONSerialization.jsonObject(with: Data(CultureText.listJSON(briefs).utf8)) as! [String: Any]
        #expect((list["countries"] as? [Any])?.count == briefs.countries.count)
    }
}
