import CrosswiseStore
import Foundation
import Worldtime

/// Mail and scheduled jobs under Admin: whether e-mail is on and through which server, the
/// outbox's counts and latest failures (address masked, no subject or text), and each job's
/// last and next run.
struct MailPage: Sendable {
    struct Count: Sendable { let label: String; let count: Int }
    struct Failure: Sendable { let when, recipient, error: String; let attempts: Int }
    struct Job: Sendable { let name, lastRun, outcome, nextRun: String }

    let emailOn: Bool
    let server: String
    let counts: [Count]
    let failures: [Failure]
    let hasFailures: Bool
    let jobs: [Job]
    let hasJobs: Bool

    init(emailOn: Bool, server: String?, report: OutboxReport, jobs: [JobStatus], dates: DateWords, failureLimit: Int = 20) {
        self.emailOn = emailOn
        self.server = server ?? ""
        let stamp = { (date: Date) in dates.short(date) + ", " + AuditPage.clock(date, dates.zone) }
        let labels: [(OutboxState, String)] = [(.pending, "Waiting"), (.sent, "Sent"), (.failed, "Failed"), (.skipped, "Not sent: e-mail was off")]
        counts = labels.map { Count(label: $0.1, count: report.counts[$0.0] ?? 0) }
        failures = report.failed.prefix(failureLimit).map {
            Failure(when: stamp($0.createdAt), recipient: Self.mask($0.recipient), error: Self.words($0.lastError), attempts: $0.attempts)
        }
        hasFailures = !failures.isEmpty
        self.jobs = jobs.map { job in
            let last = job.lastFinished ?? job.lastStarted
            return Job(name: Self.jobName(job.name), lastRun: job.running ? "Running now" : last.map(stamp) ?? "Not yet",
                       outcome: job.lastOutcome.map { $0 == "ok" ? "Finished" : "Failed: \(Self.words($0))" } ?? "—", nextRun: stamp(job.nextRun))
        }
        hasJobs = !self.jobs.isEmpty
    }

    /// "a•••@example.com": enough to tell addresses apart, not enough to read one.
    static func mask(_ address: String) -> String {
        guard let at = address.firstIndex(of: "@"), at != address.startIndex else { return "•••" }
        return String(address[address.startIndex]) + "•••" + address[at...]
    }

    /// The stored error kind in a few plain words; unknown kinds show as stored, cut short.
    static func words(_ kind: String?) -> String {
        switch kind {
        case nil: "no reason recorded"
        case "email-off"?: "e-mail was off"
        case let kind?: String(kind.prefix(120))
        }
    }

    static func jobName(_ name: String) -> String {
        switch name {
        case "notices.digest": "Daily digest e-mails"
        case "notices.check-ins": "Plan check-in reminders"
        case "feedback.requests": "Requests for feedback and their reminder, at each person's shift start"
        case "feedback.client-links.cleanup": "Removing old client feedback links, answers and attempts"
        case "notices.cleanup": "Removing old notices and sent mail"
        case "accounts.cleanup": "Removing expired sessions and reset links"
        default: name
        }
    }
}
