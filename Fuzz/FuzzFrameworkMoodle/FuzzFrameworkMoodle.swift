// libFuzzer target for the Moodle competency-framework CSV import: a merge into the built-in
// framework (`Framework(file:named:mergingMoodleInto:)` with a .csv file, then
// `merging(moodleCSV:source:)`, which reads with `CSVTable` and ends in `problems()`).
// Built and run by scripts/fuzz.sh.
import CSVFiles
import Foundation
import FuzzSupport
import Skills

/// Invariants for any input:
/// - a merge is refused with at least one problem, or gives a framework with no problems;
/// - a merge keeps every competency, mistake and role of the base, adds competencies only as
///   retired ones, and changes no level names;
/// - the merged framework's own Moodle export merges back into it without a problem and with
///   the same competencies.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = FuzzSupport.bytes(data, size)
    let base = FuzzSkills.base
    let merged: Framework
    do {
        merged = try Framework(file: file, named: "fuzz.csv", mergingMoodleInto: base)
    } catch let error as FrameworkProblems {
        check(!error.problems.isEmpty, "refused with no problem listed")
        return 0
    } catch {
        check(false, "refused with \(type(of: error)), not FrameworkProblems")
        return 0
    }
    check(merged.problems().isEmpty, "a merged framework has problems: \(merged.problems())")
    check(Array(merged.competencies.prefix(base.competencies.count)).map(\.id) == base.competencies.map(\.id), "a merge drops or moves a competency")
    check(merged.competencies.dropFirst(base.competencies.count).allSatisfy(\.retired), "a new competency arrives active")
    check(merged.active.map(\.id) == base.active.map(\.id), "a merge changes which competencies are active")
    check(merged.mistakes == base.mistakes && merged.roles == base.roles && merged.levels == base.levels, "a merge changes mistakes, roles or levels")
    let export = merged.moodleCSV()
    check((try? CSVTable(text: export))?.rows.count == 1 + merged.areas.count + merged.active.count * 6, "the export has an unexpected number of rows")
    do {
        let again = try merged.merging(moodleCSV: export, source: "again.csv")
        check(again.competencies.map(\.id) == merged.competencies.map(\.id), "re-importing the export changes the competencies")
    } catch {
        check(false, "the merged framework's own export is refused: \(error)")
    }
    return 0
}

enum FuzzSkills {
    static let base = Framework.builtIn
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
