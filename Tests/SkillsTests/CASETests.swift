import Foundation
import Testing
@testable import Skills

@Suite struct CASETests {
    let framework = Framework.builtIn

    @Test func exportThenImportGivesTheSameFramework() throws {
        let data = framework.casePackage().json()
        let imported = try Framework(casePackage: CASEPackage.decode(data))
        #expect(imported == framework)
    }

    @Test func packageHasTheCASEShapeOtherToolsRead() throws {
        let data = framework.casePackage(changed: Date(timeIntervalSince1970: 1_800_000_000)).json()
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(json.keys) == ["CFDocument", "CFItems", "CFAssociations"])
        let document = try #require(json["CFDocument"] as? [String: Any])
        #expect(document["title"] as? String == framework.title)
        #expect(document["lastChangeDateTime"] as? String == "2027-01-15T08:00:00Z")
        let items = try #require(json["CFItems"] as? [[String: Any]])
        let competencies = items.filter { $0["CFItemType"] as? String == "Competency" }
        #expect(competencies.count == framework.competencies.count)
        let uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
        #expect(items.allSatisfy { ($0["identifier"] as? String)?.wholeMatch(of: uuid) != nil })
        let associations = try #require(json["CFAssociations"] as? [[String: Any]])
        let types = Set(associations.compactMap { $0["associationType"] as? String })
        #expect(types == ["isChildOf", "isRelatedTo", "hasSkillLevel", "precedes"])
        // Every item hangs off the document or another item.
        let children = Set(associations.filter { $0["associationType"] as? String == "isChildOf" }
            .compactMap { ($0["originNodeURI"] as? [String: Any])?["identifier"] as? String })
        #expect(children.count == items.count)
        // The same framework exported twice gives the same identifiers.
        #expect(framework.casePackage().CFItems.map(\.identifier) == framework.casePackage().CFItems.map(\.identifier))
    }

    @Test func aBrokenPackageIsRefusedWithEveryBadItemListed() throws {
        var package = framework.casePackage()
        let practice = try #require(package.CFItems.firstIndex { $0.CFItemType == "Practice action" })
        package.CFItems[practice].notes = "hourly"
        let statement = try #require(package.CFItems.firstIndex { $0.CFItemType == "Behaviour statement" })
        package.CFItems[statement].CFItemType = "Statement of intent"
        package.CFAssociations[0].destinationNodeURI.identifier = "00000000-0000-0000-0000-000000000000"
        let error = try #require(throws: FrameworkProblems.self) { try Framework(casePackage: package) }
        #expect(error.problems.contains { $0.contains("practice") && $0.contains("no known cadence") })
        #expect(error.problems.contains { $0.contains("unknown CFItemType “Statement of intent”") })
        #expect(error.problems.contains { $0.contains("is not in this package") })
        #expect(error.problems.contains { $0.contains("needs at least four behaviour statements") })
    }

    @Test func notJSONIsAClearProblem() {
        #expect(throws: FrameworkProblems.self) { try CASEPackage.decode(Data("<xml/>".utf8)) }
    }
}
