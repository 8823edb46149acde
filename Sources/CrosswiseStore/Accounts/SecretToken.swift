import Crypto
import Foundation

/// Random secrets handed to people and tools once (session cookies, calendar feed addresses,
/// API keys, CSRF tokens) and the SHA-256 under which they are stored, so a copy of the
/// database holds nothing that opens a door.
public enum SecretToken {
    /// `bytes` random bytes from the system's generator, as lower-case hex.
    public static func hex(bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// The stored form of a token: SHA-256, lower-case hex.
    public static func digest(_ token: String) -> String {
        hexString(SHA256.hash(data: Data(token.utf8)))
    }

    /// Lower-case hex of `bytes`. Every request hashes its session token, and `String(format:)`
    /// per byte goes through Foundation's formatter, so this is written out.
    public static func hexString(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
