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
        /// Set on an acronym's spelled-out form: seeing it means that acronym (an index into
        /// `ClarityCheck.acronyms`) needs no explaining, and nothing is reported.
        var definesAcronym: Int?
    }

    /// Every phrase's first one, two, three ... words, by their combined hash: the index in
    /// `complete` of the phrases that end there, or -1 where phrases only go on. One probe per
    /// word both says whether to read on and what is complete so far.
    var prefixes: WordTable<Int32>
    var complete: [[Entry]] = []
    /// A 4,096-bit filter over first words: most words of a message start no phrase, and one
    /// array read rules them out before the table is asked.
    var firstWordBits = [UInt64](repeating: 0, count: 64)
    var longest = 1

    public init(_ list: [Entry]) {
        // One prefix per word of every phrase at most. The table was once sized for four words a
        // phrase, and an organization's glossary term of more words overflowed it (FuzzCheckConfig).
        let words = list.map { PhraseBook.wordHashes($0.phrase) }
        prefixes = WordTable(capacity: max(words.reduce(0) { $0 + $1.count }, 1))
        for (entry, hashes) in zip(list, words) {
            guard let first = hashes.first else { continue }
            var prefix = PhraseBook.seed
            for hash in hashes {
                prefix = PhraseBook.step(prefix, hash)
                if prefixes[prefix] == nil { prefixes[prefix] = -1 }
            }
            if let index = prefixes[prefix], index >= 0 {
                complete[Int(index)].append(entry)
            } else {
                prefixes[prefix] = Int32(complete.count)
                complete.append([entry])
            }
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
        var h = seed
        for x in hashes { h = step(h, x) }
        return h
    }

    static let seed: UInt64 = 0x9e37_79b9_7f4a_7c15

    @inline(__always) static func step(_ h: UInt64, _ x: UInt64) -> UInt64 {
        var h = (h ^ x) &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 29
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

    /// The longest phrase starting with the word at `start` (whose hash is `first`). Following
    /// words are read only while the words so far begin some phrase, so "the" in "the cat"
    /// costs one more word, not the longest phrase's length.
    @inline(__always)
    func match(_ p: UnsafeBufferPointer<UInt8>, at start: Int, wordEnd: Int, first: UInt64) -> (entry: Entry, end: Int)? {
        let bit = Int(truncatingIfNeeded: first & 4095)
        guard firstWordBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return longestMatch(p, at: start, wordEnd: wordEnd, first: first)
    }

    func longestMatch(_ p: UnsafeBufferPointer<UInt8>, at start: Int, wordEnd: Int, first: UInt64) -> (entry: Entry, end: Int)? {
        var state = PhraseBook.step(PhraseBook.seed, first)
        guard var node = prefixes[state] else { return nil }
        // The best so far as positions, so no entry is copied until the walk is over.
        var best: (node: Int, item: Int, end: Int)?
        var i = wordEnd, count = 1
        while true {
            if node >= 0, let item = complete[Int(node)].firstIndex(where: { same($0.phrase, p, start, i) }) {
                best = (Int(node), item, i)
            }
            // Words of a phrase are separated by one space or hyphen ("as I said", "low-hanging
            // fruit"; not "as. I said").
            guard count < longest, i + 1 < p.count, p[i] == ASCII.space || p[i] == ASCII.minus, isLetter(p[i + 1]) else { break }
            let next = PhraseBook.word(p, i + 1)
            state = PhraseBook.step(state, next.hash)
            guard let found = prefixes[state] else { break }
            node = found
            i = next.end
            count += 1
        }
        return best.map { (complete[$0.node][$0.item], $0.end) }
    }

    /// Guards against hash collisions: the text really is the phrase, letter for letter (a
    /// hyphen and a space count as the same separator).
    func same(_ phrase: String, _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard phrase.utf8.count == end - start else { return false }
        var k = start
        for b in phrase.utf8 {
            if fold(p[k]) != fold(b) { return false }
            k += 1
        }
        return true
    }

    @inline(__always) func fold(_ b: UInt8) -> UInt8 { b == ASCII.minus ? ASCII.space : lower(b) }
}
