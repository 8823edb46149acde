import Foundation

/// The passwords people pick first, which guessing tools try first (NIST SP 800-63B 5.1.1.2
/// asks for a check against such a list). The list is the zxcvbn project's 30,000 most common
/// passwords from leaked sets (MIT licence; see the file's header), bundled, never fetched.
///
/// A password is refused when it, or its core without the digits and symbols people add at
/// the end ("Password1!" → "password"), or that core with look-alike digits read as letters
/// ("P@ssw0rd" → "password"), is on the list.
enum CommonPasswords {
    static let list: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            // A missing resource is a build bug; refusing every password would lock everyone out.
            preconditionFailure("common-passwords.txt is missing from the CrosswiseStore bundle")
        }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }()

    static func contains(_ password: String) -> Bool {
        let lowered = password.lowercased()
        if list.contains(lowered) { return true }
        let core = String(lowered.reversed().drop { !$0.isLetter }.reversed())
        guard core.count >= 4 else { return false }
        return list.contains(core) || list.contains(unleet(core)) || list.contains(unleet(lowered))
    }

    private static let lookAlikes: [Character: Character] = ["@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e", "$": "s", "5": "s", "7": "t", "+": "t"]

    private static func unleet(_ text: String) -> String { String(text.map { lookAlikes[$0] ?? $0 }) }
}
