/// Word sequences to look for ("as I already said", "per my last email"), matched on whole
/// words, case-insensitively, in one pass: each word of the message is hashed once, and each
/// position looks up the hashes of the next one to `longest` words.
public struct PhraseBook: Sendable {
    public struct Entry: Sendable {
        public var phrase: String
        public var check: String
        public var category: Finding.Category
        public var severity: Finding.Severity
        public var message: String
        public var replacements: [String]
    }

    var entries: [UInt64: [Entry]] = [:]
    /// Hashes of the words phrases start with: most words of a message are not among them,
    /// so most positions cost one set lookup.
    var firstWords: Set<UInt64> = []
    var longest = 1

    public init(_ list: [Entry]) {
        for entry in list {
            let words = PhraseBook.words(in: Array(entry.phrase.utf8))
            guard !words.isEmpty else { continue }
            entries[PhraseBook.combine(words.map(\.hash)), default: []].append(entry)
            firstWords.insert(words[0].hash)
            longest = max(longest, words.count)
        }
    }

    struct Word { var start: Int; var end: Int; var hash: UInt64 }

    /// Words are letters and apostrophes; the hash is FNV-1a of the lower-cased letters.
    static func words(in bytes: [UInt8]) -> [Word] {
        bytes.withUnsafeBufferPointer { words(in: $0) }
    }

    static func words(in p: UnsafeBufferPointer<UInt8>) -> [Word] {
        var result: [Word] = []
        result.reserveCapacity(p.count / 5)
        var i = 0
        while i < p.count {
            guard isLetter(p[i]) else { i += 1; continue }
            let start = i
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            while i < p.count && (isLetter(p[i]) || (p[i] == 39 && i + 1 < p.count && isLetter(p[i + 1]))) {
                hash = (hash ^ UInt64(lower(p[i]))) &* 0x100_0000_01b3
                i += 1
            }
            result.append(Word(start: start, end: i, hash: hash))
        }
        return result
    }

    static func combine(_ hashes: some Sequence<UInt64>) -> UInt64 {
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15
        for x in hashes { h = (h ^ x) &* 0xff51_afd7_ed55_8ccd; h ^= h >> 29 }
        return h
    }

    /// Matches in `words` (of the message's bytes), longest phrase first at each position.
    func matches(_ words: [Word], in bytes: [UInt8]) -> [(entry: Entry, start: Int, end: Int)] {
        var found: [(entry: Entry, start: Int, end: Int)] = []
        var i = 0
        while i < words.count {
            guard firstWords.contains(words[i].hash) else { i += 1; continue }
            var matched = 0
            var n = min(longest, words.count - i)
            while n > 0 {
                // Words of a phrase must be separated by spaces only ("as I said", not "as. I said").
                var h: UInt64 = 0x9e37_79b9_7f4a_7c15
                for k in 0..<n { h = (h ^ words[i + k].hash) &* 0xff51_afd7_ed55_8ccd; h ^= h >> 29 }
                if let candidates = entries[h], contiguous(words, i, n, bytes), let entry = candidates.first(where: { same($0.phrase, words, i, n, bytes) }) {
                    found.append((entry, words[i].start, words[i + n - 1].end))
                    matched = n
                    break
                }
                n -= 1
            }
            i += max(matched, 1)
        }
        return found
    }

    func contiguous(_ words: [Word], _ i: Int, _ n: Int, _ bytes: [UInt8]) -> Bool {
        for k in 1..<max(n, 1) where words[i + k].start - words[i + k - 1].end != 1 || bytes[words[i + k - 1].end] != ASCII.space { return false }
        return true
    }

    /// Guards against hash collisions: the words really are the phrase's words.
    func same(_ phrase: String, _ words: [Word], _ i: Int, _ n: Int, _ bytes: [UInt8]) -> Bool {
        let target = PhraseBook.words(in: Array(phrase.utf8))
        let phraseBytes = Array(phrase.utf8)
        guard target.count == n else { return false }
        for k in 0..<n {
            let a = bytes[words[i + k].start..<words[i + k].end], b = phraseBytes[target[k].start..<target[k].end]
            guard a.count == b.count, zip(a, b).allSatisfy({ lower($0) == lower($1) }) else { return false }
        }
        return true
    }
}
