// What every fuzz target shares: starting libFuzzer, and invariant checks that say what broke.
import Foundation
@_exported import FuzzDriver

/// The bytes libFuzzer passes to a target's `LLVMFuzzerTestOneInput`.
public typealias FuzzTest = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with the process's arguments. SwiftPM links an executable with `main` aliased
/// to the module's Swift entry point, so libFuzzer's own `main` never runs: each target's
/// `@main` calls this instead.
public func runFuzzer(_ test: FuzzTest) -> Never {
    exit(crosswise_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, test))
}

/// An invariant of the parser under test. Unlike `precondition`, it says what broke in a
/// release build (libFuzzer then keeps the input as a crash).
@inline(__always)
public func check(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
    if !condition { fatalError("invariant: \(message())", file: file, line: line) }
}

/// The input as the importers see an uploaded file: UTF-8, invalid bytes replaced.
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// The input as `Data`, for readers that take a file's bytes.
public func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> Data {
    Data(bytes: data, count: size)
}
