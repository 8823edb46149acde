import CrosswiseStore
import CrosswiseWeb
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOConcurrencyHelpers
import Testing

/// Every log line and its metadata, whatever the level.
final class LogCapture: Sendable {
    let lines = NIOLockedValueBox<[String]>([])

    var text: String { lines.withLockedValue { $0.joined(separator: "\n") } }

    func logger(level: Logger.Level = .trace) -> Logger {
        var logger = Logger(label: "capture") { label in CapturingHandler(label: label, capture: self) }
        logger.logLevel = level
        return logger
    }

    struct CapturingHandler: LogHandler {
        let label: String
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.lines.withLockedValue { $0.append("\(event.level) \(label) \(event.message) \(all) \(event.source)") }
        }
    }
}

@Suite struct LogPrivacyTests {
    @Test func traceLogsOfSignInAndAddingAPersonHoldNoEmailsNamesOrPasswordHashes() async throws {
        let capture = LogCapture()
        try await TestApp.with(logger: capture.logger(level: .trace)) { app in
            try await app.run { client in
                let admin = try await client.signIn(TestApp.admin)
                #expect(!admin.isEmpty)
                let created = try await client.post("/admin/people", cookie: admin, [
                    ("name", "Zenaida Quiambao"), ("email", "zenaida.q@example.com"), ("role", "member"), ("time_zone", "Asia/Manila"),
                    ("country", "PH"), ("working_hours", "Mon-Fri 21:00-06:00"), ("languages", "en"),
                ])
                #expect(created.status == .seeOther)
                // A failed sign-in too: the wrong password must not show up either.
                _ = try await client.signIn(TestApp.member, password: "not-the-password-42")
            }
            let zenaida = try await app.person("zenaida.q@example.com")
            #expect(zenaida.name == "Zenaida Quiambao")
            let logs = capture.text
            #expect(!logs.isEmpty, "the capture saw the request log")
            for secret in [TestApp.admin, TestApp.member, "zenaida.q@example.com", "Zenaida", "Quiambao", "Isabel Reyes",
                           "not-the-password-42", DemoOrganization.password, "$2b$", "$2a$", "$2y$"] {
                #expect(!logs.contains(secret), "the logs contain “\(secret)”")
            }
        }
    }
}

@Suite struct HealthTests {
    @Test func healthSays503WhenTheSQLiteDiskIsAlmostFull() async throws {
        var limits = DatabaseLimits()
        limits.minimumFreeBytes = UInt64.max
        try await TestApp.with(demo: false, limits: limits) { app in
            try await app.run { client in
                let health = try await client.get("/healthz", cookie: "")
                #expect(health.status == .serviceUnavailable)
                #expect(health.text == "database unavailable\n")
            }
        }
    }

    @Test func aServerErrorIsLoggedWithTheDatabaseErrorKind() async throws {
        let capture = LogCapture()
        let app = try await TestApp.make(logger: capture.logger(level: .info))
        try await app.run { client in
            let cookie = try await client.signIn(TestApp.member)
            await app.services.database.shutdown()
            #expect(try await client.get("/teams", cookie: cookie).status == .internalServerError)
        }
        let logs = capture.text
        #expect(logs.contains("unexpected error"))
        #expect(logs.contains("error_kind"), "\(logs)")
    }
}
