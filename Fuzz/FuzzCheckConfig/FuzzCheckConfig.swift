// libFuzzer target for the organization's check settings (`CheckConfiguration(yaml:)`: profile,
// checks, limits, glossary, Vale-style rules), then a checker built from them on a fixed
// message. Built and run by scripts/fuzz.sh.
import Foundation
import FuzzSupport
import MessageCheck

/// Invariants for any input:
/// - accepted settings name a known profile (or none), known checks and limits within 0-1000;
/// - refusals name the file;
/// - a checker with accepted settings finds only known checks, within the message, in order,
///   and none that the settings switch off.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    let configuration: CheckConfiguration
    do {
        configuration = try CheckConfiguration(yaml: text, source: "fuzz.yml")
    } catch {
        check(error.description.hasPrefix("fuzz.yml"), "a refusal that does not name the file: \(error.description)")
        return 0
    }
    check(configuration.profile.map { CheckProfile.named($0) != nil } ?? true, "unknown profile accepted")
    check(configuration.limits.values.allSatisfy { $0 > 0 && $0 <= 1000 }, "a limit outside 0-1000 accepted")
    check(configuration.checks.keys.allSatisfy { CheckCatalog.isKnown($0) || Finding.Category(rawValue: $0) != nil || $0 == "org" }, "an unknown check accepted")
    let checker = MessageChecker(configuration: configuration)
    let findings = checker.check(FuzzConfig.message)
    let size = FuzzConfig.message.utf8.count
    check(zip(findings, findings.dropFirst()).allSatisfy { ($0.span.start, $0.span.end) <= ($1.span.start, $1.span.end) }, "findings out of order")
    for finding in findings {
        check(0 <= finding.span.start && finding.span.start <= finding.span.end && finding.span.end <= size, "\(finding.check): span outside the message")
        check(CheckCatalog.isKnown(finding.check), "\(finding.check): unknown check id")
        func switchedOff(_ key: String) -> Bool { configuration.checks[key].map { $0 == nil } ?? false }
        let off = switchedOff(finding.check) || switchedOff(finding.check.hasPrefix("org.") ? "org" : finding.category.rawValue)
        check(!off, "\(finding.check) found though the settings switch it off")
    }
    return 0
}

enum FuzzConfig {
    /// A message with something for most checks and for the words fuzzed rules are likely to name.
    static let message = """
        Hi team, per my last email the ticket deflection KPI is ASAP!!! Call me at 9am EST tomorrow.
        Card 4111 1111 1111 1111, password: hunter2. We guarantee crosswise will never fail, obviously.
        It was decided that the report wasn't not ready. Send me the file.
        """
}

@main enum Main {
    static func main() { runFuzzer { data, size in data.map { fuzz($0, size) } ?? 0 } }
}
