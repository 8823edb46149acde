import Foundation

/// A request as typed: the question, the people ticked (as sent, duplicates included, so a
/// doubled id is refused rather than quietly merged) and an optional competency.
public struct FeedbackRequestDraft: Sendable, Equatable {
    public var question: String = ""
    public var personIDs: [UUID] = []
    /// Ids that were sent but are not ids at all: refused as "not in your organization".
    public var unreadable = 0
    public var competency: String = ""

    public static let questionLimit = 300
    /// Enough for a pod and its lead; more is a survey, which is what review cycles are for.
    public static let mostPeople = 20

    public init() {}

    struct Checked: Sendable {
        let question: String
        let people: [UUID]
        let competency: String?
    }

    /// The rules that need no database; `FeedbackRequests.ask` adds who is in the organization.
    func check(asker: UUID, competencies: Set<String>) throws(ValidationFailure) -> Checked {
        var check = FieldChecker()
        let question = check.required(.question, question, label: "The question", max: Self.questionLimit)
        if personIDs.isEmpty && unreadable == 0 {
            check.add(.people, "Choose at least one colleague to ask")
        } else if personIDs.contains(asker) {
            check.add(.people, "Choose colleagues other than yourself")
        } else if Set(personIDs).count != personIDs.count {
            check.add(.people, "Each colleague can be asked once in a request; one was chosen twice")
        } else if personIDs.count + unreadable > Self.mostPeople {
            check.add(.people, "Ask at most \(Self.mostPeople) colleagues at once; \(personIDs.count + unreadable) were chosen")
        } else if unreadable > 0 {
            check.add(.people, "Choose colleagues in your organization")
        }
        let competency = competency.trimmingCharacters(in: .whitespaces)
        if !competency.isEmpty, !competencies.contains(competency) {
            check.add(.competency, "Choose a competency from the list, or none")
        }
        try check.finish()
        return Checked(question: question, people: personIDs, competency: competency.isEmpty ? nil : competency)
    }
}

extension FieldName {
    public static let question = FieldName("question")
    public static let people = FieldName("people")
    public static let request = FieldName("request")
    public static let person = FieldName("person")
}
