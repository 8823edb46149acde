// libFuzzer target for the message checker (`MessageChecker.analyse`: privacy, time, tone and
// clarity passes) under each profile, on any bytes: valid UTF-8 as typed, invalid bytes as the
// replacement characters a decoded upload carries. Built and run by scripts/fuzz.sh.
import Foundation
import FuzzSupport
import MessageCheck

/// Invariants for any input and profile:
/// - findings are sorted; each span lies inside the text, starts and ends on a character
///   boundary, and its line and column are where its bytes are;
/// - each finding has a known check id, a message, and is not one the profile switches off;
/// - a privacy finding never repeats the value it found;
/// - readability counts are not negative and its scores are numbers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    let bytes = Array(text.utf8)
    let lines = LineIndex(bytes)
    for (profile, checker) in FuzzChecks.checkers {
        let analysis = checker.analyse(text)
        check(zip(analysis.findings, analysis.findings.dropFirst()).allSatisfy { ($0.span.start, $0.span.end) <= ($1.span.start, $1.span.end) }, "\(profile): findings out of order")
        for finding in analysis.findings {
            let span = finding.span
            let what = "\(profile) \(finding.check) \(span.start)..<\(span.end)"
            check(0 <= span.start && span.start <= span.end && span.end <= bytes.count, "\(what): outside a text of \(bytes.count) bytes")
            check(lines.isBoundary(span.start) && lines.isBoundary(span.end), "\(what): cuts a character")
            let (line, column) = lines.position(span.start), (endLine, endColumn) = lines.position(span.end)
            check((span.line, span.column) == (line, column), "\(what): starts at \(span.line):\(span.column), not \(line):\(column)")
            check((span.endLine, span.endColumn) == (endLine, endColumn), "\(what): ends at \(span.endLine):\(span.endColumn), not \(endLine):\(endColumn)")
            check(CheckCatalog.isKnown(finding.check), "\(what): unknown check id")
            check(!finding.message.isEmpty, "\(what): no message")
            check(!FuzzChecks.disabled(profile).contains(finding.check) && !FuzzChecks.disabled(profile).contains(finding.category.rawValue), "\(what): switched off in this profile")
            if finding.category == .privacy, span.end - span.start >= 8 {
                let value = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
                check(!finding.message.contains(value) && !finding.replacements.contains { $0.contains(value) }, "\(what): the finding repeats the value")
            }
        }
        let r = analysis.readability
        check(r.words >= 0 && r.sentences >= 0 && r.syllables >= 0, "\(profile): negative readability counts")
        check(!r.readingEase.isNaN && !r.grade.isNaN, "\(profile): readability is not a number")
    }
    return 0
}

enum FuzzChecks {
    static let checkers: [(String, MessageChecker)] = CheckProfile.all.map { ($0.name, MessageChecker(profile: $0)) }
    static func disabled(_ name: String) -> Set<String> { CheckProfile.named(name)?.disabled ?? [] }
}

/// Line starts and scalar columns counted independently of `MessageText`.
struct LineIndex {
    let bytes: [UInt8]
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        starts = [0] + bytes.indices.filter { bytes[$0] == 10 }.map { $0 + 1 }
    }

    func isBoundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    func position(_ offset: Int) -> (Int, Int) {
        var line = 0
        while line + 1 < starts.count && starts[line + 1] <= offset { line += 1 }
        let scalars = bytes[starts[line]..<offset].filter { $0 & 0xC0 != 0x80 }.count
        return (line + 1, scalars + 1)
    }
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
