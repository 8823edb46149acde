import Foundation
import HTTPTypes

/// Your skills (profile, self-assessment, career path, plan), the framework to read, and a
/// lead's view of the people they coach.
enum SkillsRoute: SiteRoute {
    static let prefix = "/skills"
    case profile
    case career, chooseCareer
    case assessment, startAssessment, saveAssessment
    case plan, draftPlan
    case editPlan(UUID), addCheckIn(UUID)
    case framework
    case competency(String)
    case people
    case person(UUID), rate(UUID)
    case comment(person: UUID, plan: UUID)

    static var all: [SkillsRoute] {
        [.profile, .career, .chooseCareer, .assessment, .startAssessment, .saveAssessment, .plan, .draftPlan,
         .editPlan(sampleID), .addCheckIn(sampleID), .framework, .competency("written-english"), .people,
         .person(sampleID), .rate(sampleID), .comment(person: sampleID, plan: sampleID)]
    }

    var method: HTTPRequest.Method {
        switch self {
        case .profile, .career, .assessment, .plan, .framework, .competency, .people, .person: .get
        default: .post
        }
    }

    var pattern: String {
        switch self {
        case .profile: "/skills"
        case .career, .chooseCareer: "/skills/career"
        case .assessment, .saveAssessment: "/skills/assessment"
        case .startAssessment: "/skills/assessment/start"
        case .plan: "/skills/plan"
        case .draftPlan: "/skills/plan/draft"
        case .editPlan: "/skills/plan/:id"
        case .addCheckIn: "/skills/plan/:id/notes"
        case .framework: "/skills/framework"
        case .competency: "/skills/framework/:id"
        case .people: "/skills/people"
        case .person: "/skills/people/:id"
        case .rate: "/skills/people/:id/ratings"
        case .comment: "/skills/people/:id/plan/:plan/comments"
        }
    }

    var values: [String] {
        switch self {
        case .editPlan(let id), .addCheckIn(let id), .person(let id), .rate(let id): [id.uuidString]
        case .competency(let id): [id]
        case .comment(let person, let plan): [person.uuidString, plan.uuidString]
        default: []
        }
    }

    var access: Access {
        switch self {
        case .people: .manager
        case .person, .rate, .comment: .leadOf
        default: .member
        }
    }

    init?(method: HTTPRequest.Method, pattern: String, values: [String]) {
        switch pattern {
        case "/skills/plan/:id": guard let id = uuid(values) else { return nil }; self = .editPlan(id)
        case "/skills/plan/:id/notes": guard let id = uuid(values) else { return nil }; self = .addCheckIn(id)
        case "/skills/framework/:id": guard let id = values.first else { return nil }; self = .competency(id)
        case "/skills/people/:id": guard let id = uuid(values) else { return nil }; self = .person(id)
        case "/skills/people/:id/ratings": guard let id = uuid(values) else { return nil }; self = .rate(id)
        case "/skills/people/:id/plan/:plan/comments":
            guard let person = uuid(values), let plan = uuid(values, 1) else { return nil }
            self = .comment(person: person, plan: plan)
        default:
            guard let route = Self.all.first(where: { $0.method == method && $0.pattern == pattern && $0.values.isEmpty }) else { return nil }
            self = route
        }
        guard self.method == method else { return nil }
    }
}
