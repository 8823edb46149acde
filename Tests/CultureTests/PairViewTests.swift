import Testing
@testable import Culture

@Suite struct PairViewTests {
    let briefs = CultureBriefs.builtIn

    func brief(_ code: String, _ positions: [Int]) -> CountryBrief {
        var base = briefs.country(code)!
        for (scale, position) in zip(CultureScale.allCases, positions) { base.scales[scale.rawValue]?.position = position }
        return base
    }

    @Test func eachRowHasBothPositionsAndTheGap() {
        let view = PairView(yours: briefs.country("PH")!, theirs: briefs.country("DE")!)
        #expect(view.rows.map(\.scale) == CultureScale.allCases)
        for row in view.rows {
            #expect(row.yours == briefs.country("PH")!.position(row.scale))
            #expect(row.theirs == briefs.country("DE")!.position(row.scale))
            #expect(row.gap == abs(row.yours - row.theirs))
        }
    }

    @Test func frictionStartsAtTheThreshold() {
        let a = brief("PH", [5, 5, 5, 5, 5, 5, 5, 5])
        let b = brief("DE", [5, 6, 7, 8, 3, 2, 9, 1])
        let view = PairView(yours: a, theirs: b)
        #expect(view.rows.map(\.gap) == [0, 1, 2, 3, 2, 3, 4, 4])
        #expect(view.rows.map(\.frictionLikely) == [false, false, false, true, false, true, true, true])
        #expect(PairView.frictionGap == 3)
    }

    @Test func swappingTheCountriesKeepsTheGapsAndSwapsTheNames() {
        let ph = briefs.country("PH")!, de = briefs.country("DE")!
        let one = PairView(yours: ph, theirs: de), other = PairView(yours: de, theirs: ph)
        #expect(one.rows.map(\.gap) == other.rows.map(\.gap))
        #expect(one.rows.map(\.frictionLikely) == other.rows.map(\.frictionLikely))
        #expect(zip(one.rows, other.rows).allSatisfy { $0.yours == $1.theirs && $0.theirs == $1.yours })
        #expect(one.summary(of: one.rows[0]).hasPrefix("Germany is"))
        #expect(other.summary(of: other.rows[0]).hasPrefix("The Philippines is"))
    }

    @Test func scriptsAreChosenByTheLargestGapsAndFilledForThePair() {
        let a = brief("PH", [5, 5, 5, 5, 5, 5, 5, 5])
        let b = brief("DE", [5, 6, 9, 2, 5, 5, 1, 4])
        let view = PairView(yours: a, theirs: b)
        // Gaps: persuading 4, disagreeing 4, leading 3 are friction; feedback 1 and scheduling 1 are not.
        #expect(view.scripts.map(\.scale) == [.persuading, .disagreeing, .leading])
        #expect(view.scripts[0].title.contains("the example first"))   // DE leans applications-first here
        #expect(view.scripts[1].title.contains("in the open"))          // and confrontational
        #expect(view.scripts[2].title.contains("flat team in Germany"))
        #expect(view.scripts.allSatisfy { !$0.title.contains("{") && $0.lines.allSatisfy { !$0.contains("{") } })
        // Both countries are named: in the reason and in the contrast line.
        #expect(view.scripts.allSatisfy { $0.reason.contains("Germany") && $0.reason.contains("the Philippines") })
        #expect(view.scripts.allSatisfy { $0.lines[0].contains("Germany") && $0.lines[0].contains("the Philippines") })
    }

    @Test func everyRealPairGetsTwoToFourScripts() {
        for a in briefs.countries {
            for b in briefs.countries {
                let view = PairView(yours: a, theirs: b)
                #expect((PairView.minScripts...PairView.maxScripts).contains(view.scripts.count), "\(a.code)-\(b.code)")
                #expect(Set(view.scripts.map(\.scale)).count == view.scripts.count)
                let widest = view.rows.map(\.gap).max()!
                #expect(view.scripts.first.map { s in view.rows.first { $0.scale == s.scale }!.gap } == widest)
            }
        }
    }

    @Test func aCountryWithItselfHasNoFrictionAndStillGetsScripts() {
        let jp = briefs.country("JP")!
        let view = PairView(yours: jp, theirs: jp)
        #expect(view.rows.allSatisfy { $0.gap == 0 && !$0.frictionLikely })
        #expect(view.scripts.count == PairView.minScripts)
        #expect(view.scripts.allSatisfy { $0.reason.contains("you both sit at") })
        // No "more X than you" contrast line when there is no difference.
        let template = ScriptTemplate.all.first { $0.scale == view.scripts[0].scale && $0.towards == view.rows.first { $0.scale == view.scripts[0].scale }!.theyLean }!
        #expect(view.scripts[0].lines.count == template.lines.count)
    }

    @Test func scriptsUseTheClientsOwnPhrases() {
        let view = PairView(yours: briefs.country("US")!, theirs: briefs.country("JP")!)
        let text = view.scripts.flatMap(\.lines).joined(separator: " ")
        let hello = briefs.country("JP")!.phrase(.hello)!.text, thanks = briefs.country("JP")!.phrase(.thanks)!.text
        #expect(text.contains(hello) || text.contains(thanks))
    }
}
