import CrosswiseStore
import Foundation

/// `/feedback/ask`: the question, the colleagues to ask (the shared `PeoplePicker`: everyone in
/// a small organization, else those ticked and the find box's matches) and a competency.
struct AskFeedbackPage {
    static let question = FormField("question", .question)
    static let people = FormField("person", .people)
    static let competency = FormField("competency", .competency)
    static let fields = [question, people, competency]

    struct Data {
        var draft = FeedbackRequestDraft()
        var picker = PeoplePicker(people: [], searching: false, query: "", hint: "")
        var competencies: [(id: String, name: String)] = []
        var errors = FormErrors()
    }

    let question, competency: FieldView
    let people: [Choice]
    let chosenPeople: String
    let picker: PeoplePicker
    let peopleError: String?
    let errors: FormErrors
    let mostPeople = FeedbackRequestDraft.mostPeople
    let reminderDays = FeedbackRequests.reminderDays
    let action = FeedbackRoute.sendAsk.path, back = FeedbackRoute.home.path

    init(_ data: Data) {
        let draft = data.draft, errors = data.errors
        question = FieldView(Self.question, "Your question", value: draft.question, kind: .textarea,
                             hint: "One moment they saw, asked plainly: “What could I have done better on Tuesday’s escalation call?”",
                             required: true, errors: errors)
        competency = FieldView(Self.competency, "Competency (optional)", value: draft.competency, kind: .select,
                               options: [Choice("", "None", selected: draft.competency.isEmpty)]
                                   + data.competencies.map { Choice($0.id, $0.name, selected: draft.competency == $0.id) },
                               errors: errors)
        let ticked = Set(draft.personIDs)
        people = data.picker.people.map { Choice($0.id.uuidString, PeoplePicker.label($0), selected: ticked.contains($0.id)) }
        chosenPeople = Choice.chosenText(people)
        picker = data.picker
        peopleError = errors[Self.people]
        self.errors = errors
    }
}

/// One request as its reader may see it: the asker with everyone asked and who answered, a
/// person asked with the question and a button to answer it.
struct FeedbackRequestPage {
    struct Row { let name, status: String; let href: String?; let answered: Bool }

    let question, asker, when: String
    let competency: String?
    let isAsker, isOpen: Bool
    let rows: [Row]
    let summary: String
    /// For a person asked who has not answered an open request.
    let answerHref: String?
    let answeredByYou: Bool
    let closeAction: String
    let back = FeedbackRoute.home.path

    init(_ item: FeedbackRequests.Item, viewer: UUID, competencyName: String?, dates: DateWords, now: Date) {
        let request = item.request
        question = request.question
        asker = item.askerName
        when = dates.short(request.createdAt)
        competency = competencyName
        isAsker = request.$asker.id == viewer
        isOpen = request.isOpen
        rows = isAsker ? item.asked.map { asked in
            if let answered = asked.answeredAt {
                return Row(name: asked.name, status: "Answered \(dates.short(answered))", href: asked.entryID.map { FeedbackRoute.entry($0).path },
                           answered: true)
            }
            let status = asked.noticeDueAt > now ? "Hears of it at the start of their shift, \(dates.short(asked.noticeDueAt))" : "Not yet"
            return Row(name: asked.name, status: status, href: nil, answered: false)
        } : []
        summary = "\(item.answeredCount) of \(item.asked.count) answered" + (request.isOpen ? "" : " · closed \(dates.short(request.closedAt))")
        let mine = item.asked.first { $0.personID == viewer }
        answeredByYou = mine?.answeredAt != nil
        answerHref = !isAsker && request.isOpen && mine?.answeredAt == nil
            ? FeedbackRoute.give.path(query: [("to", request.$asker.id.uuidString), ("request", request.id!.uuidString)]) : nil
        closeAction = FeedbackRoute.closeRequest(request.id!).path
    }
}
