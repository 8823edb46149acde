// libFuzzer target for the CASE 1.1 JSON importer (`Framework(file:named:mergingMoodleInto:)`
// with a .json file: `CASEPackage.decode`, then `Framework(casePackage:)`, which ends in
// `problems()`). Built and run by scripts/fuzz.sh.
import Foundation
import FuzzSupport
import Skills

/// Invariants for any input:
/// - an import is refused with at least one problem, or gives a framework with no problems;
/// - an imported framework's own CASE export imports back to the same framework.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = FuzzSupport.bytes(data, size)
    let framework: Framework
    do {
        framework = try Framework(file: file, named: "fuzz.json", mergingMoodleInto: FuzzSkills.base)
    } catch let error as FrameworkProblems {
        check(!error.problems.isEmpty, "refused with no problem listed")
        return 0
    } catch {
        check(false, "refused with \(type(of: error)), not FrameworkProblems")
        return 0
    }
    // The reader picks CASE for text that starts with "{" and YAML otherwise; both validate.
    check(framework.problems().isEmpty, "an imported framework has problems: \(framework.problems())")
    guard let package = try? CASEPackage.decode(framework.casePackage().json()), let again = try? Framework(casePackage: package) else {
        check(false, "an imported framework's CASE export is refused"); return 0
    }
    check(again == framework, "a CASE round trip changes the framework")
    return 0
}

enum FuzzSkills {
    /// Only a .csv name merges; the base is read once.
    static let base = Framework.builtIn
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
