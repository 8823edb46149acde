import Foundation
import Testing
@testable import MessageCheck

@Suite struct ChecksumTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// 40,000 numbers made by scripts/checksum-cases.py with python-stdnum's verdict on each.
    @Test func sameVerdictsAsPythonStdnum() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("checksum-cases.txt"), encoding: .utf8)
        var checked: [String: Int] = [:]
        var disagreements: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ")
            let scheme = String(fields[0]), number = Array(fields[1].utf8), expected = fields[2] == "1"
            let ours = switch scheme {
            case "luhn": Checksums.luhn(number)
            case "verhoeff": Checksums.verhoeff(number)
            case "iban": Checksums.iban(number)
            case "ssn": Checksums.usSSN(number)
            default: !expected
            }
            checked[scheme, default: 0] += 1
            if ours != expected { disagreements.append(String(line)) }
        }
        #expect(checked == ["luhn": 10_000, "verhoeff": 10_000, "iban": 10_000, "ssn": 10_000])
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements:\n\(disagreements.prefix(30).joined(separator: "\n"))")
    }

    @Test func knownNumbers() {
        #expect(Checksums.luhn(Array("79927398713".utf8)))
        #expect(!Checksums.luhn(Array("79927398710".utf8)))
        #expect(Checksums.verhoeff(Array("2363".utf8)))
        #expect(Checksums.iban(Array("GB82WEST12345698765432".utf8)))
        #expect(Checksums.iban(Array("gb82west12345698765432".utf8)))
        #expect(!Checksums.iban(Array("GB82WEST1234569876543".utf8)))
        #expect(!Checksums.usSSN(Array("078051120".utf8)))
    }
}
