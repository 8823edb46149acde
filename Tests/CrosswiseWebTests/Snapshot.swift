@testable import CrosswiseWeb
import Foundation
import Mustache
import Testing

/// HTML snapshots of pages rendered from fixed page models, compared line by line with the
/// files in `__Snapshots__`. A missing snapshot, or any snapshot when
/// `CROSSWISE_RECORD_SNAPSHOTS=1`, is written and the test fails, so every new or changed
/// snapshot is looked at (in the diff of the commit) before it is trusted.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    /// A signed-in member's frame with fixed values, so a snapshot changes only with the page.
    static func layout(title: String, section: Section = .none, signedIn: Bool = true) -> Layout {
        Layout(title: title, signedIn: signedIn, userName: signedIn ? "Angelica Santos" : "",
               nav: signedIn ? [NavItem(label: "Today", href: TodayRoute.today.path, current: section == .today),
                                NavItem(label: "Skills", href: SkillsRoute.profile.path, current: section == .skills)] : [],
               csrf: "snapshot-token", notice: nil, unread: signedIn ? "2 unread" : nil, tzdata: "2026a (bundled)")
    }

    static func render(_ template: String, title: String, section: Section = .none, signedIn: Bool = true, page: Any) async throws -> String {
        Pages.html(try await Pages.library(), template, layout: layout(title: title, section: section, signedIn: signedIn), page: page)
    }

    static func check(_ html: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent("\(name).html")
        let record = ProcessInfo.processInfo.environment["CROSSWISE_RECORD_SNAPSHOTS"] == "1"
        guard !record, let stored = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? html.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(Comment(rawValue: "Recorded snapshot \(name).html; review it and run the test again."), sourceLocation: sourceLocation)
            return
        }
        let expected = stored.components(separatedBy: "\n"), actual = html.components(separatedBy: "\n")
        guard expected != actual else { return }
        var report: [String] = []
        for index in 0..<max(expected.count, actual.count) where report.count < 12 {
            let old = index < expected.count ? expected[index] : "(no line)", new = index < actual.count ? actual[index] : "(no line)"
            if old != new { report.append("line \(index + 1):\n  - \(old)\n  + \(new)") }
        }
        let message = "Snapshot \(name).html differs (set CROSSWISE_RECORD_SNAPSHOTS=1 to re-record):\n" + report.joined(separator: "\n")
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
