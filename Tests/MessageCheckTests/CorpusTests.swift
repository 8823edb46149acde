import Foundation
import Testing
@testable import MessageCheck

/// The labelled corpus under Corpus/: messages written for this project with the findings a
/// careful reviewer expects. Prints precision and recall per check (docs/ACCURACY.md quotes
/// them) and holds them above a floor so a change that makes the checker worse fails.
@Suite struct CorpusTests {
    struct Message {
        var id: String
        var channel: String
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
            let fields = header.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            messages.append(Message(id: fields[0], channel: fields.count > 1 ? fields[1] : "client-email", text: body, expected: expected))
        }
        return messages
    }

    struct Tally { var truePositives = 0, falsePositives = 0, falseNegatives = 0 }

    struct Outcome {
        var tally: [String: Tally] = [:]
        var misses: [String] = []

        func total(_ prefix: String) -> Tally {
            var total = Tally()
            for (check, t) in tally where check.hasPrefix(prefix) {
                total.truePositives += t.truePositives; total.falsePositives += t.falsePositives; total.falseNegatives += t.falseNegatives
            }
            return total
        }
    }

    /// Compares what the checker finds in `categories` with the labels, message by message.
    /// With `byChannel`, each message is checked under the profile its channel names.
    static func evaluate(_ messages: [Message], categories: Set<Finding.Category>, byChannel: Bool) -> Outcome {
        var outcome = Outcome()
        for message in messages {
            let bytes = Array(message.text.utf8)
            let profile = byChannel ? CheckProfile.named(message.channel) : nil
            let found = MessageChecker(profile: profile).check(message.text).filter { categories.contains($0.category) }
            var unmatched = found
            for (check, written) in message.expected where categories.contains(where: { check.hasPrefix($0.rawValue + ".") }) {
                // "text..." means the finding starts with this text and may run on (a key block).
                let open = written.hasSuffix("...")
                let covers = open ? String(written.dropLast(3)) : written
                let needle = Array(covers.utf8)
                let start = (0...max(0, bytes.count - needle.count)).first { bytes[$0..<min(bytes.count, $0 + needle.count)].elementsEqual(needle) }
                if let index = unmatched.firstIndex(where: { $0.check == check && $0.span.start == start && (open ? $0.span.end - $0.span.start >= needle.count : $0.span.end - $0.span.start == needle.count) }) {
                    unmatched.remove(at: index)
                    outcome.tally[check, default: Tally()].truePositives += 1
                } else {
                    outcome.tally[check, default: Tally()].falseNegatives += 1
                    outcome.misses.append("\(message.id) missed \(check) \"\(covers)\"")
                }
            }
            for extra in unmatched {
                outcome.tally[extra.check, default: Tally()].falsePositives += 1
                outcome.misses.append("\(message.id) extra \(extra.check) \"\(String(decoding: bytes[extra.span.start..<extra.span.end], as: UTF8.self).prefix(60))\"")
            }
        }
        return outcome
    }

    static func printTable(_ outcome: Outcome, totals: [String]) {
        print("check                      TP  FP  FN  precision  recall")
        for (check, t) in outcome.tally.sorted(by: { $0.key < $1.key }) { print(Self.row(check, t)) }
        for prefix in totals { print(Self.row("all \(prefix)", outcome.total(prefix))) }
        for miss in outcome.misses { print("  \(miss)") }
    }

    static func rates(_ t: Tally) -> (precision: Double, recall: Double) {
        (Double(t.truePositives) / Double(max(1, t.truePositives + t.falsePositives)),
         Double(t.truePositives) / Double(max(1, t.truePositives + t.falseNegatives)))
    }

    @Test func privacyPrecisionAndRecall() throws {
        // The writing corpus has no personal data: any privacy finding there is a false alarm.
        let messages = try Self.load("privacy.txt") + Self.load("writing.txt")
        #expect(messages.count >= 300)
        let outcome = Self.evaluate(messages, categories: [.privacy], byChannel: false)
        Self.printTable(outcome, totals: ["privacy"])
        let (precision, recall) = Self.rates(outcome.total("privacy"))
        #expect(precision >= 0.95, "privacy precision \(precision)")
        #expect(recall >= 0.9, "privacy recall \(recall)")
    }

    @Test func clarityToneAndTimePrecisionAndRecall() throws {
        let messages = try Self.load("writing.txt")
        #expect(messages.count >= 200)
        let outcome = Self.evaluate(messages, categories: [.clarity, .tone, .time], byChannel: true)
        Self.printTable(outcome, totals: ["clarity", "tone", "time"])
        for category in ["clarity", "tone", "time"] {
            let (precision, recall) = Self.rates(outcome.total(category))
            #expect(precision >= 0.9, "\(category) precision \(precision)")
            #expect(recall >= 0.85, "\(category) recall \(recall)")
        }
    }

    /// Messages written after the tuning: the honest figure for text the checker has not seen.
    @Test func heldOutMessages() throws {
        let messages = try Self.load("holdout.txt")
        #expect(messages.count >= 40)
        let outcome = Self.evaluate(messages, categories: [.clarity, .tone, .time], byChannel: true)
        print("held-out:")
        Self.printTable(outcome, totals: ["clarity", "tone", "time", ""])
        let (precision, recall) = Self.rates(outcome.total(""))
        #expect(precision >= 0.8, "held-out precision \(precision)")
        #expect(recall >= 0.7, "held-out recall \(recall)")
    }

    static func row(_ name: String, _ t: Tally) -> String {
        let p = Double(t.truePositives) / Double(max(1, t.truePositives + t.falsePositives))
        let r = Double(t.truePositives) / Double(max(1, t.truePositives + t.falseNegatives))
        return name.padding(toLength: 26, withPad: " ", startingAt: 0)
            + String(format: "%3d %3d %3d  %8.2f  %6.2f", t.truePositives, t.falsePositives, t.falseNegatives, p, r)
    }
}
