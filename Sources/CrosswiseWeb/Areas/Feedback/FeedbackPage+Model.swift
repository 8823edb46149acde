import CrosswiseStore
import Foundation

/// `/feedback`: what you received, what you gave and, for a lead, what your team chose to
/// share with their leads. A plain value built from the store's lists.
struct FeedbackPage {
    struct Row { let kind, who, situation, when, href: String; let isPraise: Bool }

    let received, given, shared: [Row]
    let isLead: Bool
    let give = FeedbackRoute.give.path, ask = FeedbackRoute.ask.path, clients = FeedbackRoute.clients.path, health = FeedbackRoute.health.path
    /// Requests waiting for the viewer's answer, and the viewer's own requests.
    struct RequestRow { let question, detail, href: String }
    var waiting: [RequestRow] = []
    var requests: [RequestRow] = []

    /// Answers from client links: feedback received from "client: <name>".
    var fromClients: [Row] = []

    mutating func add(clientAnswers: [ClientFeedbackAnswer], dates: DateWords) {
        fromClients = clientAnswers.map { answer in
            Row(kind: "Client feedback", who: "From client: \(answer.clientName)",
                situation: "Clear communication \(answer.clarity)/5 · responsiveness \(answer.responsiveness)/5 · care \(answer.care)/5"
                    + (answer.comment.map { " · " + Self.excerpt($0) } ?? ""),
                when: dates.short(answer.createdAt), href: FeedbackRoute.clients.path, isPraise: true)
        }
    }

    mutating func add(waiting: [FeedbackRequests.Item], requests: [FeedbackRequests.Item], dates: DateWords) {
        self.waiting = waiting.map {
            RequestRow(question: Self.excerpt($0.request.question), detail: "From \($0.askerName) · \(dates.short($0.request.createdAt))",
                       href: FeedbackRoute.request($0.request.id!).path)
        }
        self.requests = requests.map {
            RequestRow(question: Self.excerpt($0.request.question),
                       detail: "\($0.answeredCount) of \($0.asked.count) answered · \(dates.short($0.request.createdAt))\($0.request.isOpen ? "" : " · closed")",
                       href: FeedbackRoute.request($0.request.id!).path)
        }
    }

    init(received: [FeedbackBook.Item], given: [FeedbackBook.Item], shared: [FeedbackBook.Item]?, dates: DateWords) {
        func row(_ item: FeedbackBook.Item, _ who: String) -> Row {
            let entry = item.entry
            return Row(kind: entry.feedbackKind.label, who: who, situation: Self.excerpt(entry.situation), when: dates.short(entry.createdAt),
                       href: FeedbackRoute.entry(entry.id!).path, isPraise: entry.feedbackKind == .praise)
        }
        self.received = received.map { row($0, "From \($0.giverName)") }
        self.given = given.map { row($0, "To \($0.receiverName)") }
        self.shared = (shared ?? []).map { row($0, "\($0.giverName) to \($0.receiverName)") }
        isLead = shared != nil
    }

    /// The first 120 characters, cut at a word.
    static func excerpt(_ text: String) -> String {
        guard text.count > 120 else { return text }
        let cut = text.prefix(120)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}

/// One entry as its reader may see it.
struct FeedbackEntryPage {
    let kind, giver, receiver, when, visibility: String
    let situation, behaviour, impact: String
    let nextTime, competency: String?
    let isPraise: Bool
    let back = FeedbackRoute.home.path
    /// For the receiver only: the "Add to my plan" form, or where it went.
    var plan: PlanForm?

    static let planCompetency = FormField("plan_competency", .competency)
    static let planAction = FormField("plan_action", .actions)
    /// "No plan yet" is about the form, so it is said in the summary with a link to the plan.
    static let planFields = [planCompetency, planAction]

    struct PlanForm {
        let inGoal: String?
        let competency, action: FieldView
        let errors: FormErrors
        let submit: String
        let planLink = SkillsRoute.plan.path

        init(_ entry: FeedbackEntry, inGoal: String?, competencies: [(id: String, name: String)], typed: (competency: String, action: String)?,
             errors: FormErrors) {
            self.inGoal = inGoal
            let chosen = typed?.competency ?? entry.competency ?? ""
            competency = FieldView(FeedbackEntryPage.planCompetency, "Competency", value: chosen, kind: .select,
                                   options: [Choice("", "Choose one", selected: chosen.isEmpty)]
                                       + competencies.map { Choice($0.id, $0.name, selected: chosen == $0.id) }, errors: errors)
            // Prefilled from the suggestion; praise becomes "keep doing" what was praised.
            let suggested = entry.nextTime ?? "Keep doing this: \(entry.behaviour)"
            action = FieldView(FeedbackEntryPage.planAction, "Practice action", value: typed?.action ?? String(suggested.prefix(FeedbackBook.actionLimit)),
                               kind: .textarea, hint: "Practised weekly; change the words to make it yours.", required: true, errors: errors)
            self.errors = errors
            submit = FeedbackRoute.addToPlan(entry.id!).path
        }
    }

    init(_ item: FeedbackBook.Item, competencyName: String?, dates: DateWords) {
        let entry = item.entry
        kind = entry.feedbackKind.label
        giver = item.giverName
        receiver = item.receiverName
        when = dates.short(entry.createdAt)
        visibility = entry.feedbackVisibility.label
        situation = entry.situation
        behaviour = entry.behaviour
        impact = entry.impact
        nextTime = entry.nextTime
        competency = competencyName
        isPraise = entry.feedbackKind == .praise
    }
}
