import CrosswiseStore
import Culture
import Foundation

/// `/culture/me`: the questionnaire (sixteen pairs of statements, five steps each) and, once
/// answered, the person's position on each scale with links to their clients' pair views.
struct KnowYourselfPage {
    struct Answer { let id, name, value, label: String; let checked: Bool }
    struct Question { let id, number, scale, a, b: String; let answers: [Answer]; let error: String? }
    struct Result { let view: ScaleView; let words: String }
    struct PairLink { let label, href: String }

    let questions: [Question]
    let results: [Result]
    let completed: String?
    let evidenceNote: String?
    let pairs: [PairLink]
    let errors: FormErrors
    let action = CultureRoute.saveMe.path
    let peopleVary = CultureBriefs.peopleVary

    static func field(_ question: SelfPlacement.Question) -> FormField { FormField("q-\(question.id)", .answer.of(question.id)) }

    init(answers: [String: Int], placement: CulturePlacement?, reader: CultureReader, errors: FormErrors, hasCompetency: Bool, dates: DateWords) {
        questions = SelfPlacement.questions.enumerated().map { index, q in
            let field = Self.field(q)
            return Question(id: q.id, number: "\(index + 1)", scale: q.scale.title, a: q.a, b: q.b,
                            answers: SelfPlacement.answers.map { value in
                                Answer(id: "f-q-\(q.id)-\(value)", name: field.name, value: "\(value)", label: SelfPlacement.answerLabels[value - 1], checked: answers[q.id] == value)
                            }, error: errors[field])
        }
        let positions = placement?.positionValues ?? [:]
        results = CultureScale.allCases.compactMap { scale in
            positions[scale.rawValue].map { Result(view: ScaleView(scale, markers: [("M", $0)]), words: ScaleView.words(scale, $0)) }
        }
        completed = placement.map { dates.short($0.completedAt) }
        evidenceNote = placement == nil ? nil : hasCompetency
            ? "Answering counts as practice for Cultural awareness on your skills profile."
            : "Your organization's skills framework has no cultural-awareness competency, so no practice evidence was recorded."
        let briefs = CultureBriefs.builtIn
        var seen = Set<String>()
        pairs = reader.clients.compactMap { client in
            guard seen.insert(client.country).inserted, let home = briefs.country(reader.homeCode), let theirs = briefs.country(client.country),
                  home.code != theirs.code else { return nil }
            return PairLink(label: "You and \(theirs.name) (\(client.name))", href: CultureRoute.pair(home.code, theirs.code).path)
        }
        self.errors = errors
    }
}
