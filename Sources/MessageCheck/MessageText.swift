import Foundation

/// A message as UTF-8 bytes with its line starts, so findings found by byte offset can say
/// where they are in lines and columns (as editors and SARIF viewers count them).
struct MessageText {
    let bytes: [UInt8]
    private(set) var lineStarts: [Int] = [0]

    init(_ text: String) {
        bytes = Array(text.utf8)
        lineStarts = bytes.withUnsafeBufferPointer(MessageText.lineStarts)
    }

    /// Where each line starts, found with memchr (the C library's fast byte search).
    static func lineStarts(_ buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = buffer.baseAddress else { return starts }
        var offset = 0
        while offset < buffer.count, let found = memchr(base + offset, 10, buffer.count - offset) {
            offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            starts.append(offset)
        }
        return starts
    }

    /// 1-based line and column (Unicode scalars) of a byte offset.
    func position(_ offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, 1 + scalars(from: lineStarts[lo], to: offset))
    }

    /// Unicode scalars in `from..<to`: the bytes that are not UTF-8 continuation bytes
    /// (10xxxxxx), counted eight at a time.
    func scalars(from: Int, to: Int) -> Int {
        let end = min(to, bytes.count)
        guard from < end else { return 0 }
        return bytes.withUnsafeBytes { raw in
            var i = from, continuation = 0
            while i + 8 <= end {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuation += (x & ~(x << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
            while i < end {
                if raw[i] & 0xC0 == 0x80 { continuation += 1 }
                i += 1
            }
            return end - from - continuation
        }
    }

    func locate(_ span: Span) -> Span {
        var located = span
        (located.line, located.column) = position(span.start)
        // Most spans end on the line they start on: count on from the start.
        let nextLine = located.line < lineStarts.count ? lineStarts[located.line] : Int.max
        if span.end < nextLine || (span.end == nextLine && span.end == bytes.count) {
            located.endLine = located.line
            located.endColumn = located.column + scalars(from: span.start, to: span.end)
        } else {
            (located.endLine, located.endColumn) = position(span.end)
        }
        return located
    }

    /// The span's text with letters and digits hidden except the last `keep`, separators kept:
    /// "4111 1111 1111 1111" becomes "•••• •••• •••• 1111". Never the value itself.
    func masked(_ span: Span, keep: Int) -> String {
        let slice = bytes[span.start..<span.end]
        var total = 0
        for b in slice where isAlnum(b) { total += 1 }
        var seen = 0
        var out: [UInt8] = []
        out.reserveCapacity(slice.count * 3)
        for b in slice {
            if isAlnum(b) {
                seen += 1
                if seen > total - keep { out.append(b) } else { out += [0xE2, 0x80, 0xA2] }  // •
            } else if b < 128 {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
