/// The single pass behind `PrivacyCheck`: it walks the bytes once, jumping over each word or
/// number it has looked at, and remembers the last context words ("password", "passport",
/// "born", "SSN") that make the next value personal.
struct PrivacyScanner {
    let p: UnsafeBufferPointer<UInt8>
    var hits: [PrivacyCheck.Hit] = []
    /// Byte offsets where context words ended; a value within reach of one is read in that light.
    var secretContext = -1000, passportContext = -1000, birthContext = -1000, ssnContext = -1000, idContext = -1000
    var referenceContext = -1000, versionContext = -1000

    init(bytes: UnsafeBufferPointer<UInt8>) { p = bytes }

    var n: Int { p.count }

    mutating func scan() -> [PrivacyCheck.Hit] {
        var i = 0
        while i < n {
            let b = p[i]
            let atBoundary = i == 0 || !isAlnum(p[i - 1])
            if isDigit(b) || ((b == ASCII.plus || b == ASCII.openParen) && i + 1 < n && isDigit(p[i + 1])) {
                if atBoundary && !(i > 0 && (p[i - 1] == ASCII.dot || p[i - 1] == ASCII.minus) && i > 1 && isAlnum(p[i - 2])) {
                    i = number(from: i)
                } else {
                    i = skipAlnum(i)
                }
                continue
            }
            if isLetter(b) {
                i = atBoundary ? word(from: i) : skipAlnum(i)
                continue
            }
            if b == ASCII.at { email(at: i) }
            else if b == ASCII.minus, matches(i, "-----BEGIN") { i = privateKey(from: i); continue }
            i += 1
        }
        return hits
    }

    func skipAlnum(_ start: Int) -> Int {
        var i = start
        while i < n && isAlnum(p[i]) { i += 1 }
        return max(i, start + 1)
    }

    /// Case-insensitive comparison of the bytes at `i` with an ASCII literal.
    func matches(_ i: Int, _ literal: StaticString) -> Bool { spells(p, at: i, literal) }

    mutating func add(_ kind: PrivacyCheck.Kind, _ start: Int, _ end: Int) {
        // A longer value found later (an e-mail around a number) replaces what it contains;
        // hits arrive in order, so only the last ones can lie inside it.
        while let last = hits.last, last.start >= start, last.end <= end { hits.removeLast() }
        hits.append(.init(kind: kind, start: start, end: end))
    }

    // MARK: E-mail and private keys

    mutating func email(at position: Int) {
        let at = position
        var start = at
        while start > 0, isEmailLocal(p[start - 1]) { start -= 1 }
        guard start < at, isAlnum(p[start]) else { return }
        var end = at + 1, lastDot = -1
        while end < n, isAlnum(p[end]) || p[end] == ASCII.minus || (p[end] == ASCII.dot && end + 1 < n && isAlnum(p[end + 1])) {
            if p[end] == ASCII.dot { lastDot = end }
            end += 1
        }
        guard lastDot > at + 1, end - lastDot > 2, (lastDot + 1..<end).allSatisfy({ isLetter(p[$0]) }) else { return }
        add(.email, start, end)
    }

    /// Letters, digits and . _ - + % (what addresses use before the @).
    @inline(__always) func isEmailLocal(_ b: UInt8) -> Bool {
        isAlnum(b) || b == ASCII.dot || b == ASCII.underscore || b == ASCII.minus || b == ASCII.plus || b == 37
    }

    mutating func privateKey(from start: Int) -> Int {
        var i = start + 10
        while i < n && p[i] != ASCII.newline && p[i] != ASCII.minus { i += 1 }
        // The BEGIN line must name a private key ("-----BEGIN RSA PRIVATE KEY-----").
        guard (start..<i).contains(where: { matches($0, "PRIVATE KEY") }) else { return start + 1 }
        // Up to the END line, or the end of the message if it was cut.
        var end = i
        while end < n && !matches(end, "-----END") { end += 1 }
        if end < n {
            end += 8
            while end < n && p[end] != ASCII.newline { end += 1 }
        }
        add(.privateKey, start, end)
        return end
    }
}
