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
        /// Only the exact capitals match (organization rules with `ignorecase: false`).
        public var caseSensitive = false
    }

    var entries: WordTable<[Entry]>
    /// Hashes of the words phrases start with: most words of a message are not among them,
    /// so most positions cost one lookup.
    var firstWords: WordTable<Bool>
    /// A 4,096-bit filter over `firstWords`: one array read rules out almost every word before
    /// the set is asked.
    var firstWordBits = [UInt64](repeating: 0, count: 64)
    var longest = 1

    public init(_ list: [Entry]) {
        entries = WordTable(capacity: list.count)
        firstWords = WordTable(capacity: list.count)
        for entry in list {
            let hashes = PhraseBook.wordHashes(entry.phrase)
            guard let first = hashes.first else { continue }
            let key = PhraseBook.combine(hashes)
            entries[key] = (entries[key] ?? []) + [entry]
            firstWords[first] = true
            let bit = Int(truncatingIfNeeded: first & 4095)
            firstWordBits[bit >> 6] |= 1 << UInt64(bit & 63)
            longest = max(longest, hashes.count)
        }
    }

    /// The hashes of a phrase's words, read the same way as a message's words.
    static func wordHashes(_ phrase: String) -> [UInt64] {
        Array(phrase.utf8).withUnsafeBufferPointer { p in
            var hashes: [UInt64] = []
            var i = 0
            while i < p.count {
                guard isLetter(p[i]) else { i += 1; continue }
                let w = word(p, i)
                hashes.append(w.hash)
                i = w.end
            }
            return hashes
        }
    }

    static func combine(_ hashes: some Sequence<UInt64>) -> UInt64 {
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15
        for x in hashes { h = (h ^ x) &* 0xff51_afd7_ed55_8ccd; h ^= h >> 29 }
        return h
    }

    /// Reads one word at `i` (letters and inner apostrophes): its end and FNV-1a hash of the
    /// lower-cased letters, and whether it is all capitals.
    @inline(__always)
    static func word(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) -> (end: Int, hash: UInt64, capitals: Bool) {
        var i = start
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var capitals = true
        while i < p.count && (isLetter(p[i]) || (p[i] == 39 && i + 1 < p.count && isLetter(p[i + 1]))) {
            if isLower(p[i]) { capitals = false }
            hash = (hash ^ UInt64(lower(p[i]))) &* 0x100_0000_01b3
            i += 1
        }
        return (i, hash, capitals)
    }

    /// The longest phrase starting with the word at `start` (whose hash is `first`), reading the
    /// following words only when the first word can start a phrase.
    func match(_ p: UnsafeBufferPointer<UInt8>, at start: Int, wordEnd: Int, first: UInt64) -> (entry: Entry, end: Int)? {
        let bit = Int(truncatingIfNeeded: first & 4095)
        guard firstWordBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0, firstWords.contains(first) else { return nil }
        // Small scratch space on the stack: common first words ("you", "for") must not allocate.
        return withUnsafeTemporaryAllocation(of: (hash: UInt64, end: Int).self, capacity: longest) { words in
            words[0] = (first, wordEnd)
            var count = 1
            var i = wordEnd
            // Words of a phrase are separated by one space or hyphen ("as I said", "low-hanging
            // fruit"; not "as. I said").
            while count < longest, i + 1 < p.count, p[i] == ASCII.space || p[i] == ASCII.minus, isLetter(p[i + 1]) {
                let next = PhraseBook.word(p, i + 1)
                words[count] = (next.hash, next.end)
                count += 1
                i = next.end
            }
            for n in stride(from: count, through: 1, by: -1) {
                if let candidates = entries[PhraseBook.combine(words[0..<n].lazy.map(\.hash))], let entry = candidates.first(where: { same($0.phrase, p, start, words[n - 1].end) }) {
                    return (entry, words[n - 1].end)
                }
            }
            return nil
        }
    }

    /// Guards against hash collisions: the text really is the phrase, letter for letter (a
    /// hyphen and a space count as the same separator).
    func same(_ phrase: String, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let target = Array(phrase.utf8)
        guard target.count == end - start else { return false }
        for k in 0..<target.count where fold(p[start + k]) != fold(target[k]) { return false }
        return true
    }

    @inline(__always) func fold(_ b: UInt8) -> UInt8 { b == ASCII.minus ? ASCII.space : lower(b) }
}
