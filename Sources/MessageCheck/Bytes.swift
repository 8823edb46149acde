/// ASCII classes for the byte scanners. Non-ASCII bytes (UTF-8 continuation and lead bytes) are
/// never letters or digits here, which is what the number and identifier patterns need.
@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }
@inline(__always) func isUpper(_ b: UInt8) -> Bool { b &- 65 < 26 }
@inline(__always) func isLower(_ b: UInt8) -> Bool { b &- 97 < 26 }
@inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 97 < 26 }
@inline(__always) func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) }
@inline(__always) func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
@inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 }
@inline(__always) func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 97 < 6 }

/// Whether the bytes at `i` spell an ASCII literal (case-insensitively unless asked otherwise).
@inline(__always)
func spells(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ literal: StaticString, ignoringCase: Bool = true) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard i >= 0, i + count <= p.count else { return false }
    let base = literal.utf8Start
    for k in 0..<count {
        let a = p[i + k], b = base[k]
        if ignoringCase ? lower(a) != lower(b) : a != b { return false }
    }
    return true
}

enum ASCII {
    static let space: UInt8 = 32, plus: UInt8 = 43, minus: UInt8 = 45, dot: UInt8 = 46, slash: UInt8 = 47
    static let colon: UInt8 = 58, at: UInt8 = 64, underscore: UInt8 = 95, openParen: UInt8 = 40, closeParen: UInt8 = 41
    static let equals: UInt8 = 61, newline: UInt8 = 10, comma: UInt8 = 44
}
