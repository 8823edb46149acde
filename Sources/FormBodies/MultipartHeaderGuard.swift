/// multipart-kit 4.7.1 (the newest this machine has) looks each header-name byte up in a
/// 128-entry table, so a byte of 0x80 or more where a part's header name should be stops the
/// process with "Index out of range" (found by FuzzFormBody). Until a release fixes it, the
/// body is checked first: after every occurrence of `--boundary`, the header names of the block
/// that follows, read as multipart-kit reads them, may hold only ASCII.
///
/// One pass: the boundary is found with Knuth-Morris-Pratt, and each header block is read once
/// (occurrences inside a block already read are skipped), so the check is linear in the body.
/// An occurrence inside a file's content can only make the check stricter, and browsers choose
/// boundaries that never appear in the content.
enum MultipartHeaderGuard {
    static func check(_ body: UnsafeRawBufferPointer, boundary: String) -> Bool {
        let pattern = Array("--\(boundary)".utf8)
        guard !pattern.isEmpty else { return true }
        let failure = failureTable(pattern)
        var matched = 0
        var checkedUpTo = 0
        var index = 0
        while index < body.count {
            let byte = body[index]
            while matched > 0 && byte != pattern[matched] { matched = failure[matched - 1] }
            if byte == pattern[matched] { matched += 1 }
            index += 1
            guard matched == pattern.count else { continue }
            matched = failure[matched - 1]
            guard index >= checkedUpTo else { continue }
            guard let end = headerBlockEnd(body, from: index) else { return false }
            checkedUpTo = end
        }
        return true
    }

    /// Reads a part's header block the way multipart-kit does: after the boundary a CR LF, then
    /// lines of a name up to ':' and a value up to CR, each followed by LF, until a line that
    /// starts with CR. nil when a name holds a byte of 0x80 or more; otherwise where the block
    /// ends (or where multipart-kit itself would refuse the syntax, which does not crash it).
    private static func headerBlockEnd(_ body: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var i = start
        guard i + 1 < body.count, body[i] == 13, body[i + 1] == 10 else { return i }
        i += 2
        while i < body.count {
            if body[i] == 13 { return i }  // the empty line: headers end
            while i < body.count, body[i] != UInt8(ascii: ":") {
                if body[i] >= 0x80 { return nil }
                if body[i] == 13 { return i }
                i += 1
            }
            while i < body.count, body[i] != 13 { i += 1 }  // the value, up to CR
            i += 1
            guard i < body.count, body[i] == 10 else { return i }
            i += 1
        }
        return i
    }

    private static func failureTable(_ pattern: [UInt8]) -> [Int] {
        var table = [Int](repeating: 0, count: pattern.count)
        var k = 0
        for i in 1..<max(pattern.count, 1) {
            while k > 0 && pattern[i] != pattern[k] { k = table[k - 1] }
            if pattern[i] == pattern[k] { k += 1 }
            table[i] = k
        }
        return table
    }
}
