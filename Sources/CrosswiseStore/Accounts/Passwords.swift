import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt, off the event loops (a cost-12 hash takes a quarter
/// of a second of CPU). Tests use a low cost to stay fast.
public struct Passwords: Sendable {
    public let cost: UInt8

    public init(cost: UInt8 = 12) { self.cost = cost }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A password rule people can meet: long enough to resist guessing, not one guessing tools
    /// try first, and within the 72 bytes bcrypt reads (it ignores the rest, so two long
    /// passwords sharing a start would both work).
    public static func problem(with password: String, email: String) -> String? {
        if password.count < 10 { return "Use at least 10 characters" }
        if password.utf8.count > 72 { return "Use at most 72 bytes (72 letters and digits; accented letters and symbols count two or more)" }
        if Set(password).count < 4 { return "Use more than three different characters" }
        if password.lowercased() == email.lowercased() { return "Do not use your e-mail address as your password" }
        if CommonPasswords.contains(password) { return "This is one of the most common passwords, which are guessed first. Choose another, for example three or four unrelated words" }
        return nil
    }

    /// A readable temporary password an admin can pass on: four groups of four letters and
    /// digits, without look-alikes (0/O, 1/l/I).
    public static func temporary() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String((0..<4).map { _ in alphabet.randomElement(using: &generator)! }) }.joined(separator: "-")
    }
}
