import Foundation
import Testing
@testable import Worldtime

@Suite struct ZoneTests {
    /// The bundled release the fixtures were made from; the machine's own copy may be newer.
    let database = TimeZoneDatabase.bundled()!

    /// Every change of UTC offset of every zone from 1970 to 2040, as Python's zoneinfo with the
    /// PyPI tzdata package computes it (scripts/zoneinfo-expected.py), must match ours: the
    /// second before the change has the old offset, the change's second the new one.
    @Test func offsetsMatchPythonZoneinfoAtEveryTransitionFrom1970To2040() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/zoneinfo-transitions.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        var checked = 0
        var mismatches: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ")
            let name = String(parts[0]), instant = Int64(parts[1])!, before = Int(parts[2])!, after = Int(parts[3])!
            guard let rules = database.rules(for: name) else {
                mismatches.append("\(name): missing")
                continue
            }
            if rules.utcOffset(at: instant - 1) != before && before != after { mismatches.append("\(line): before was \(rules.utcOffset(at: instant - 1))") }
            if rules.utcOffset(at: instant) != after { mismatches.append("\(line): after was \(rules.utcOffset(at: instant))") }
            checked += 1
        }
        #expect(checked > 30_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first: \(mismatches.prefix(5))")
    }

    @Test func theBundledCopyIsCurrentAndTheNewerCopyWins() throws {
        let bundled = try #require(TimeZoneDatabase.bundled())
        #expect(bundled.version == "2026f")
        #expect(bundled.names.count > 590)
        #expect(TimeZoneDatabase.isOlder("2025b", than: "2026f"))
        #expect(!TimeZoneDatabase.isOlder("2026f", than: "2026f"))
        #expect(!TimeZoneDatabase.isOlder(TimeZoneDatabase.shared.version, than: "2026f"))
    }

    /// A directory posing as /usr/share/zoneinfo: one real zone, one damaged file, no
    /// Asia/Calcutta link, and a release label newer than anything.
    func fakeSystemZoneinfo(version: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zoneinfo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Asia"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Europe"), withIntermediateDirectories: true)
        try Data("\(version)\n".utf8).write(to: directory.appendingPathComponent("+VERSION"))
        try Data(try #require(database.rawFile("Asia/Manila"))).write(to: directory.appendingPathComponent("Asia/Manila"))
        try Data("TZif2 this file was cut short".utf8).write(to: directory.appendingPathComponent("Europe/London"))
        return directory.path
    }

    @Test func eachZoneTheSystemCopyLacksOrCannotReadAnswersFromTheBundledCopy() throws {
        let directory = try fakeSystemZoneinfo(version: "2099a")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let merged = TimeZoneDatabase(systemDirectory: directory)
        #expect(merged.version == "2099a" && merged.source == .system)
        #expect(merged.source(of: "Asia/Manila") == .system)
        #expect(merged.source(of: "Asia/Calcutta") == .bundled)
        #expect(merged.source(of: "Europe/London") == .bundled)
        #expect(merged.source(of: "Mars/Olympus_Mons") == nil)
        let july: Int64 = 1_783_000_000  // 2026-07-02
        #expect(merged.rules(for: "Asia/Calcutta")?.utcOffset(at: july) == 19_800)
        #expect(merged.rules(for: "Europe/London")?.utcOffset(at: july) == 3_600)
        #expect(merged.rules(for: "Asia/Manila")?.utcOffset(at: july) == 28_800)
        #expect(merged.names.count == database.names.count)
        #expect(merged.fallbackCount == database.names.count - 1)
        #expect(merged.summary == "2099a (system), \(database.names.count - 1) zones from the bundled copy")

        // An older system copy leaves the bundled one in charge of every zone it has.
        let older = try fakeSystemZoneinfo(version: "2001a")
        defer { try? FileManager.default.removeItem(atPath: older) }
        let bundledFirst = TimeZoneDatabase(systemDirectory: older)
        #expect(bundledFirst.source == .bundled && bundledFirst.version == database.version)
        #expect(bundledFirst.source(of: "Asia/Manila") == .bundled && bundledFirst.fallbackCount == 0)
        #expect(bundledFirst.summary == "\(database.version) (bundled)")
        #expect(TimeZoneDatabase(systemDirectory: nil).source == .bundled)
    }

    /// The zones the issue names. On 2026-11-23 Foundation (ICU 2025b) answers -8, -7, -6 and +1
    /// hours; tzdata 2026f and Python's zoneinfo answer -7, -6, -5 and 0.
    @Test func vancouverEdmontonWinnipegAndCasablancaFollowTzdata2026f() throws {
        let now: Int64 = 1_795_449_600  // 2026-11-23 16:00 UTC
        #expect(database.rules(for: "America/Vancouver")?.utcOffset(at: now) == -7 * 3600)
        #expect(database.rules(for: "America/Edmonton")?.utcOffset(at: now) == -6 * 3600)
        #expect(database.rules(for: "America/Winnipeg")?.utcOffset(at: now) == -5 * 3600)
        #expect(database.rules(for: "Africa/Casablanca")?.utcOffset(at: now) == 0)
        #expect(database.rules(for: "Asia/Calcutta")?.utcOffset(at: now) == 19800)
    }

    /// Gaps and overlaps resolve as Python's zoneinfo does with fold=0 (values from Python).
    @Test(arguments: [
        ("America/New_York", 2026, 3, 8, 2, 30, Int64(1_772_955_000), "skipped"),
        ("America/New_York", 2026, 11, 1, 1, 30, Int64(1_793_511_000), "ambiguous"),
        ("Europe/Dublin", 2026, 3, 29, 1, 30, Int64(1_774_747_800), "skipped"),
        ("Europe/Dublin", 2026, 10, 25, 1, 30, Int64(1_792_888_200), "ambiguous"),
        ("Australia/Lord_Howe", 2026, 4, 5, 1, 45, Int64(1_775_313_900), "ambiguous"),
        ("Asia/Kolkata", 2026, 7, 1, 9, 0, Int64(1_782_876_600), "unique"),
        ("America/Vancouver", 2026, 11, 23, 9, 0, Int64(1_795_449_600), "unique"),
        ("America/Santiago", 2026, 9, 6, 0, 30, Int64(1_788_669_000), "skipped"),
    ])
    func wallTimesResolveLikeZoneinfoWithFoldZero(zone: String, year: Int, month: Int, day: Int, hour: Int, minute: Int,
                                                 expected: Int64, kind: String) throws {
        let rules = try #require(database.rules(for: zone))
        let local = Int64(CivilDate(year: year, month: month, day: day).days * 86400 + hour * 3600 + minute * 60)
        let resolution = rules.resolve(local: local)
        #expect(resolution.instant == expected)
        switch resolution {
        case .unique: #expect(kind == "unique")
        case .ambiguous: #expect(kind == "ambiguous")
        case .skipped(_, let gap): #expect(kind == "skipped" && gap > 0)
        }
    }

    @Test func tzStringsWithQuotedNamesNegativeDaylightTimeAndJulianDays() throws {
        let ireland = try PosixTZ("IST-1GMT0,M10.5.0,M3.5.0/1")
        #expect(ireland.standard.utcOffset == 3600 && ireland.daylight?.utcOffset == 0)
        let india = try PosixTZ("<+0530>-5:30")
        #expect(india.standard.utcOffset == 19800 && india.standard.abbreviation == "+0530")
        // All-year daylight time, written the way zic writes it.
        let permanent = try PosixTZ("EST5EDT,0/0,J365/25")
        #expect(permanent.type(at: 1_782_876_600).utcOffset == -4 * 3600)
        #expect(permanent.type(at: 1_767_225_600).utcOffset == -4 * 3600)
        #expect(throws: PosixTZ.ParseError.self) { try PosixTZ("E5") }
        #expect(throws: PosixTZ.ParseError.self) { try PosixTZ("EST5EDT,M13.1.0,M11.1.0") }
    }

    @Test func damagedFilesAreRefusedNotTrusted() {
        #expect(throws: TZif.ReadError.notTZif) { try TZif(bytes: Array("Nope, not a zone file at all, sorry about that......".utf8)) }
        let vancouver = Array(TimeZoneDatabase.bundled()!.rawFile("America/Vancouver")!.prefix(60))
        #expect(throws: TZif.ReadError.self) { try TZif(bytes: vancouver) }
    }
}

@Suite struct LocalTimeTests {
    @Test func localClockUsesTheIANARulesNotICU() throws {
        let instant = Date(timeIntervalSince1970: 1_795_449_600)  // 2026-11-23 16:00 UTC, a Monday
        let vancouver = LocalTime(instant, in: try TimeZoneName("America/Vancouver"))
        #expect(vancouver.clockText == "09:00" && vancouver.offsetText == "UTC-07:00" && vancouver.weekday == .monday)
        let kolkata = LocalTime(instant, in: try TimeZoneName("Asia/Kolkata"))
        #expect(kolkata.clockText == "21:30" && kolkata.dayText == "Mon 23 Nov")
        let auckland = LocalTime(instant, in: try TimeZoneName("Pacific/Auckland"))
        #expect(auckland.clockText == "05:00" && auckland.dayText == "Tue 24 Nov" && auckland.offsetText == "UTC+13:00")
    }
}
