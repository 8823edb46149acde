import Foundation

/// A piece of scheduled work, registered with `Scheduler` under a name that is its row in
/// `scheduled_jobs` (so renaming a job starts it afresh).
public struct ScheduledJob: Sendable {
    public enum Timing: Sendable, Equatable {
        /// Again this long after the last run finished.
        case every(Duration)
        /// Once a day at this UTC time of day (minutes after midnight). Work that depends on
        /// each person's own clock runs `every` few minutes and checks the clocks itself.
        case dailyUTC(minute: Int)
    }

    public var name: String
    public var timing: Timing
    /// Given the run's time.
    public var work: @Sendable (Date) async throws -> Void

    public init(name: String, timing: Timing, work: @escaping @Sendable (Date) async throws -> Void) {
        self.name = name
        self.timing = timing
        self.work = work
    }

    /// When the run after one finishing at `finished` is due.
    func nextRun(after finished: Date) -> Date {
        switch timing {
        case .every(let interval):
            return finished.addingTimeInterval(interval.seconds)
        case .dailyUTC(let minute):
            let seconds = Int64(finished.timeIntervalSince1970.rounded(.down))
            let midnight = seconds - ((seconds % 86400) + 86400) % 86400
            var next = midnight + Int64(minute) * 60
            if next <= seconds { next += 86400 }
            return Date(timeIntervalSince1970: TimeInterval(next))
        }
    }
}

/// A job as an admin page shows it.
public struct JobStatus: Sendable, Equatable {
    public var name: String
    public var lastStarted: Date?
    public var lastFinished: Date?
    /// "ok", or the kind of error the last run ended with.
    public var lastOutcome: String?
    public var nextRun: Date
    /// A process holds it right now.
    public var running: Bool
}
