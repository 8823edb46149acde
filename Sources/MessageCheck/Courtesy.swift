/// A request with "please", "could you" or "thanks" in the same sentence is polite, not an
/// order: "Could you send me the invoice?" keeps its "send me" unflagged.
enum Courtesy {
    static let words: [StaticString] = ["please", "kindly", "could you", "would you", "can you", "thank", "appreciate", "would be grateful", "when you have a moment", "if you", "if your", "feel free"]

    static func softens(_ span: Span, in text: MessageText) -> Bool {
        text.bytes.withUnsafeBufferPointer { p in
            var start = span.start, end = span.end
            // The sentence around the order, at most 300 bytes each way.
            while start > 0, span.start - start < 300, !isBoundary(p[start - 1]) { start -= 1 }
            while end < p.count, end - span.end < 300, !isBoundary(p[end]) { end += 1 }
            for i in start..<end where i == 0 || !isLetter(p[i - 1]) {
                for word in words where spells(p, at: i, word) { return true }
            }
            return false
        }
    }

    static func isBoundary(_ b: UInt8) -> Bool { b == ASCII.dot || b == 33 || b == 63 || b == ASCII.newline }
}
