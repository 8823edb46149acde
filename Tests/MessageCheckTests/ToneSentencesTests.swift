import Testing
@testable import MessageCheck

/// Rudeness that is not a fixed phrase (issue 16), each class from new examples, with the
/// polite or neutral sentences that must stay clean next to it.
@Suite struct ToneSentencesTests {
    func tone(_ text: String, _ profile: CheckProfile = .clientEmail) -> [String] {
        let bytes = Array(text.utf8)
        return MessageChecker(profile: profile).check(text).filter { $0.category == .tone }
            .map { "\($0.check) \(String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self))" }
    }

    @Test func sarcasmAndMockThanks() {
        #expect(tone("Thank you for letting us know a week late.") == ["tone.sarcasm Thank you for letting us know a week late"])
        #expect(tone("Oh wonderful, the portal is down again.") == ["tone.sarcasm Oh wonderful"])
        #expect(tone("Brilliant, another outage before the audit.") == ["tone.sarcasm Brilliant, another"])
        #expect(tone("The new macro saved hours. Really helpful.") == ["tone.sarcasm Really helpful"])
        #expect(tone("So your \"urgent\" request sat in the queue for a week?") == ["tone.sarcasm your \"urgent\""])
        #expect(tone("Of course we \"forgot\" the report.") == ["tone.sarcasm we \"forgot\""])
        // Sincere thanks and praise, and quotes that name a screen element, stay clean.
        #expect(tone("Wow, thank you for the quick turnaround!").isEmpty)
        #expect(tone("The guide was really helpful, thanks!").isEmpty)
        #expect(tone("Set the ticket to the \"pending\" status and click \"save\".").isEmpty)
        #expect(tone("Thanks for finishing the audit; we will send the late fees report on Monday.").isEmpty)
    }

    @Test func blameAndCondescension() {
        #expect(tone("Like I said yesterday, the form needs a signature.") == ["tone.blame Like I said"])
        #expect(tone("Seriously? Please be more careful with the totals.") == ["tone.blame Seriously?", "tone.blame Please be more careful"])
        #expect(tone("If you had read the checklist, this would not happen.") == ["tone.blame If you had read"])
        #expect(tone("Please read the instructions before raising a ticket.") == ["tone.dismissive read the instructions"])
        #expect(tone("Could you double-check the totals before sending?").isEmpty)
    }

    @Test func sweepingClaimsAboutPeople() {
        #expect(tone("Your agents never follow the escalation matrix.") == ["tone.absolute Your agents never"])
        #expect(tone("You guys always send the file after the cut-off.") == ["tone.absolute You guys always"])
        #expect(tone("You keep closing tickets without a note.") == ["tone.absolute You keep closing"])
        #expect(tone("No one ever reads the handover notes.") == ["tone.absolute No one ever"])
        // Promises and reassurance are not claims about the reader.
        #expect(tone("You can always reach us on chat, and you will never lose your history.").isEmpty)
        #expect(tone("You never have to re-enter your card details.").isEmpty)
        #expect(tone("Thank you, as always, for the quick reply.").isEmpty)
    }

    @Test func curtOrdersToClientsAndUltimatums() {
        // A run of orders is one finding.
        #expect(tone("Provide the invoice number. Attach the receipt.") == ["tone.demand Provide the invoice number. Attach the receipt"])
        #expect(tone("Hi Marta, forward the approval today.") == ["tone.demand forward the approval today"])
        #expect(tone("Kindly confirm by Friday, failing which the order will be cancelled.") == ["tone.ultimatum failing which the order will be cancelled"])
        // One sentence, one finding: the threat is the worse part.
        #expect(tone("Pay the balance this week or we will suspend the service.") == ["tone.ultimatum or we will suspend"])
        // Polite requests and step-by-step help stay clean, and so do orders in team chat.
        #expect(tone("Could you share the invoice number? Please attach the receipt.").isEmpty)
        #expect(tone("Restart the app, then sign in again.").isEmpty)
        #expect(tone("Update: the fix is live.").isEmpty)
        #expect(tone("send the logs from yesterday", .internalChat).isEmpty)
        #expect(tone("If we do not hear back, the ticket will close automatically after seven days.").isEmpty)
    }

    @Test func repeatedQuestionMarksAndSweepingClaimsInCapitals() {
        #expect(tone("Where is the file??") == ["tone.exclamations ??"])
        #expect(tone("Your vendor ALWAYS misses the window.") == ["tone.absolute Your vendor ALWAYS", "tone.shouting ALWAYS"])
        #expect(tone("Nobody in the night team ever checks the tracker.") == ["tone.absolute Nobody in the night team ever"])
        #expect(tone("No receipt, no refund.") == ["tone.ultimatum No receipt, no refund"])
        #expect(tone("Sure, blame the vendor again.") == ["tone.sarcasm Sure, blame"])
    }

    @Test func stonewalling() {
        #expect(tone("Sorry, our hands are tied on this one.") == ["tone.dismissive our hands are tied"])
        #expect(tone("That's just how it is with this carrier.") == ["tone.dismissive That's just how it is"])
        #expect(tone("There's no point in raising it with billing.") == ["tone.dismissive There's no point"])
    }

    @Test func capitalsThatAreNotShouting() {
        #expect(tone("Add GITHUB_TOKEN and NPM_AUTH_TOKEN to the CI secrets.").isEmpty)
        #expect(tone("The worker logged FATAL then ERROR then WARN before the restart.").isEmpty)
        #expect(tone("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----").isEmpty)
        #expect(tone("She wrote “CANCEL MY ACCOUNT RIGHT NOW” in the subject line.").isEmpty)
        #expect(tone("PLEASE STOP CALLING ME EVERY DAY.").map { String($0.prefix(13)) } == ["tone.shouting"])
        // One ordinary word in capitals is emphasis at the reader; labels and acronyms are not.
        #expect(tone("Your complaint will NOT be reviewed without the receipt.") == ["tone.shouting NOT"])
        #expect(tone("NOTE: the portal is down. Ref: INC-2231. The CEO and HR know.").isEmpty)
    }
}
