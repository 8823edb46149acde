import MessageCheck
import Testing

@Suite struct CheckNamesTests {
    @Test func everyCheckHasAShortNameOfItsOwnForPages() {
        let names = CheckCatalog.checks.map { CheckCatalog.name($0.id) }
        #expect(zip(CheckCatalog.checks, names).allSatisfy { $0.0.id != $0.1 && $0.1.count <= 30 })
        #expect(Set(names).count == names.count)
        #expect(CheckCatalog.name("clarity.jargon") == "Jargon")
        #expect(CheckCatalog.name("org.our-style") == "Glossary term")
    }
}
