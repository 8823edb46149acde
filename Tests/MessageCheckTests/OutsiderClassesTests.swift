import Testing
@testable import MessageCheck

/// The false alarms and misses an outside review found (issue 16), one test per class, each
/// from new examples: routine support English that must stay clean beside the problem it
/// resembles.
@Suite struct OutsiderClassesTests {
    func found(_ text: String, _ category: Finding.Category, _ profile: CheckProfile = .clientEmail) -> [String] {
        let bytes = Array(text.utf8)
        return MessageChecker(profile: profile).check(text).filter { $0.category == category }
            .map { "\($0.check) \(String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self))" }
    }

    // MARK: Clarity

    @Test func routinePassivesAreClean() {
        for text in ["The replacement card was dispatched this morning.", "Your password has been reset.",
                     "The February statement is enclosed.", "Both accounts were merged on Friday.",
                     "The helpdesk will be closed on 25 December.", "Your subscription has not been renewed yet."] {
            #expect(found(text, .clarity).isEmpty, "\(text)")
        }
    }

    @Test func passivesThatHideWhoIsResponsibleAreFlagged() {
        #expect(found("The cut-off was missed again.", .clarity) == ["clarity.passive-voice was missed"])
        #expect(found("Some entries were overwritten during the upload.", .clarity) == ["clarity.passive-voice were overwritten"])
        #expect(found("An error was made in the payroll run.", .clarity) == ["clarity.passive-voice was made"])
        #expect(found("It was agreed that the pilot ends in March.", .clarity) == ["clarity.passive-voice was agreed"])
        #expect(found("The client was not informed about the change.", .clarity) == ["clarity.passive-voice was not informed"])
        // Naming who did it hides nothing.
        #expect(found("The batch was rejected by the bank's fraud filter.", .clarity).isEmpty)
    }

    @Test func wellKnownAcronymsAreCleanAndTradeOnesAreNot() {
        #expect(found("FYI: the VPN and MFA reset is in the FAQ; HR has the PDF.", .clarity).isEmpty)
        #expect(found("The QBR slides show our AHT.", .clarity) == ["clarity.acronym QBR", "clarity.acronym AHT"])
    }

    @Test func technicalWordsInTheirTechnicalSenseAreNotJargon() {
        #expect(found("The export lands in the S3 bucket after the nightly pipeline run.", .clarity).isEmpty)
    }

    @Test func idiomsInEveryFormAndRegionalPhrases() {
        #expect(found("They keep moving the goalposts on the pilot.", .clarity) == ["clarity.idiom moving the goalposts"])
        #expect(found("We bit the bullet and rebuilt the report.", .clarity) == ["clarity.idiom bit the bullet"])
        #expect(found("Can you pull your weight on the night queue?", .clarity) == ["clarity.idiom pull your weight"])
        #expect(found("We have preponed the review to Tuesday.", .clarity) == ["clarity.idiom preponed"])
        // Regional phrases and idioms stay on in team chat, where jargon is off.
        #expect(found("kindly revert on the roster, we dropped the ball", .clarity, .internalChat)
                == ["clarity.idiom kindly revert", "clarity.idiom dropped the ball"])
        #expect(found("We reverted the change after the failed deploy.", .clarity).isEmpty)
    }

    // MARK: Time

    @Test func aCityAfterTheTimeIsAZone() {
        #expect(found("The huddle is at 08:30 Cebu and the client call at 16:00 Warsaw.", .time).isEmpty)
        #expect(found("Cut-off is 17:00 São Paulo time.", .time).isEmpty)
        #expect(found("The call is at 16:00 tomorrow.", .time) == ["time.no-zone 16:00"])
    }

    @Test func lessCommonZoneAbbreviationsAreZones() {
        #expect(found("The window opens at 07:00 WIB and closes at 19:00 BRT.", .time).isEmpty)
    }

    @Test func theSeasonOfAnAbbreviationComesFromTheFullDate() {
        // New York moves to daylight time on the second Sunday of March (8 March 2026).
        #expect(found("The review is on Friday 6 March 2026 at 09:00 EST.", .time).isEmpty)
        #expect(found("The review is on Friday 13 March 2026 at 09:00 EST.", .time) == ["time.zone-season EST"])
        #expect(found("Go-live is 2026-11-02 at 08:00 PDT.", .time) == ["time.zone-season PDT"])
    }

    @Test func countsAndScoresAreNotDates() {
        #expect(found("Upload failed (attempt 4/6); the agent scored 3/5 on empathy.", .time).isEmpty)
        #expect(found("The new rate starts on 4/6.", .time) == ["time.ambiguous-date 4/6"])
    }

    // MARK: Privacy

    @Test func publishedTokenFormatsAreSecrets() {
        let keys = ["sk_live_" + String(repeating: "a1B2", count: 6), "rk_live_" + String(repeating: "Zx9y", count: 6),
                    "glpat-" + String(repeating: "Ab3_", count: 5), "AIza" + String(repeating: "Sy7Q", count: 8) + "abc",
                    "npm_" + String(repeating: "q1W2e3", count: 6), "xoxb-1234567890-abcdefghij"]
        for key in keys {
            #expect(found("Use \(key) for the webhook.", .privacy) == ["privacy.secret \(key)"], "\(key)")
        }
        // A publishable key is meant to be public.
        #expect(found("The checkout uses pk_live_" + String(repeating: "a1B2", count: 6) + ".", .privacy).isEmpty)
    }

    @Test func numbersThatNameARecordAreNotPhones() {
        #expect(found("Your booking 0917 123 4567 is confirmed.", .privacy).isEmpty)
        #expect(found("Refund for order no. 415-555-0133 is on its way.", .privacy).isEmpty)
        #expect(found("Order 88123 shipped; call me on 0917 123 4567.", .privacy) == ["privacy.phone 0917 123 4567"])
    }

    @Test func versionNumbersAreNotAddresses() {
        #expect(found("Please update to version 2.14.0.187 first.", .privacy).isEmpty)
        #expect(found("The host is 192.168.10.24.", .privacy) == ["privacy.ip-address 192.168.10.24"])
    }

    @Test func linksPathsAndEntryNamesAreNotPasswords() {
        #expect(found("Password reset page: https://help.example.com/account/reset-password", .privacy).isEmpty)
        #expect(found("The password is in the vault under finance-sftp-prod.", .privacy).isEmpty)
        #expect(found("password: Vx7#pQ2!mZ9w", .privacy) == ["privacy.secret Vx7#pQ2!mZ9w"])
    }
}
