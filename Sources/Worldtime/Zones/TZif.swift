/// A compiled IANA zone file (RFC 8536, "TZif"), versions 2 and later: the transitions as
/// 64-bit seconds, the local time types they switch to, and the footer TZ string that
/// continues the rules past the last transition.
public struct TZif: Sendable {
    /// One kind of local time a zone uses: its offset from UTC, whether it is daylight saving
    /// time, and its abbreviation ("PST", "+0530").
    public struct LocalTimeType: Sendable, Hashable {
        public let utcOffset: Int
        public let isDST: Bool
        public let abbreviation: String
    }

    /// Seconds since 1970 (UTC) at which the local time type changes, ascending.
    public let transitions: [Int64]
    /// For each transition, the index in `types` in force from that instant.
    public let transitionTypes: [Int]
    public let types: [LocalTimeType]
    /// The rule for instants after the last transition, from the footer.
    public let footer: PosixTZ?

    public enum ReadError: Error, Equatable {
        case notTZif
        case unsupportedVersion
        case truncated
        case badFooter(String)
    }

    public init(bytes: [UInt8]) throws(ReadError) {
        var reader = ByteReader(bytes: bytes)
        let first = try reader.header()
        guard first.version >= 2 else { throw .unsupportedVersion }
        // Skip the version 1 body (32-bit times); the version 2 body follows with 64-bit times.
        try reader.skip(first.counts.v1BodySize)
        let header = try reader.header()
        let counts = header.counts
        var transitions: [Int64] = []
        transitions.reserveCapacity(counts.timecnt)
        for _ in 0..<counts.timecnt { transitions.append(try reader.int64()) }
        var transitionTypes: [Int] = []
        for _ in 0..<counts.timecnt { transitionTypes.append(Int(try reader.byte())) }
        var raw: [(Int, Bool, Int)] = []
        for _ in 0..<counts.typecnt {
            raw.append((Int(try reader.int32()), try reader.byte() != 0, Int(try reader.byte())))
        }
        let chars = try reader.bytes(counts.charcnt)
        try reader.skip(counts.leapcnt * 12 + counts.isstdcnt + counts.isutcnt)
        let types = raw.map { utoff, isDST, index in
            let start = min(chars.startIndex + index, chars.endIndex)
            let end = chars[start...].firstIndex(of: 0) ?? chars.endIndex
            return LocalTimeType(utcOffset: utoff, isDST: isDST, abbreviation: String(decoding: chars[start..<end], as: UTF8.self))
        }
        let typeCount = types.count
        guard typeCount > 0, transitionTypes.allSatisfy({ $0 < typeCount }) else { throw .truncated }
        self.types = types
        self.transitions = transitions
        self.transitionTypes = transitionTypes
        // Footer: "\n" TZ string "\n".
        let rest = reader.remaining
        if rest.count >= 2, rest.first == 0x0A, let end = rest.dropFirst().firstIndex(of: 0x0A) {
            let text = String(decoding: rest[rest.startIndex + 1..<end], as: UTF8.self)
            if text.isEmpty {
                footer = nil
            } else {
                do { footer = try PosixTZ(text) } catch { throw .badFooter(text) }
            }
        } else {
            footer = nil
        }
    }
}

/// Big-endian reading of a TZif file.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    struct Counts {
        let isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt: Int
        var v1BodySize: Int { timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt }
    }

    var remaining: ArraySlice<UInt8> { bytes[offset...] }

    mutating func header() throws(TZif.ReadError) -> (version: Int, counts: Counts) {
        guard offset + 44 <= bytes.count else { throw .truncated }
        guard bytes[offset..<offset + 4].elementsEqual("TZif".utf8) else { throw .notTZif }
        let versionByte = bytes[offset + 4]
        let version = versionByte == 0 ? 1 : Int(versionByte) - 0x30
        offset += 20
        let values = try (0..<6).map { _ throws(TZif.ReadError) in Int(try int32()) }
        return (version, Counts(isutcnt: values[0], isstdcnt: values[1], leapcnt: values[2], timecnt: values[3], typecnt: values[4], charcnt: values[5]))
    }

    mutating func skip(_ count: Int) throws(TZif.ReadError) {
        guard offset + count <= bytes.count else { throw .truncated }
        offset += count
    }

    mutating func byte() throws(TZif.ReadError) -> UInt8 {
        guard offset < bytes.count else { throw .truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func bytes(_ count: Int) throws(TZif.ReadError) -> ArraySlice<UInt8> {
        guard offset + count <= bytes.count else { throw .truncated }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func int32() throws(TZif.ReadError) -> Int32 {
        var value: UInt32 = 0
        for byte in try bytes(4) { value = value << 8 | UInt32(byte) }
        return Int32(bitPattern: value)
    }

    mutating func int64() throws(TZif.ReadError) -> Int64 {
        var value: UInt64 = 0
        for byte in try bytes(8) { value = value << 8 | UInt64(byte) }
        return Int64(bitPattern: value)
    }
}
