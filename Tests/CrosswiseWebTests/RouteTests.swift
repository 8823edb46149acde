@testable import CrosswiseWeb
import Foundation
import HTTPTypes
import Hummingbird
import Testing

/// Every route of every area: it prints a path, the path parses back to the same case, and the
/// router has it registered under its method. A link built from a route can therefore never
/// point at nothing.
@Suite struct RouteTests {
    /// Every route enum; a new area adds its enum here and to `siteAreas`.
    static func everyRoute() -> [(route: String, method: HTTPRequest.Method, pattern: String, path: String, parsesBack: Bool, prefix: String)] {
        func walk<R: SiteRoute>(_ type: R.Type) -> [(String, HTTPRequest.Method, String, String, Bool, String)] {
            R.all.map { ("\($0)", $0.method, $0.pattern, $0.path, R.parse(method: $0.method, path: $0.path) == $0, R.prefix) }
        }
        return walk(TodayRoute.self) + walk(TeamRoute.self) + walk(MeetingsRoute.self) + walk(CheckRoute.self) + walk(SkillsRoute.self)
            + walk(AdminRoute.self) + walk(AccountRoute.self) + walk(AboutRoute.self)
            + walk(InboxRoute.self) + walk(ProfileRoute.self)
            + walk(FeedbackRoute.self) + walk(ClientFeedbackRoute.self)
            + walk(CultureRoute.self)
    }

    @Test func everyRoutePrintsParsesBackAndIsRegistered() async throws {
        let registered = try await TestApp.with(demo: false) { app in
            Set(buildRouter(services: app.services).routes.map { "\($0.method) \($0.path)" })
        }
        let routes = Self.everyRoute()
        #expect(routes.count > 60)
        for r in routes {
            #expect(r.parsesBack, "\(r.route) prints \(r.path), which does not parse back to it")
            #expect(r.pattern == r.prefix || r.pattern.hasPrefix(r.prefix + "/"), "\(r.route) is outside its area's prefix \(r.prefix)")
            let hummingbird = r.pattern.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
            #expect(registered.contains("\(r.method) /\(hummingbird.joined(separator: "/"))"), "\(r.method) \(r.pattern) is not registered")
        }
        // And nothing is registered that no route declares.
        #expect(registered.count == Set(routes.map { "\($0.method) \($0.pattern)" }).count)
    }

    @Test func aValueCannotAddAPathSegment() {
        #expect(SkillsRoute.competency("a/b?c").path == "/skills/framework/a%2Fb%3Fc")
        #expect(SkillsRoute.parse(method: .get, path: SkillsRoute.competency("a/b?c").path) == .competency("a/b?c"))
        #expect(SkillsRoute.parse(method: .get, path: "/skills/people/not-a-uuid") == nil)
        #expect(MeetingsRoute.planner.path(query: [("title", "1 + 1 & more")]) == "/meetings?title=1%20%2B%201%20%26%20more")
    }
}

/// Paths are spelled only in route files: templates get links from their page models, Swift
/// code from route cases.
@Suite struct NoLiteralPathTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CrosswiseWeb")

    static func files(_ suffix: String) throws -> [URL] {
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        return walker.compactMap { $0 as? URL }.filter { $0.lastPathComponent.hasSuffix(suffix) }
    }

    @Test func swiftFilesOutsideRoutesSpellNoPath() throws {
        var found: [String] = []
        for file in try Self.files(".swift") where !file.lastPathComponent.hasSuffix("Route.swift") {
            for (n, line) in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").enumerated() {
                let code = line.components(separatedBy: "//").first ?? ""
                if code.range(of: #""/[A-Za-z]"#, options: .regularExpression) != nil { found.append("\(file.lastPathComponent):\(n + 1): \(line)") }
            }
        }
        #expect(found.isEmpty, "paths outside route files:\n\(found.joined(separator: "\n"))")
    }

    @Test func templatesSpellNoPath() throws {
        var found: [String] = []
        for file in try Self.files(".mustache") {
            for (n, line) in try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").enumerated()
            where line.range(of: #"(href|action|src)="/"#, options: .regularExpression) != nil {
                found.append("\(file.lastPathComponent):\(n + 1): \(line)")
            }
        }
        #expect(found.isEmpty, "paths in templates:\n\(found.joined(separator: "\n"))")
    }
}
