import CrosswiseStore
import Foundation
import MessageCheck

/// The give-feedback form: a name search that reloads the page with at most 20 matches (so
/// the page never lists the whole organization), the chosen colleague, the SBI parts, and
/// after "Check" the tone and clarity findings on what was typed.
struct GiveFeedbackPage {
    static let receiver = FormField("to", .receiver)
    static let kind = FormField("kind", .kind)
    static let situation = FormField("situation", .situation)
    static let behaviour = FormField("behaviour", .behaviour)
    static let impact = FormField("impact", .impact)
    static let nextTime = FormField("next_time", .nextTime)
    static let competency = FormField("competency", .competency)
    static let visibility = FormField("visibility", .visibility)
    static let request = FormField("request", .request)
    static let fields = [receiver, kind, situation, behaviour, impact, nextTime, competency, visibility, request]

    struct Match { let name, detail, href: String }
    struct Remark { let part, category, message: String }

    /// What the page was given: the draft as typed, the search and the chosen colleague.
    struct Data {
        var draft = FeedbackDraft()
        var find = ""
        var matches: [PersonChoice] = []
        var chosen: Person?
        var competencies: [(id: String, name: String)] = []
        var findings: [(part: String, finding: Finding)]?
        var errors = FormErrors()
        /// The request this answers, when the viewer was asked it.
        var answering: FeedbackRequests.Item?
    }

    let find: String
    let searched: Bool
    let matches: [Match]
    let chosenName: String?
    let chosenID: String
    let kinds, visibilities: [Choice]
    let situation, behaviour, impact, nextTime, competency: FieldView
    let checked: Bool
    let findings: [Remark]
    let errors: FormErrors
    let receiverError, kindError, visibilityError, requestError: String?
    /// The question being answered and the request's id for the hidden field.
    let question: String?
    let requestID: String
    let searchAction = FeedbackRoute.give.path, action = FeedbackRoute.send.path

    init(_ data: Data) {
        find = data.find
        searched = !data.find.isEmpty
        matches = data.matches.map { person in
            Match(name: person.name, detail: person.timeZone,
                  href: FeedbackRoute.give.path(query: [("to", person.id.uuidString), ("find", data.find)]))
        }
        chosenName = data.chosen?.name
        chosenID = data.chosen?.id?.uuidString ?? ""
        let draft = data.draft, errors = data.errors
        kinds = FeedbackKind.allCases.map { Choice($0.rawValue, $0.label, selected: draft.kind == $0.rawValue, field: "kind") }
        visibilities = FeedbackVisibility.allCases.map {
            Choice($0.rawValue, $0.label, selected: draft.visibility == $0.rawValue, field: "visibility")
        }
        situation = FieldView(Self.situation, "Situation", value: draft.situation, kind: .textarea,
                              hint: "When and where: the call, the shift, the handover.", required: true, errors: errors)
        behaviour = FieldView(Self.behaviour, "Behaviour", value: draft.behaviour, kind: .textarea,
                              hint: "What they did or said that you saw, not what you think of them.", required: true, errors: errors)
        impact = FieldView(Self.impact, "Impact", value: draft.impact, kind: .textarea,
                           hint: "What it changed for the client, the team or you.", required: true, errors: errors)
        nextTime = FieldView(Self.nextTime, "Next time, try", value: draft.nextTime, kind: .textarea,
                             hint: "For a suggestion: one thing to do differently.", errors: errors)
        competency = FieldView(Self.competency, "Competency (optional)", value: draft.competency, kind: .select,
                               options: [Choice("", "None", selected: draft.competency.isEmpty)]
                                   + data.competencies.map { Choice($0.id, $0.name, selected: draft.competency == $0.id) },
                               errors: errors)
        checked = data.findings != nil
        findings = (data.findings ?? []).map { Remark(part: $0.part, category: $0.finding.category.rawValue, message: $0.finding.message) }
        self.errors = errors
        receiverError = errors[Self.receiver]
        kindError = errors[Self.kind]
        visibilityError = errors[Self.visibility]
        requestError = errors[Self.request]
        question = data.answering?.request.question
        requestID = data.draft.requestID?.uuidString ?? ""
    }
}
