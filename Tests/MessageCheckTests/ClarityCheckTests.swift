import Testing
@testable import MessageCheck

@Suite struct ClarityCheckTests {
    func found(_ text: String, _ checker: MessageChecker = MessageChecker()) -> [(String, String)] {
        let bytes = Array(text.utf8)
        return checker.check(text).filter { $0.category == .clarity }.map { ($0.check, String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self)) }
    }

    func ids(_ text: String, _ checker: MessageChecker = MessageChecker()) -> [String] { found(text, checker).map(\.0) }

    @Test func listsAreAsLongAsPromised() {
        #expect(WordList.jargon.count >= 150)
        #expect(WordList.idioms.count >= 150)
        #expect(WordList.acronyms.count >= 200)
        // No entry is listed twice, and every acronym has a meaning.
        for list in [WordList.jargon, WordList.idioms, WordList.acronyms, WordList.regional] {
            #expect(Set(list.map { $0.phrase.lowercased() }).count == list.count)
        }
        #expect(WordList.acronyms.allSatisfy { !$0.replacements.isEmpty })
    }

    @Test func jargonAndIdiomsGetPlainWordsKeepingTheCapital() {
        let findings = MessageChecker().check("Going forward we will circle back with a ballpark figure. Let's touch-base.")
        #expect(findings.map(\.check) == ["clarity.jargon", "clarity.jargon", "clarity.idiom", "clarity.jargon"])
        #expect(findings[0].replacements.first == "From now on")
        #expect(findings[2].replacements == ["rough estimate"])
        #expect(ids("The base of the circle is a touch wide.").isEmpty)
    }

    @Test func acronymsAreFineOnceSpelledOut() {
        #expect(found("Our SLA covers this. The SLA is clear.").map(\.1) == ["SLA"])
        #expect(ids("Our service level agreement (SLA) covers this; the SLA is clear.").isEmpty)
        #expect(ids("The SLA (service level agreement) covers this.").isEmpty)
        #expect(ids("Per the service level agreement, the SLA applies.").isEmpty)
        // Exact capitals: the word "sla" or "Sla" is not the acronym; two meanings are both offered.
        #expect(ids("sla Sla").isEmpty)
        let poc = MessageChecker().check("Who is the POC here?").first { $0.check == "clarity.acronym" }
        #expect(poc?.replacements == ["proof of concept (POC)", "point of contact (POC)"])
    }

    /// Only passives that hide who let something go wrong (issue 16); routine ones are fine.
    @Test func passiveVoiceWithFewFalseAlarms() {
        #expect(found("Your refund was rejected yesterday.").map(\.1) == ["was rejected"])
        #expect(found("The report has not been sent.").map(\.1) == ["been sent"])
        #expect(found("The report has not yet been sent.").isEmpty)  // a status: not yet
        for routine in ["The ticket is being reviewed.", "The case got escalated twice.", "The office was closed by the landlord.",
                        "The call is at 3pm.", "I am interested in the role.", "We are based in Manila.", "The office is closed on Friday.",
                        "The invoice is attached.", "Is the speed OK?", "You are needed on the floor.", "She was tired after the shift."] {
            #expect(ids(routine).isEmpty, "\(routine)")
        }
    }

    @Test func doubleNegatives() {
        let findings = MessageChecker().check("It is not unlikely. We don't have no slots. I can't never say.")
        #expect(findings.filter { $0.check == "clarity.double-negative" }.count == 3)
        #expect(findings.first?.replacements == ["likely"])
        #expect(ids("We don’t have nothing left.") == ["clarity.double-negative"])
        for fine in ["No, I don't think so.", "Not only that, it is fast.", "There is no rush; we can wait.", "I don't know. Nobody called."] {
            #expect(ids(fine).isEmpty, "\(fine)")
        }
    }

    @Test func sentencesEndAtMarksButNotAtAbbreviations() {
        let analysis = MessageChecker().analyse("Hi Mr. Tan, e.g. the 3.5 hours. Approx. four. Done! Next? Yes\nNew line here")
        #expect(analysis.readability.sentences == 6)
        let long = Array(repeating: "word", count: 30).joined(separator: " ") + "."
        #expect(ids(long) == ["clarity.long-sentence"])
        let veryLong = MessageChecker().check(Array(repeating: "word", count: 45).joined(separator: " ")).first { $0.check == "clarity.long-sentence" }
        #expect(veryLong?.severity == .warning)
    }

    @Test func wallsOfTextAndListsThatAreNot() {
        let sentence = "We checked the account and the payment went through today. "
        let wall = String(repeating: sentence, count: 14)
        #expect(ids(wall).contains("clarity.wall-of-text"))
        let list = (1...14).map { _ in "- \(sentence)" }.joined(separator: "\n")
        #expect(!ids(list).contains("clarity.wall-of-text"))
        #expect(!ids(String(repeating: sentence, count: 7) + "\n\n" + String(repeating: sentence, count: 7)).contains("clarity.wall-of-text"))
    }

    @Test func readabilityMatchesTheFleschFormulas() {
        // 2 sentences, 12 words, 14 syllables, counted by hand ("our" is one, "agent" and "today" two).
        let r = MessageChecker().analyse("The cat sat on the mat. Our agent will call you today.").readability
        #expect(r.words == 12 && r.sentences == 2)
        #expect(r.syllables == 14)
        #expect(abs(r.readingEase - (206.835 - 1.015 * 6 - 84.6 * 14 / 12)) < 0.001)
        #expect(abs(r.grade - (0.39 * 6 + 11.8 * 14 / 12 - 15.59)) < 0.001)
        let hard = "Notwithstanding contractual obligations, organizational considerations necessitate comprehensive reevaluation of operational methodologies. "
        #expect(ids(String(repeating: hard, count: 3)).contains("clarity.readability"))
    }

    @Test func profilesChangeWhatIsFlaggedAndHowSeriously() {
        let text = "Send me the AHT numbers. Going forward ping me."
        let email = MessageChecker(profile: .clientEmail).check(text).map(\.check)
        #expect(email.contains("clarity.acronym") && email.contains("tone.demand"))
        let chat = MessageChecker(profile: .internalChat).check(text).map(\.check)
        #expect(!chat.contains("clarity.acronym") && !chat.contains("tone.demand") && !chat.contains("clarity.jargon"))
        let ticket = MessageChecker(profile: .supportTicket).check("Mail me at ana@example.com")
        #expect(ticket.first?.severity == .error)
    }

    @Test func ordersWithCourtesyAreRequests() {
        #expect(MessageChecker().check("Could you send me the file?").isEmpty)
        #expect(MessageChecker().check("Please send me the file.").isEmpty)
        #expect(MessageChecker().check("Send me the file. Thanks for asking.").map(\.check) == ["tone.demand"])
    }

    /// The held-out messages' misses, fixed after that measurement (docs/ACCURACY.md).
    @Test func heldOutMissesStayFixed() {
        #expect(ids("Let's not reinvent the wheel.") == ["clarity.idiom"])
        #expect(ids("Do not close tickets without a note.").isEmpty)
        #expect(ids("The result is not without risk.") == ["clarity.double-negative"])
        let shout = MessageChecker().check("DO NOT CLOSE TICKETS WITHOUT A NOTE please").first { $0.check == "tone.shouting" }
        #expect(shout.map { $0.span.end - $0.span.start } == "DO NOT CLOSE TICKETS WITHOUT A NOTE".utf8.count)
        #expect(MessageChecker().check("the call got moved to 11, same link").map(\.check).contains("time.no-zone"))
        #expect(!MessageChecker().check("Walked him through steps 3 to 5.").contains { $0.category == .time })
    }
}
