/// A concrete script for one pair and one scale: what to write or say when the client leans
/// one way on that scale, filled with the two countries' names and the client's phrases.
public struct PairScript: Sendable, Equatable, Codable {
    public let scale: CultureScale
    public let title: String
    /// Why this script was chosen for the pair.
    public let reason: String
    public let lines: [String]

    init(row: PairView.Row, yours: CountryBrief, theirs: CountryBrief) {
        let template = ScriptTemplate.all.first { $0.scale == row.scale && $0.towards == row.theyLean }!
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "{you}", with: yours.sentenceName)
                .replacingOccurrences(of: "{them}", with: theirs.sentenceName)
                .replacingOccurrences(of: "{hello}", with: Self.say(theirs.phrase(.hello)))
                .replacingOccurrences(of: "{thanks}", with: Self.say(theirs.phrase(.thanks)))
        }
        scale = row.scale
        title = fill(template.title)
        reason = row.gap == 0
            ? "\(row.scale.title): you both sit at \(row.yours) (\(row.theyLean == .high ? row.scale.high : row.scale.low)), so this is the habit to keep."
            : "\(row.scale.title): \(theirs.sentenceName) \(row.theirs), \(yours.sentenceName) \(row.yours), a gap of \(row.gap)\(row.frictionLikely ? " (friction likely)" : "")."
        lines = (row.gap > 0 ? [template.contrast] : []).map(fill) + template.lines.map(fill)
    }

    /// “Danke” (DAHN-kuh), or “ありがとうございます” (arigatō gozaimasu), for a script line.
    static func say(_ phrase: Phrase?) -> String {
        guard let phrase else { return "" }
        let latin = phrase.transliteration.map { ", \($0)" } ?? ""
        return "“\(phrase.text)”\(latin) (\(phrase.pronunciation))"
    }
}

/// The scripts, one per scale and per direction the client leans. Placeholders: {you} and
/// {them} (country names), {hello} and {thanks} (the client's own phrases). Every script
/// names both countries: the reason line always, the contrast line when they differ.
struct ScriptTemplate: Sendable {
    let scale: CultureScale
    let towards: CultureScale.Pole
    /// How the two countries differ here; left out when they sit in the same place.
    let contrast: String
    let title: String
    let lines: [String]

    static let all: [ScriptTemplate] = [
        .init(scale: .communicating, towards: .low, contrast: "What counts as a polite lead-in in {you} can bury the answer for a reader in {them}.", title: "Writing so a client from {them} need not guess", lines: [
            "Put the answer in the first line, then the reason: “Yes, the report will be ready on Thursday 14:00 your time.”",
            "State every date, owner and next step in words; a client from {them} reads what is written, not what is hinted.",
            "If something is unclear, ask one direct question instead of waiting for it to become clear.",
        ]),
        .init(scale: .communicating, towards: .high, contrast: "Plain words that are normal in {you} can read as abrupt in {them}.", title: "Reading what a client in {them} does not say", lines: [
            "A short reply, a delay or “we will consider it” can be the message; ask softly: “Would it help if I changed the plan?”",
            "Keep your own message complete but polite: a bare “No, not possible” reads as rude; add the context and an alternative.",
            "On calls, open with {hello} and leave pauses; silence is often thinking, not agreement.",
        ]),
        .init(scale: .feedback, towards: .low, contrast: "Criticism from {them} comes plainer than it usually does in {you}.", title: "Hearing blunt criticism from a client in {them} without taking it as anger", lines: [
            "A client from {them} may say “This is wrong” about your work and mean only the work; answer the point, not the tone.",
            "Reply with the fix and the time: “You are right, the totals were off. Corrected file attached; I now check totals twice.”",
            "Do not wrap your own bad news in so much padding that it is missed: say it in the first two lines.",
        ]),
        .init(scale: .feedback, towards: .high, contrast: "Feedback that is normal in {you} may land harder in {them} than you mean it to.", title: "Giving bad news to a client from {them} who softens criticism", lines: [
            "Start with what is going well, then the problem as a shared one: “We have one point to solve together on the March file.”",
            "Prefer “there may be a risk” and “could we look at” to “you made an error”; never correct them in front of their team.",
            "Close warmly with {thanks}; it keeps the relationship safe while the problem is fixed.",
        ]),
        .init(scale: .persuading, towards: .low, contrast: "A client in {them} wants more of the why than is usual in {you}.", title: "Proposing a change to a client from {them}: reasons first", lines: [
            "Lead with why: the cause of the problem and the principle behind the fix, then the steps.",
            "Expect questions about your method; answer them instead of repeating the result.",
            "One page of reasoning with the numbers beats three examples without them.",
        ]),
        .init(scale: .persuading, towards: .high, contrast: "A client in {them} wants the practical result sooner than is usual in {you}.", title: "Proposing a change to a client from {them}: the example first", lines: [
            "Lead with what will change for them: “From Monday, refunds close in one day instead of three.”",
            "Show one real case or a before-and-after, then offer the reasoning if they ask.",
            "Keep the message short and practical; a long theory section may not be read.",
        ]),
        .init(scale: .leading, towards: .low, contrast: "Titles and deference that show respect in {you} can feel stiff in {them}.", title: "Working with a flat team in {them}", lines: [
            "Use first names once they do, and write to the person doing the work, not only to their manager.",
            "Offer your own opinion when asked; “Whatever you prefer” can sound like you have none.",
            "Escalating over someone’s head without telling them first looks like distrust; copy them in.",
        ]),
        .init(scale: .leading, towards: .high, contrast: "Rank counts for more in {them} than in {you}: write more formally than you would at home.", title: "Chasing a late approval from a more hierarchical client in {them}", lines: [
            "Write to the person who owns the approval, with their title, and copy your own lead so the levels match.",
            "Make it easy to say yes: “To meet the 30 June date we need your approval by Friday. Attached is the one-page summary.”",
            "If there is still no answer, ask your lead to write to their counterpart rather than going above the client yourself.",
        ]),
        .init(scale: .deciding, towards: .low, contrast: "Decisions in {them} take more people and more time than in {you}.", title: "Waiting while a client in {them} builds agreement", lines: [
            "Expect a decision to take several meetings and people; ask early who needs to agree and by when.",
            "Send material in advance so each person can read it; a surprise in the meeting slows everything.",
            "Once they decide, they rarely reopen it: make sure your concerns are heard before, not after.",
        ]),
        .init(scale: .deciding, towards: .high, contrast: "Decisions in {them} come from fewer people, and faster, than in {you}.", title: "Keeping up with a client in {them} who decides from the top", lines: [
            "Find out who decides and make sure your summary reaches that person, not only the team.",
            "Be ready for a quick yes and a quick change of plan; keep a short log of what was decided and when.",
            "Confirm each decision in one written line the same day: “As agreed today, we start on the 4th.”",
        ]),
        .init(scale: .trusting, towards: .low, contrast: "The relationship-building that opens doors in {you} counts for less than results in {them}.", title: "Earning trust with a client from {them} by delivering", lines: [
            "Trust comes from doing what you said, on time: promise less and deliver on every promise.",
            "Keep small talk short and get to the work; they will judge you on the result.",
            "Report progress before they ask; a quiet week reads as a problem.",
        ]),
        .init(scale: .trusting, towards: .high, contrast: "Getting straight to business, as you might in {you}, can seem cold in {them}.", title: "Building the relationship with a client from {them} first", lines: [
            "Open calls with {hello} and a minute of personal talk; ask about their week before the agenda.",
            "Keep the same person on the account where you can; a new name every shift resets the trust.",
            "Say {thanks} for their time and remember what they told you last time.",
        ]),
        .init(scale: .disagreeing, towards: .low, contrast: "Disagreement in {them} is more open than in {you}; it is not a sign of anger.", title: "Disagreeing with a client from {them} in the open", lines: [
            "They may argue hard against your idea and still respect you; debate the point calmly and with facts.",
            "Say clearly when you disagree: “I see it differently: the data shows the delay starts at intake.”",
            "After a heated discussion, carry on as normal; it was about the idea, not about you.",
        ]),
        .init(scale: .disagreeing, towards: .high, contrast: "Open debate that is fine in {you} can cost face in {them}.", title: "Disagreeing with a client from {them} without causing loss of face", lines: [
            "Raise a disagreement one to one, or in writing before the meeting, never as a challenge in front of their team.",
            "Ask questions instead of stating the objection: “What if we tried the other order, to check the totals first?”",
            "Watch for a quiet “yes” that means “I heard you”; confirm the next step in writing.",
        ]),
        .init(scale: .scheduling, towards: .low, contrast: "Dates are kept more strictly in {them} than in {you}.", title: "Meeting deadlines for a client in {them} who keeps to time", lines: [
            "A deadline is a promise: if you will miss it, say so as soon as you know, with a new date, not at the deadline.",
            "Join calls a minute early and end on time; keep to the agenda.",
            "Write times in their zone with the date: “Thursday 5 June, 09:00 your time.”",
        ]),
        .init(scale: .scheduling, towards: .high, contrast: "Dates move more easily in {them} than in {you}; plan for it.", title: "Keeping a flexible-time client in {them} on track", lines: [
            "Expect plans to move; agree the one date that truly cannot move and remind them of it kindly a few days ahead.",
            "A meeting may start late or run on; keep your next slot free rather than cutting them off.",
            "Follow up a missed deadline with a friendly check-in, not a reproach: open with {thanks} and agree a new date together.",
        ]),
    ]
}
