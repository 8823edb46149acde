// libFuzzer target for `HolidayCalendarFile`, the reader of organizations' .ics holiday exports
// (admin upload, `crosswise holidays import`). Built and run by scripts/fuzz.sh.
import Foundation
import FuzzSupport
import Worldtime

/// Invariants for any input:
/// - a read calendar has at most `maxDays` dates, sorted and each once, each with a name;
/// - a refused one lists at least one problem, each naming a line of the file;
/// - LF and CRLF line ends read the same (exports use both).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    let result = Result { () throws(HolidayCalendarError) in try HolidayCalendarFile(parsing: text) }
    switch result {
    case .success(let file):
        check(file.days.count <= HolidayCalendarFile.maxDays, "\(file.days.count) days, more than the cap")
        check(zip(file.days, file.days.dropFirst()).allSatisfy { $0.date < $1.date }, "days not sorted or repeated")
        check(file.days.allSatisfy { !$0.name.isEmpty }, "a day without a name")
        check(file.days.allSatisfy { (1...12).contains($0.date.month) && (1...31).contains($0.date.day) }, "an impossible date")
    case .failure(.problems(let problems)):
        check(!problems.isEmpty, "refused with no problem listed")
        let lines = text.utf8.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        for problem in problems {
            let number = problem.hasPrefix("line ") ? Int(problem.dropFirst(5).prefix { $0.isNumber }) : nil
            check(number.map { (0...lines).contains($0) } ?? false, "a problem that names no line of the file: \(problem)")
        }
    case .failure:
        break
    }
    if !text.utf8.contains(13) {
        let crlf = Result { () throws(HolidayCalendarError) in try HolidayCalendarFile(parsing: text.replacingOccurrences(of: "\n", with: "\r\n")) }
        switch (result, crlf) {
        case (.success(let a), .success(let b)): check(a.days == b.days && a.name == b.name, "CRLF reads other days than LF")
        case (.failure(let a), .failure(let b)): check(a == b, "CRLF fails otherwise than LF: \(a) / \(b)")
        default: check(false, "CRLF and LF disagree on whether the file reads")
        }
    }
    return 0
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
