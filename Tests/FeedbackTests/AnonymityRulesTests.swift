import Testing
@testable import Feedback

/// Answers for one competency: `n` raters per group, levels cycling 1...5 so groups differ.
private func answers(peers: Int = 0, reports: Int = 0, clients: Int = 0, comments: Bool = true) -> [RaterAnswer] {
    var all: [RaterAnswer] = []
    for (group, count) in [(RaterGroup.peers, peers), (.directReports, reports), (.clients, clients)] {
        for index in 0..<count {
            all.append(RaterAnswer(group: group, level: index % 5 + 1, comment: comments ? "\(group.label) comment \(index)" : nil))
        }
    }
    return all
}

@Suite struct AnonymityRulesTests {
    // MARK: Every combination of group sizes 0-10

    /// For every size of each group from 0 to 10, under the default thresholds and stricter
    /// ones: nothing shown falls under its threshold, no subtraction of shown figures leaves
    /// fewer raters than a threshold, comments appear only from groups that reached theirs, and
    /// every answer that can be counted safely is counted in "others".
    @Test(arguments: [
        try! AnonymityThresholds(),
        try! AnonymityThresholds(peers: 4, directReports: 3, clients: 5),
        try! AnonymityThresholds(peers: 10, directReports: 10, clients: 10),
        try! AnonymityThresholds(peers: 3, directReports: 7, clients: 3),
    ])
    func everyCombinationOfGroupSizesKeepsEachRaterAnonymous(thresholds: AnonymityThresholds) {
        for peers in 0...10 { for reports in 0...10 { for clients in 0...10 {
            let sizes: [RaterGroup: Int] = [.peers: peers, .directReports: reports, .clients: clients]
            let results = AnonymousResults(answers: answers(peers: peers, reports: reports, clients: clients), thresholds: thresholds)
            let label = "peers \(peers), reports \(reports), clients \(clients), \(thresholds)"
            var shownAlone: [RaterGroup] = []
            for group in results.groups {
                let n = sizes[group.group]!
                let threshold = thresholds.minimum(for: group.group)
                switch group.status {
                case .noRaters: #expect(n == 0, "\(label)")
                case .shown:
                    shownAlone.append(group.group)
                    #expect(n >= threshold, "\(label)")
                    #expect(group.figures?.count == n, "\(label)")
                case .hiddenByDifference: #expect(n >= threshold, "\(label)")
                case .mergedIntoOthers, .hidden: #expect(n > 0 && n < threshold, "\(label)")
                }
                if group.status != .shown { #expect(group.figures == nil, "\(label)") }
                #expect(group.comments.isEmpty == !(n >= threshold && n > 0), "\(label)")
            }
            // Others minus any set of groups shown on their own: nothing, or a safe crowd.
            if let others = results.others {
                #expect(Set(shownAlone).isSubset(of: Set(others.groups)), "\(label)")
                for mask in 0..<(1 << shownAlone.count) {
                    let taken = shownAlone.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
                    let rest = others.groups.filter { !taken.contains($0) }
                    let left = rest.map { sizes[$0]! }.reduce(0, +)
                    #expect(left == 0 || left >= thresholds.minimum(for: rest), "\(label): others minus \(taken) leaves \(left)")
                }
                #expect(others.figures.count == others.groups.map { sizes[$0]! }.reduce(0, +), "\(label)")
            } else {
                #expect(shownAlone.isEmpty, "\(label)")
            }
            // Answers are dropped only when no safe way counts them.
            let total = peers + reports + clients
            let hidden = results.groups.filter { $0.status == .hidden }.map { sizes[$0.group]! }.reduce(0, +)
            #expect((results.others?.figures.count ?? 0) == total - hidden, "\(label)")
            if hidden > 0 {
                #expect(total < thresholds.minimum(for: results.groups.filter { $0.status != .noRaters }.map(\.group))
                    || results.groups.allSatisfy { $0.status != .mergedIntoOthers }, "\(label)")
            }
        } } }
    }

    @Test func withoutAnySmallGroupEveryGroupWithRatersIsShownOnItsOwn() {
        let results = AnonymousResults(answers: answers(peers: 3, reports: 0, clients: 4))
        #expect(results.group(.peers)?.status == .shown)
        #expect(results.group(.directReports)?.status == .noRaters)
        #expect(results.group(.clients)?.status == .shown)
        #expect(results.others?.figures.count == 7)
    }

    // MARK: Merging

    @Test func smallGroupsThatReachTheThresholdTogetherAreMergedIntoOthers() {
        let results = AnonymousResults(answers: answers(peers: 2, reports: 1))
        #expect(results.group(.peers)?.status == .mergedIntoOthers)
        #expect(results.group(.directReports)?.status == .mergedIntoOthers)
        #expect(results.others?.groups == [.peers, .directReports])
        #expect(results.others?.figures.count == 3)
    }

    @Test func aSmallGroupThatStaysTooSmallMergedIsHidden() {
        let results = AnonymousResults(answers: answers(peers: 1, clients: 1))
        #expect(results.group(.peers)?.status == .hidden)
        #expect(results.group(.clients)?.status == .hidden)
        #expect(results.others == nil)
    }

    @Test func mergingHoldsToTheStrictestThresholdOfTheMergedGroups() throws {
        let thresholds = try AnonymityThresholds(peers: 3, directReports: 3, clients: 5)
        let four = AnonymousResults(answers: answers(peers: 2, clients: 2), thresholds: thresholds)
        #expect(four.others == nil)
        #expect(four.group(.clients)?.status == .hidden)
        let five = AnonymousResults(answers: answers(peers: 2, clients: 3), thresholds: thresholds)
        #expect(five.others?.figures.count == 5)
        #expect(five.group(.peers)?.status == .mergedIntoOthers)
    }

    // MARK: Hiding by difference

    /// Peers 3 and one direct report: others (4) minus peers (3) would be the report's own
    /// level, so peers is given up as a row of its own and counts inside others.
    @Test func aShownGroupThatWouldRevealAMergedRaterBySubtractionIsHidden() {
        let results = AnonymousResults(answers: answers(peers: 3, reports: 1))
        #expect(results.group(.peers)?.status == .hiddenByDifference)
        #expect(results.group(.peers)?.figures == nil)
        #expect(results.group(.directReports)?.status == .mergedIntoOthers)
        #expect(results.others?.figures.count == 4)
    }

    @Test func theFewestGroupsAreHiddenByDifference() {
        // Peers 4, reports 1, clients 3: hiding clients (3) is enough and costs fewer raters.
        let results = AnonymousResults(answers: answers(peers: 4, reports: 1, clients: 3))
        #expect(results.group(.peers)?.status == .shown)
        #expect(results.group(.clients)?.status == .hiddenByDifference)
        #expect(results.others?.figures.count == 8)
    }

    @Test func whenNoGroupCanCoverTheMergedRatersTheyAreHiddenAndTheShownGroupsStay() throws {
        // Clients need 10: one client plus peers 3 is still under it, so the client's answer
        // is dropped and peers stays shown, with others being peers alone.
        let thresholds = try AnonymityThresholds(peers: 3, directReports: 3, clients: 10)
        let results = AnonymousResults(answers: answers(peers: 3, clients: 1), thresholds: thresholds)
        #expect(results.group(.clients)?.status == .hidden)
        #expect(results.group(.peers)?.status == .shown)
        #expect(results.others?.groups == [.peers])
        #expect(results.others?.figures.count == 3)
    }

    // MARK: Comments

    @Test func commentsOfAGroupUnderItsThresholdAreNotShownEvenWhenMerged() {
        let results = AnonymousResults(answers: answers(peers: 3, reports: 2, clients: 1))
        #expect(results.group(.directReports)?.status == .mergedIntoOthers)
        #expect(results.group(.directReports)?.comments == [])
        #expect(results.group(.clients)?.comments == [])
        #expect(results.group(.peers)?.comments.count == 3)
    }

    @Test func commentsHiddenByDifferenceStillShowBecauseTheGroupReachedItsThreshold() {
        let results = AnonymousResults(answers: answers(peers: 3, reports: 1))
        #expect(results.group(.peers)?.comments.count == 3)
    }

    @Test func shownCommentsAreSortedSoTheirOrderSaysNothingAboutWhoAnswered() {
        let given = [
            RaterAnswer(group: .peers, level: 3, comment: "Zoned out in the handover"),
            RaterAnswer(group: .peers, level: 4, comment: "Always on time"),
            RaterAnswer(group: .peers, level: 2, comment: "  Clear notes  "),
        ]
        let results = AnonymousResults(answers: given)
        #expect(results.group(.peers)?.comments == ["Always on time", "Clear notes", "Zoned out in the handover"])
    }

    @Test func aRaterWhoOnlyCommentedDoesNotMakeAGroupBigEnough() {
        let given = [
            RaterAnswer(group: .peers, level: 3, comment: "One"),
            RaterAnswer(group: .peers, level: 4, comment: "Two"),
            RaterAnswer(group: .peers, level: nil, comment: "Three"),
        ]
        let results = AnonymousResults(answers: given)
        #expect(results.group(.peers)?.status == .hidden)
        #expect(results.group(.peers)?.comments == [])
    }

    // MARK: Self, lead and the gap

    @Test func theLeadIsShownByNameAndTheSelfAnswerAsGiven() {
        let given = answers(peers: 1) + [
            RaterAnswer(group: .lead, level: 4, comment: "Strong on escalations", leadName: "Ana Reyes"),
            RaterAnswer(group: .selfRating, level: 2, comment: "Unsure", leadName: "ignored"),
        ]
        let results = AnonymousResults(answers: given)
        #expect(results.leads == [NamedAnswer(name: "Ana Reyes", level: 4, comment: "Strong on escalations")])
        #expect(results.selfAnswer == NamedAnswer(name: nil, level: 2, comment: "Unsure"))
        #expect(results.others == nil)
        #expect(results.selfMinusOthers == nil)
    }

    @Test func anonymousAnswersKeepNoName() {
        #expect(RaterAnswer(group: .peers, level: 3, leadName: "Somebody").leadName == nil)
    }

    @Test func theGapIsSelfMinusTheOthersMedian() {
        let given = [RaterAnswer(group: .selfRating, level: 5)]
            + [2, 3, 3, 4].map { RaterAnswer(group: .peers, level: $0) }
        let results = AnonymousResults(answers: given)
        #expect(results.others?.figures.median == 3)
        #expect(results.selfMinusOthers == 2)
    }

    // MARK: Figures and thresholds

    @Test func figuresGiveTheMedianAndTheSpread() throws {
        let odd = try #require(LevelFigures([5, 1, 3]))
        #expect(odd.median == 3)
        #expect(odd.spread == 4)
        let even = try #require(LevelFigures([2, 3, 4, 4]))
        #expect(even.median == 3.5)
        #expect((even.lowest, even.highest) == (2, 4))
        #expect(LevelFigures([]) == nil)
    }

    @Test func levelsOutsideOneToFiveAreClamped() {
        #expect(RaterAnswer(group: .peers, level: 9).level == 5)
        #expect(RaterAnswer(group: .peers, level: 0).level == 1)
    }

    @Test func thresholdsOutsideThreeToTenAreRefused() {
        #expect(throws: AnonymityThresholds.Refusal.outOfRange(.peers, 2)) { try AnonymityThresholds(peers: 2) }
        #expect(throws: AnonymityThresholds.Refusal.outOfRange(.clients, 11)) { try AnonymityThresholds(clients: 11) }
        #expect((try? AnonymityThresholds(peers: 10, directReports: 3, clients: 7))?.minimum(for: [.peers, .clients]) == 10)
        #expect(AnonymityThresholds.standard.minimum(for: .lead) == 1)
    }
}
