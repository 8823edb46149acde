// libFuzzer target for the framework YAML reader (`Framework(yaml:source:)`, used by
// `crosswise framework validate|import` and the admin import), and for `Framework.problems()`
// on anything that decodes. Built and run by scripts/fuzz.sh.
import Foundation
import FuzzSupport
import Skills
import Yams

/// Invariants for any input:
/// - the reader refuses with at least one problem, or returns a framework with no problems;
/// - it accepts exactly what decodes and validates (so `problems()` is the only gate);
/// - an accepted framework survives YAML and CASE 1.1 round trips unchanged.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    var accepted: Framework?
    do {
        accepted = try Framework(yaml: text, source: "fuzz.yaml")
    } catch let error as FrameworkProblems {
        check(!error.problems.isEmpty, "refused with no problem listed")
    } catch {
        check(false, "refused with \(type(of: error)), not FrameworkProblems")
    }
    let decoded = try? YAMLDecoder().decode(Framework.self, from: text)
    let problems = decoded?.problems()
    check((accepted != nil) == (problems?.isEmpty ?? false), "accepted \(accepted != nil), problems \(problems?.count ?? -1)")
    guard let framework = accepted else { return 0 }
    check(framework == decoded, "the reader returns other data than it decoded")
    guard let yaml = try? YAMLEncoder().encode(framework), let again = try? Framework(yaml: yaml, source: "again.yaml") else {
        check(false, "an accepted framework does not read back from YAML"); return 0
    }
    check(again == framework, "a YAML round trip changes the framework")
    guard let package = try? CASEPackage.decode(framework.casePackage().json()), let imported = try? Framework(casePackage: package) else {
        check(false, "an accepted framework's CASE export is refused"); return 0
    }
    check(imported == framework, "a CASE round trip changes the framework")
    return 0
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
