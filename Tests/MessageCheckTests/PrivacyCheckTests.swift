import Testing
@testable import MessageCheck

@Suite struct PrivacyCheckTests {
    let checker = MessageChecker()

    /// The check ids found in a text, in order.
    func ids(_ text: String) -> [String] { privacy(text).map(\.check) }

    /// The privacy findings only (times and dates in these texts are another check's business).
    func privacy(_ text: String) -> [Finding] { checker.check(text).filter { $0.category == .privacy } }

    /// The exact text each finding covers (tests only; the engine never returns it).
    func covered(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return privacy(text).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    @Test func cardsAreFoundByLuhnAndBrandAndMaskedToTheLastFour() throws {
        let text = "Card 4111 1111 1111 1111 exp 12/27, Amex 3782-822463-10005; typo 4111 1111 1111 1112."
        #expect(covered(text) == ["4111 1111 1111 1111", "3782-822463-10005"])
        let finding = try #require(privacy(text).first)
        #expect(finding.check == "privacy.card" && finding.severity == .error)
        #expect(finding.message.contains("•••• •••• •••• 1111"))
        #expect(!finding.message.contains("4111 1111"))
        #expect(finding.span.line == 1 && finding.span.column == 6)
    }

    @Test func ibansNeedTheirCountryLengthAndMod97() {
        #expect(covered("Pay to GB82 WEST 1234 5698 7654 32 today") == ["GB82 WEST 1234 5698 7654 32"])
        #expect(ids("IBAN DE89370400440532013000.") == ["privacy.iban"])
        #expect(ids("IBAN GB82 WEST 1234 5698 7654 33") == [])
    }

    @Test func nationalIdsOfTheUSIndiaTheUKAndThePhilippines() {
        #expect(ids("SSN 536-22-1928") == ["privacy.us-ssn"])
        #expect(ids("SSN 078-05-1120 and 666-12-3456 and 000-12-3456") == [])  // never issued or publicised
        #expect(ids("my SSN is 536221928") == ["privacy.us-ssn"])
        #expect(ids("Aadhaar 2345 6789 0124") == ["privacy.in-aadhaar"])
        #expect(ids("Aadhaar 2345 6789 0125") == [])  // Verhoeff fails
        #expect(ids("PAN ABCPD1234E") == ["privacy.in-pan"])
        #expect(ids("NI number AB 12 34 56 C") == ["privacy.uk-nino"])
        #expect(ids("NI number QQ 12 34 56 C") == [])  // QQ is never issued
        #expect(ids("SSS 34-1234567-8, PhilHealth 12-345678901-2, UMID 0111-1234567-1, TIN 123-456-789-000")
            == ["privacy.ph-sss", "privacy.ph-philhealth", "privacy.ph-umid", "privacy.ph-tin"])
    }

    @Test func phoneNumbersInTheFormatsPeopleWrite() {
        for phone in ["+63 917 123 4567", "(212) 555-0199", "212.555.0199", "0917 123 4567", "07700 900123", "020 7946 0958",
                      "98765 43210", "+91 98765 43210", "0412 345 678", "(02) 9876 5432", "1-800-555-0199", "+44 20 7946 0958"] {
            #expect(covered("Call me on \(phone) tonight") == [phone], "\(phone)")
        }
    }

    @Test func ordinaryNumbersAreLeftAlone() {
        for text in ["Order 1234567 shipped", "Refund of INR 45,000.50 approved", "Due 2026-12-01 at 10:30",
                     "Version 1.2.3 is live", "Ticket #48213, priority 2", "Call at 3pm", "We handled 12,345 chats in 2025",
                     "Invoice 2026/0458/12", "Room 4111", "192.168.1.256 is not an address"] {
            #expect(ids(text) == [], "\(text)")
        }
    }

    @Test func emailsAndIPAddresses() {
        #expect(covered("Write to priya.nair+ops@example.co.uk.") == ["priya.nair+ops@example.co.uk"])
        #expect(covered("Server 10.20.30.40 is down") == ["10.20.30.40"])
        #expect(ids("not an address: name@localhost") == [])
    }

    @Test func secretsKeysAndTokens() {
        #expect(covered("password: Tr0ub4dor&3x! thanks") == ["Tr0ub4dor&3x!"])
        #expect(ids("Use the password reset link") == [])
        #expect(ids("Your token expired yesterday") == [])
        #expect(ids("key AKIAIOSFODNN7EXAMPLE") == ["privacy.secret"])
        #expect(ids("ghp_" + String(repeating: "a1B2", count: 9)) == ["privacy.secret"])
        #expect(ids("xoxb-1234567890-abcdefghij") == ["privacy.secret"])
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
        #expect(covered("Bearer \(jwt)") == [jwt])
        let key = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----"
        #expect(covered("here:\n\(key)\nthanks") == [key])
        #expect(ids("-----BEGIN PUBLIC KEY-----") == [])
    }

    /// The context words are compared as packed numbers written out in the source; each must
    /// be its word packed again, and each must still wake its check in any capitals.
    @Test func contextWordNumbersAreTheirWords() {
        for (word, number) in ContextWords.all {
            var packed: UInt64 = 0
            for (k, byte) in word.utf8.enumerated() { packed |= UInt64(byte) << UInt64(8 * k) }
            #expect(packed == number, "\(word)")
        }
        #expect(ids("PASSWORD: Tr0ub4dor&3x!") == ["privacy.secret"])
        #expect(ids("Date of Birth: 14/07/1990") == ["privacy.date-of-birth"])
        #expect(ids("PhilHealth 12-345678901-2") == ["privacy.ph-philhealth"])
    }

    @Test func passportsAndBirthDatesNeedAContextWord() {
        #expect(covered("Passport number K1234567 expires soon") == ["K1234567"])
        #expect(ids("Reference K1234567") == [])
        #expect(covered("She was born on 17 May 1990 in Cebu") == ["17 May 1990"])
        #expect(covered("DOB: 1990-05-17") == ["1990-05-17"])
        #expect(covered("Date of birth is May 17, 1990.") == ["May 17, 1990"])
        #expect(ids("The call on 17 May 2026 went well") == [])
    }

    @Test func spansCountLinesAndColumnsInCharacters() throws {
        let finding = try #require(privacy("Olá, José!\nCard: 4111-1111-1111-1111").first)
        #expect(finding.span.line == 2 && finding.span.column == 7)
        #expect(finding.span.endLine == 2 && finding.span.endColumn == 26)
        #expect(finding.replacements == ["[card number]"])
    }
}
