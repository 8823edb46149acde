@testable import CrosswiseWeb
import Culture
import Foundation
import Testing
import Worldtime

/// The culture pages rendered from fixed models over the bundled briefs, compared line by line.
@Suite struct CultureSnapshotTests {
    let reader = CultureReader(homeCode: "PH", clients: [(id: sampleID, name: "Harbor & Vine Outfitters", country: "US")])

    @Test func theListTheBriefAndThePair() async throws {
        let briefs = CultureBriefs.builtIn
        // A member serving a US client who has not said they read it yet: the button.
        let read = BriefReadView(serves: true, readAt: nil, action: CultureRoute.readCountry("US"), dates: DateWords(try TimeZoneName("Asia/Manila")))
        Snapshot.check(try await Snapshot.render("culture-list", title: "Cultural briefs", section: .culture,
                                                 page: CultureListPage(briefs: briefs, reader: reader)), named: "culture-list")
        Snapshot.check(try await Snapshot.render("culture-brief", title: "United States: cultural brief", section: .culture,
                                                 page: BriefPage(briefs.country("US")!, briefs: briefs, reader: reader, read: read)), named: "culture-brief")
        let pair = PairView(yours: briefs.country("PH")!, theirs: briefs.country("US")!)
        let mine = Dictionary(uniqueKeysWithValues: CultureScale.allCases.map { ($0, 3) })
        Snapshot.check(try await Snapshot.render("culture-pair", title: "Philippines and United States", section: .culture,
                                                 page: PairPage(pair, briefs: briefs, mine: mine)), named: "culture-pair")
    }
}
