import Foundation
import NIOConcurrencyHelpers

/// Runs work that may never finish (a query to a server that vanished, closing its
/// connections) and stops waiting for it after a deadline. The work runs in a task of its own
/// and is cancelled at the deadline; a task group would wait for it, which is the very hang this
/// avoids.
enum Deadline {
    static func run<T: Sendable>(within limit: Duration, operation: String = "the database", _ body: @escaping @Sendable () async throws -> T) async -> Result<T, any Error> {
        let pending = NIOLockedValueBox<CheckedContinuation<Result<T, any Error>, Never>?>(nil)
        let work = NIOLockedValueBox<Task<Void, Never>?>(nil)
        return await withCheckedContinuation { continuation in
            pending.withLockedValue { $0 = continuation }
            let finish: @Sendable (Result<T, any Error>) -> Void = { result in
                let waiting = pending.withLockedValue { value -> CheckedContinuation<Result<T, any Error>, Never>? in
                    defer { value = nil }
                    return value
                }
                waiting?.resume(returning: result)
            }
            work.withLockedValue { $0 = Task { do { finish(.success(try await body())) } catch { finish(.failure(error)) } } }
            Task {
                try? await Task.sleep(for: limit)
                finish(.failure(DatabaseTimeout(operation: operation, seconds: Double(limit.milliseconds) / 1000)))
                work.withLockedValue { $0?.cancel() }
            }
        }
    }
}

/// Coalesces health probes: at most one runs at a time, and its answer is reused for a second.
actor HealthProbe {
    private var last: (at: ContinuousClock.Instant, healthy: Bool)?
    private var running: Task<Bool, Never>?

    func check(_ probe: @escaping @Sendable () async -> Bool) async -> Bool {
        if let last, ContinuousClock.now - last.at < .seconds(1) { return last.healthy }
        if let running { return await running.value }
        let task = Task { await probe() }
        running = task
        let healthy = await task.value
        running = nil
        last = (ContinuousClock.now, healthy)
        return healthy
    }
}

/// Facts about a SQLite file that SQLite itself reports only when a write fails.
enum SQLiteFile {
    /// Read-only when the file, or the folder SQLite keeps its write-ahead log in, cannot be
    /// written (permissions, a read-only mount). `access(2)` answers for the real user, so a
    /// read-only mount shows even to root.
    static func writeProblem(path: String) -> DatabaseSetupError? {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        if access(folder, F_OK) != 0 { return .missingDirectory(path: path, directory: folder) }
        if access(path, F_OK) == 0 && access(path, W_OK) != 0 { return .readOnly(path: path) }
        // The write-ahead log: an existing one must be writable, a missing one needs the folder.
        let log = path + "-wal"
        if access(log, F_OK) == 0 ? access(log, W_OK) != 0 : access(folder, W_OK) != 0 { return .readOnly(path: path) }
        return nil
    }

    /// Bytes free for unprivileged writers on the file system holding `path`.
    static func freeBytes(path: String) -> UInt64? {
        let directory = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(directory.isEmpty ? "." : directory, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }
}
