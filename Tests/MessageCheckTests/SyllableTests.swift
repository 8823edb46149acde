import Foundation
import Testing
@testable import MessageCheck

/// The syllable counter behind the readability scores, measured on real words.
struct SyllableTests {
    static func load(_ name: String) throws -> [(rank: Int, word: String, counts: Set<Int>)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures/\(name)")
        var rows: [(Int, String, Set<Int>)] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            if fields.count == 3 {
                rows.append((Int(fields[0])!, fields[1], Set(fields[2].split(separator: ",").compactMap { Int($0) })))
            } else {
                rows.append((rows.count + 1, fields[0], [Int(fields[1])!]))
            }
        }
        return rows
    }

    static func accuracy(_ rows: some Collection<(rank: Int, word: String, counts: Set<Int>)>) -> (Double, [String]) {
        var misses: [String] = []
        for row in rows where !row.counts.contains(Syllables.count(row.word)) {
            misses.append("\(row.word):\(Syllables.count(row.word))/\(row.counts.sorted())")
        }
        return (Double(rows.count - misses.count) / Double(rows.count), misses)
    }

    @Test func agreesWithTheCMUDictionaryOnWordsItWasNotTunedOn() throws {
        let rows = try Self.load("syllables-cmu.txt")
        #expect(rows.count == 10_000)
        let (tuned, tunedMisses) = Self.accuracy(rows.filter { $0.rank <= 5000 })
        let (heldOut, misses) = Self.accuracy(rows.filter { $0.rank > 5000 })
        print("syllables: tuning half \(tuned), held-out half \(heldOut) (\(misses.count) misses)")
        #expect(tuned >= 0.995, "\(tunedMisses.prefix(40))")
        #expect(heldOut >= 0.94, "\(misses.prefix(40))")
    }

    @Test func agreesWithTheHandCountedWorkWords() throws {
        let rows = try Self.load("syllables-hand.txt")
        #expect(rows.count >= 120)
        let (share, misses) = Self.accuracy(rows)
        print("syllables: hand-counted list \(share) (\(misses))")
        #expect(share >= 0.95, "\(misses)")
    }

    @Test func casesAndAbbreviations() {
        #expect(Syllables.count("Escalation") == 4)
        #expect(Syllables.count("MR") == 2)
        #expect(Syllables.count("the") == 1)
        #expect(Syllables.count("a") == 1)
        #expect(Syllables.count("supercalifragilisticexpialidocious") >= 10)
    }
}
