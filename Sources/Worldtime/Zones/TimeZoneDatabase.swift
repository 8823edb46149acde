import Foundation

/// The IANA time zone data Crosswise uses: the machine's zoneinfo directory when it is at least
/// as new as the copy bundled with Crosswise, the bundled copy otherwise; zone by zone, the
/// other copy answers for any zone the chosen one lacks or cannot read.
///
/// Foundation's `TimeZone` on Linux answers from ICU's built-in data, which lags behind IANA
/// (ICU 2025b here, while tzdata 2026f moved Vancouver, Edmonton and Winnipeg to permanent
/// standard time and changed Casablanca). Reading TZif files ourselves keeps every page and
/// meeting on the current rules. A system copy can be trimmed (no `backward` links such as
/// Asia/Calcutta) or damaged while still claiming a new release, so the choice is never
/// all-or-nothing: a name the bundled data knows always answers.
public final class TimeZoneDatabase: Sendable {
    public enum Source: String, Sendable { case system, bundled }

    /// The release of the copy that answers first: "2026f".
    public let version: String
    /// The copy that answers first.
    public let source: Source
    /// Every zone, parsed when the database is made (about 600 small files), so lookups need
    /// no lock.
    private let zones: [String: ZoneRules]
    private let files: [String: [UInt8]]
    private let sources: [String: Source]
    /// How many zones came from the other copy than `source` (missing or unreadable there).
    public let fallbackCount: Int

    /// The database of this process: built once, on first use.
    public static let shared = TimeZoneDatabase()

    /// The machine's zoneinfo (or `systemDirectory`, nil for none) merged with the bundled copy.
    public convenience init(systemDirectory: String? = "/usr/share/zoneinfo") {
        let bundled = TimeZoneDatabase.bundledFiles()
        let system = systemDirectory.flatMap { TimeZoneDatabase.systemFiles(directory: $0) }
        guard let system else {
            self.init(version: bundled?.version ?? "unknown", source: .bundled, primary: bundled?.files ?? [:], fallback: [:])
            return
        }
        guard let bundled else {
            self.init(version: system.version, source: .system, primary: system.files, fallback: [:])
            return
        }
        if TimeZoneDatabase.isOlder(system.version, than: bundled.version) {
            self.init(version: bundled.version, source: .bundled, primary: bundled.files, fallback: system.files)
        } else {
            self.init(version: system.version, source: .system, primary: system.files, fallback: bundled.files)
        }
    }

    /// One copy's files, answering for every zone it can read; `fallback` answers for the rest.
    init(version: String, source: Source, primary: [String: [UInt8]], fallback: [String: [UInt8]]) {
        self.version = version
        self.source = source
        let other: Source = source == .system ? .bundled : .system
        var zones: [String: ZoneRules] = [:]
        var files: [String: [UInt8]] = [:]
        var sources: [String: Source] = [:]
        for (copy, list) in [(source, primary), (other, fallback)] {
            for (name, bytes) in list where zones[name] == nil {
                guard let tzif = try? TZif(bytes: bytes) else { continue }
                zones[name] = ZoneRules(name: name, tzif: tzif)
                files[name] = bytes
                sources[name] = copy
            }
        }
        self.zones = zones
        self.files = files
        self.sources = sources
        fallbackCount = sources.values.filter { $0 != source }.count
    }

    /// Which copy answers for a zone; nil when the name is unknown.
    public func source(of name: String) -> Source? { sources[name] }

    /// "2026f (system)", or "2026f (system), 3 zones from the bundled copy", for the footer and
    /// the `serve` banner.
    public var summary: String {
        let base = "\(version) (\(source.rawValue))"
        guard fallbackCount > 0 else { return base }
        let other: Source = source == .system ? .bundled : .system
        return base + ", \(fallbackCount) zone\(fallbackCount == 1 ? "" : "s") from the \(other.rawValue) copy"
    }

    /// The TZif bytes of a zone, as read.
    func rawFile(_ name: String) -> [UInt8]? { files[name] }

    /// Zone names, sorted (aliases included).
    public var names: [String] { zones.keys.sorted() }

    public func contains(_ name: String) -> Bool { zones[name] != nil }

    /// The rules of a zone, or nil when the name is unknown.
    public func rules(for name: String) -> ZoneRules? { zones[name] }

    /// The release bundled with Crosswise, read once, for the About page.
    public static let bundledVersion: String = bundledFiles()?.version ?? "unknown"

    /// The bundled copy alone.
    static func bundled() -> TimeZoneDatabase? {
        guard let copy = bundledFiles() else { return nil }
        return TimeZoneDatabase(version: copy.version, source: .bundled, primary: copy.files, fallback: [:])
    }

    /// The copy packed into the module by scripts/refresh-tzdata.py.
    static func bundledFiles() -> (version: String, files: [String: [UInt8]])? {
        guard let url = Bundle.module.url(forResource: "tzdata", withExtension: "bin"),
              let data = try? Data(contentsOf: url) else { return nil }
        return unpack([UInt8](data))
    }

    static func unpack(_ bytes: [UInt8]) -> (version: String, files: [String: [UInt8]])? {
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
        return (version, files)
    }

    /// /usr/share/zoneinfo, with its version from tzdata.zi or +VERSION. Files that do not
    /// parse are left to the other copy by `init`.
    static func systemFiles(directory: String) -> (version: String, files: [String: [UInt8]])? {
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
        return files.isEmpty ? nil : (version, files)
    }

    /// "2025b" is older than "2026f": years first, then the letter.
    static func isOlder(_ a: String, than b: String) -> Bool {
        let ya = Int(a.prefix(4)) ?? 0, yb = Int(b.prefix(4)) ?? 0
        return ya != yb ? ya < yb : a.dropFirst(4) < b.dropFirst(4)
    }
}
