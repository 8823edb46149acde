import CrosswiseStore
import Culture
import Foundation

/// `/culture/clients/:id`: the client's own note on top of its country's brief, the form that
/// writes it, "Reviewed today", and the note's history from the audit log.
struct ClientNotePage {
    static let names = FormField("note_names", .noteNames)
    static let escalation = FormField("escalation", .escalation)
    static let topics = FormField("topics", .topics)
    static let other = FormField("other", .other)
    static let owner = FormField("owner", .owner)
    static let fields = [names, escalation, topics, other, owner]

    struct Part { let title, text: String }
    struct HistoryLine { let when, who, what: String }

    let client, country, teams: String
    /// "the United States" inside a sentence.
    let countryInSentence: String
    let briefHref, pairHref: String?
    let hasNote: Bool
    let parts: [Part]
    let owner, reviewed: String
    let due: Bool
    let form: [FieldView]
    let ownerField: FieldView
    let errors: FormErrors
    let history: [HistoryLine]
    let action, reviewedAction: String
    /// "I have read this brief", for the people serving the client (not an admin reading it).
    let read: BriefReadView?
    let peopleVary = CultureBriefs.peopleVary

    init(_ reading: ClientNotesBook.Reading, draft: ClientNoteDraft?, errors: FormErrors, history: [AuditLog.Line],
         homeCode: String, viewerID: UUID, isAdmin: Bool, now: Date, dates: DateWords, readAt: Date? = nil) {
        let id = reading.client.id!
        read = BriefReadView(serves: reading.serving.contains { $0.id == viewerID }, readAt: readAt, action: CultureRoute.readClient(id), dates: dates)
        client = reading.client.name
        let brief = CultureBriefs.builtIn.country(reading.client.country)
        country = brief?.name ?? reading.client.country
        countryInSentence = brief?.sentenceName ?? reading.client.country
        briefHref = brief.map { CultureRoute.country($0.code).path }
        pairHref = brief.flatMap { theirs in
            CultureBriefs.builtIn.country(homeCode).flatMap { $0.code == theirs.code ? nil : CultureRoute.pair($0.code, theirs.code).path }
        }
        teams = reading.teams.map(\.name).joined(separator: ", ")
        let note = reading.note
        hasNote = note != nil
        parts = note.map { note in
            [("Names and formality", note.names), ("Escalation path", note.escalation), ("Topics", note.topics), ("Anything else", note.other)]
                .filter { !$0.1.isEmpty }.map { Part(title: $0.0, text: $0.1) }
        } ?? []
        owner = reading.ownerName ?? "Nobody yet: choose one below"
        reviewed = note.map { "\(dates.short($0.reviewedAt))\(reading.reviewerName.map { " by \($0)" } ?? "")" } ?? ""
        due = note?.isDue(at: now) ?? false
        let typed = draft ?? ClientNoteDraft(names: note?.names ?? "", escalation: note?.escalation ?? "", topics: note?.topics ?? "",
                                             other: note?.other ?? "", ownerID: note?.$owner.id ?? viewerID)
        form = [
            FieldView(Self.names, "Names and formality", value: typed.names, kind: .textarea,
                      hint: "How they like to be addressed: first names or titles, how formal to write.", errors: errors),
            FieldView(Self.escalation, "Escalation path", value: typed.escalation, kind: .textarea,
                      hint: "Who to contact when something is late or wrong, in order, and how.", errors: errors),
            FieldView(Self.topics, "Topics", value: typed.topics, kind: .textarea,
                      hint: "What they like to talk about, and what to keep away from.", errors: errors),
            FieldView(Self.other, "Anything else", value: typed.other, kind: .textarea, errors: errors),
        ]
        var owners = reading.serving.map { Choice($0.id!.uuidString, $0.name, selected: typed.ownerID == $0.id) }
        if isAdmin, !reading.serving.contains(where: { $0.id == viewerID }) {
            owners.append(Choice(viewerID.uuidString, "You (admin)", selected: typed.ownerID == viewerID))
        }
        ownerField = FieldView(Self.owner, "Owner", value: typed.ownerID?.uuidString ?? "", kind: .select,
                               hint: "The person who keeps this note true and reviews it at least every 180 days.",
                               options: owners, errors: errors)
        self.errors = errors
        self.history = history.map { line in
            let what = line.changes.map(\.field).map { $0 == "reviewed" ? "marked it reviewed" : "changed \($0)" }
            return HistoryLine(when: dates.short(line.at), who: line.actor,
                               what: line.action == .created ? "wrote the note" : what.joined(separator: ", "))
        }
        action = CultureRoute.saveClient(id).path
        reviewedAction = CultureRoute.reviewed(id).path
    }
}
