/// A fixed table from word hashes to values, for the per-word lookups of the checks. The keys
/// are already good 64-bit hashes, so the slot is the low bits of the key itself and one probe
/// usually answers: a `Set` or `Dictionary` would hash the hash again with SipHash, which cost
/// more than the rest of the word's work together.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int
    private(set) var count = 0

    /// Room for `capacity` keys at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so a key of 0 is stored as 1 (both sides do it).
    @inline(__always) static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    subscript(hash: UInt64) -> Value? {
        get {
            let key = Self.key(hash)
            var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
        set {
            let key = Self.key(hash)
            var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 {
                precondition(count < keys.count / 2, "WordTable is over half full; give it more capacity")
                count += 1
            }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    func contains(_ hash: UInt64) -> Bool { self[hash] != nil }
}
