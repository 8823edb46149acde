import Foundation

/// The IANA time zone data Crosswise uses: the machine's zoneinfo directory when it is at least
/// as new as the copy bundled with Crosswise, the bundled copy otherwise.
///
/// Foundation's `TimeZone` on Linux answers from ICU's built-in data, which lags behind IANA
/// (ICU 2025b here, while tzdata 2026f moved Vancouver, Edmonton and Winnipeg to permanent
/// standard time and changed Casablanca). Reading TZif files ourselves keeps every page and
/// meeting on the current rules.
public final class TimeZoneDatabase: Sendable {
    public enum Source: String, Sendable { case system, bundled }

    /// "2026f"
    public let version: String
    public let source: Source
    /// Every zone, parsed when the database is made (about 600 small files), so lookups need
    /// no lock.
    private let zones: [String: ZoneRules]
    private let files: [String: [UInt8]]

    /// The database of this process: built once, on first use.
    public static let shared: TimeZoneDatabase = {
        let bundled = TimeZoneDatabase.bundled()
        if let system = TimeZoneDatabase.system(), let bundled, !TimeZoneDatabase.isOlder(system.version, than: bundled.version) {
            return system
        }
        return bundled ?? TimeZoneDatabase(version: "unknown", source: .bundled, files: [:])
    }()

    init(version: String, source: Source, files: [String: [UInt8]]) {
        self.version = version
        self.source = source
        var zones: [String: ZoneRules] = [:]
        for (name, bytes) in files {
            if let tzif = try? TZif(bytes: bytes) { zones[name] = ZoneRules(name: name, tzif: tzif) }
        }
        self.zones = zones
        self.files = files
    }

    /// The TZif bytes of a zone, as read.
    func rawFile(_ name: String) -> [UInt8]? { files[name] }

    /// Zone names, sorted (aliases included).
    public var names: [String] { zones.keys.sorted() }

    public func contains(_ name: String) -> Bool { zones[name] != nil }

    /// The rules of a zone, or nil when the name is unknown.
    public func rules(for name: String) -> ZoneRules? { zones[name] }

    /// The copy packed into the module by scripts/refresh-tzdata.py.
    /// The release bundled with Crosswise, read once, for the About page.
    public static let bundledVersion: String = bundled()?.version ?? "unknown"

    static func bundled() -> TimeZoneDatabase? {
        guard let url = Bundle.module.url(forResource: "tzdata", withExtension: "bin"),
              let data = try? Data(contentsOf: url) else { return nil }
        return unpack([UInt8](data))
    }

    static func unpack(_ bytes: [UInt8]) -> TimeZoneDatabase? {
        guard bytes.starts(with: Array("CWTZ1\n".utf8)), let newline = bytes[6...].firstIndex(of: 0x0A) else { return nil }
        let version = String(decoding: bytes[6..<newline], as: UTF8.self)
        var index = newline + 1
        func read(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            defer { index += count }
            return bytes[index..<index + count].reduce(0) { $0 << 8 | Int($1) }
        }
        guard let count = read(4) else { return nil }
        var files: [String: [UInt8]] = [:]
        for _ in 0..<count {
            guard let nameLength = read(2), index + nameLength <= bytes.count else { return nil }
            let name = String(decoding: bytes[index..<index + nameLength], as: UTF8.self)
            index += nameLength
            guard let length = read(4), index + length <= bytes.count else { return nil }
            files[name] = Array(bytes[index..<index + length])
            index += length
        }
        return TimeZoneDatabase(version: version, source: .bundled, files: files)
    }

    /// /usr/share/zoneinfo, with its version from tzdata.zi or +VERSION.
    static func system(directory: String = "/usr/share/zoneinfo") -> TimeZoneDatabase? {
        let manager = FileManager.default
        var version: String?
        if let text = try? String(contentsOfFile: directory + "/tzdata.zi", encoding: .utf8),
           let first = text.split(separator: "\n").first, first.hasPrefix("# version ") {
            version = String(first.dropFirst("# version ".count))
        } else if let text = try? String(contentsOfFile: directory + "/+VERSION", encoding: .utf8) {
            version = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let version, let walker = manager.enumerator(atPath: directory) else { return nil }
        var files: [String: [UInt8]] = [:]
        while let path = walker.nextObject() as? String {
            // Skip the right/ and posix/ trees and metadata files; zone names start upper-case.
            guard let first = path.first, first.isUppercase, !path.hasPrefix("posix"), !path.hasPrefix("right") else { continue }
            guard let data = manager.contents(atPath: directory + "/" + path), data.starts(with: Array("TZif".utf8)) else { continue }
            files[path] = [UInt8](data)
        }
        return files.isEmpty ? nil : TimeZoneDatabase(version: version, source: .system, files: files)
    }

    /// "2025b" is older than "2026f": years first, then the letter.
    static func isOlder(_ a: String, than b: String) -> Bool {
        let ya = Int(a.prefix(4)) ?? 0, yb = Int(b.prefix(4)) ?? 0
        return ya != yb ? ya < yb : a.dropFirst(4) < b.dropFirst(4)
    }
}
