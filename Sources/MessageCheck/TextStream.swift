import Foundation

/// A file read in 1 MiB pieces that end at a line break, each decoded as UTF-8, so checking a
/// 100 MB file takes the memory of one piece.
public struct TextStream {
    public let handle: FileHandle
    public let name: String
    public static let pieceSize = 1 << 20

    public init(handle: FileHandle, name: String) {
        self.handle = handle
        self.name = name
    }

    /// Calls `body` with each piece's text, its byte offset in the file and the number of lines
    /// before it; throws `UnreadableText` for binary or non-UTF-8 input.
    public func forEachPiece(_ body: (String, Int, Int) throws -> Void) throws {
        var carry: [UInt8] = []
        var byteOffset = 0, lineOffset = 0
        while true {
            let data = try handle.read(upToCount: TextStream.pieceSize) ?? Data()
            let atEnd = data.isEmpty
            // A NUL byte anywhere in what was read means a binary file, whatever else is wrong.
            if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }) { throw UnreadableText("\(name): this is a binary file, not text; check text files only") }
            var bytes = carry
            bytes.append(contentsOf: data)
            if bytes.isEmpty { break }
            // Cut after the last line break; keep the rest for the next piece (a single line
            // longer than a piece is cut at a character boundary instead).
            var cut = bytes.count
            if !atEnd {
                if let newline = bytes.lastIndex(of: 10) {
                    cut = newline + 1
                } else if bytes.count >= TextStream.pieceSize {
                    cut = bytes.count
                    while cut > 0 && bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
                    if cut > 0 && bytes[cut - 1] >= 0xC0 { cut -= 1 }
                } else {
                    carry = bytes
                    continue
                }
            }
            let piece = bytes[..<cut]
            guard let text = String(validating: piece, as: UTF8.self) else {
                let bad = byteOffset + TextStream.firstInvalidUTF8(piece)
                throw UnreadableText("\(name): the file is not UTF-8 text (byte \(bad) is not valid UTF-8); save it as UTF-8 and try again")
            }
            try body(text, byteOffset, lineOffset)
            byteOffset += piece.count
            lineOffset += piece.withUnsafeBufferPointer { TextStream.countNewlines($0) }
            carry = Array(bytes[cut...])
            if atEnd { break }
        }
    }

    /// Line breaks in a buffer, found with memchr (the C library's fast byte search).
    static func countNewlines(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard var cursor = buffer.baseAddress else { return 0 }
        let end = cursor + buffer.count
        var count = 0
        while cursor < end, let found = memchr(cursor, 10, end - cursor) {
            count += 1
            cursor = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count
    }

    /// Offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }
}

/// Input that is not text: binary, or not UTF-8.
public struct UnreadableText: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

#if os(Linux)
/// glibc's mallopt (malloc.h is not in the Glibc module map).
@_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

extension TextStream {
    /// Each 1 MiB piece needs a few buffers of its size; glibc maps and unmaps such buffers for
    /// every piece and the kernel faults each page in again (a tenth of the time on a big file).
    /// Raising the thresholds keeps them on the heap for reuse. A process that streams big
    /// files (the CLI, the benchmark) calls this once before it starts.
    public static func keepLargeBuffersOnTheHeap() {
        #if os(Linux)
        _ = mallopt(-3, 64 << 20)   // M_MMAP_THRESHOLD
        _ = mallopt(-1, 128 << 20)  // M_TRIM_THRESHOLD
        #endif
    }
}
