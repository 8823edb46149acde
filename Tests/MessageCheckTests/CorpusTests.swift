import Foundation
import Testing
@testable import MessageCheck

/// The labelled corpus under Corpus/: messages written for this project with the findings a
/// careful reviewer expects. Prints precision and recall per check (docs/ACCURACY.md quotes
/// them) and holds them above a floor so a change that makes the checker worse fails.
@Suite struct CorpusTests {
    struct Message {
        var id: String
        var text: String
        var expected: [(check: String, covers: String)]
    }

    static func load(_ name: String) throws -> [Message] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/\(name)")
        let text = try String(contentsOf: url, encoding: .utf8)
        var messages: [Message] = []
        for block in text.components(separatedBy: "\n=== ").dropFirst() {
            let parts = block.components(separatedBy: "\n--- expect")
            let header = parts[0].prefix { $0 != "\n" }
            let body = String(parts[0].dropFirst(header.count + 1))
            var expected: [(String, String)] = []
            for line in (parts.count > 1 ? parts[1] : "").split(separator: "\n") where !line.hasPrefix("#") {
                guard let quote = line.firstIndex(of: "\"") else { continue }
                expected.append((String(line[..<quote]).trimmingCharacters(in: .whitespaces), String(line[line.index(after: quote)...].dropLast())))
            }
            messages.append(Message(id: String(header.split(separator: " ").first ?? ""), text: body, expected: expected))
        }
        return messages
    }

    struct Tally { var truePositives = 0, falsePositives = 0, falseNegatives = 0 }

    @Test func privacyPrecisionAndRecall() throws {
        let messages = try Self.load("privacy.txt")
        #expect(messages.count >= 100)
        var tally: [String: Tally] = [:]
        var misses: [String] = []
        for message in messages {
            let bytes = Array(message.text.utf8)
            let found = MessageChecker().check(message.text).filter { $0.category == .privacy }
            var unmatched = found
            for (check, written) in message.expected {
                // "text..." means the finding starts with this text and may run on (a key block).
                let open = written.hasSuffix("...")
                let covers = open ? String(written.dropLast(3)) : written
                let needle = Array(covers.utf8)
                let start = (0...max(0, bytes.count - needle.count)).first { bytes[$0..<min(bytes.count, $0 + needle.count)].elementsEqual(needle) }
                if let index = unmatched.firstIndex(where: { $0.check == check && $0.span.start == start && (open ? $0.span.end - $0.span.start >= needle.count : $0.span.end - $0.span.start == needle.count) }) {
                    unmatched.remove(at: index)
                    tally[check, default: Tally()].truePositives += 1
                } else {
                    tally[check, default: Tally()].falseNegatives += 1
                    misses.append("\(message.id) missed \(check) \"\(covers)\"")
                }
            }
            for extra in unmatched {
                tally[extra.check, default: Tally()].falsePositives += 1
                misses.append("\(message.id) extra \(extra.check) \"\(String(decoding: bytes[extra.span.start..<extra.span.end], as: UTF8.self))\"")
            }
        }
        var total = Tally()
        print("check                      TP  FP  FN  precision  recall")
        for (check, t) in tally.sorted(by: { $0.key < $1.key }) {
            total.truePositives += t.truePositives; total.falsePositives += t.falsePositives; total.falseNegatives += t.falseNegatives
            print(Self.row(check, t))
        }
        print(Self.row("all privacy", total))
        for miss in misses { print("  \(miss)") }
        let precision = Double(total.truePositives) / Double(max(1, total.truePositives + total.falsePositives))
        let recall = Double(total.truePositives) / Double(max(1, total.truePositives + total.falseNegatives))
        #expect(precision >= 0.95, "privacy precision \(precision)")
        #expect(recall >= 0.9, "privacy recall \(recall)")
    }

    static func row(_ name: String, _ t: Tally) -> String {
        let p = Double(t.truePositives) / Double(max(1, t.truePositives + t.falsePositives))
        let r = Double(t.truePositives) / Double(max(1, t.truePositives + t.falseNegatives))
        return name.padding(toLength: 26, withPad: " ", startingAt: 0)
            + String(format: "%3d %3d %3d  %8.2f  %6.2f", t.truePositives, t.falsePositives, t.falseNegatives, p, r)
    }
}
