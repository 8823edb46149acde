import FluentKit
import Foundation

/// The scheduled jobs the notices need; `crosswise serve` registers them with `Scheduler`
/// beside any other area's jobs.
public enum NoticeJobs {
    /// Read notices are kept this long, then removed.
    public static let readNoticeDays = 90
    /// Sent and skipped e-mails are kept this long (to see what went out), given-up ones longer.
    public static let sentMailDays = 30
    public static let failedMailDays = 90

    public static func all(db: any Database) -> [ScheduledJob] {
        [
            ScheduledJob(name: "notices.digest", timing: .every(.seconds(300))) { now in
                try await DailyDigest(db: db).run(at: now)
            },
            ScheduledJob(name: "notices.check-ins", timing: .every(.seconds(3600))) { now in
                try await PlanCheckIns(db: db).run(at: now)
            },
            ScheduledJob(name: "feedback.requests", timing: .every(.seconds(300))) { now in
                try await FeedbackRequestNotices(db: db).run(at: now)
            },
            ScheduledJob(name: "feedback.client-links.cleanup", timing: .dailyUTC(minute: 3 * 60 + 41)) { now in
                try await ClientFeedbackForm.cleanUp(db: db, at: now)
            },
            ScheduledJob(name: "notices.cleanup", timing: .dailyUTC(minute: 3 * 60 + 17)) { now in
                try await cleanUp(db: db, at: now)
            },
        ]
    }

    public static func cleanUp(db: any Database, at now: Date) async throws {
        func ago(_ days: Int) -> Date { now.addingTimeInterval(-Double(days) * 86400) }
        try await InboxNotice.query(on: db).filter(\.$readAt < ago(readNoticeDays)).delete()
        try await OutboxMessage.query(on: db).filter(\.$state ~~ [OutboxState.sent.rawValue, OutboxState.skipped.rawValue])
            .filter(\.$createdAt < ago(sentMailDays)).delete()
        try await OutboxMessage.query(on: db).filter(\.$state == OutboxState.failed.rawValue).filter(\.$createdAt < ago(failedMailDays)).delete()
    }
}
