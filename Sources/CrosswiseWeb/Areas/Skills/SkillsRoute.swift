import Foundation

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

    static let fixed: [SkillsRoute] = [
        .profile, .career, .chooseCareer, .assessment, .startAssessment, .saveAssessment, .plan, .draftPlan, .framework, .people,
    ]
    static let parameterized: [RouteMaker<SkillsRoute>] = [
        .id(editPlan), .id(addCheckIn), .text(competency), .id(person), .id(rate),
        RouteMaker(sample: .comment(person: sampleID, plan: sampleID)) { values in
            uuid(values).flatMap { person in uuid(values, 1).map { .comment(person: person, plan: $0) } }
        },
    ]

    var spec: RouteSpec {
        switch self {
        case .profile: .get("/skills")
        case .career: .get("/skills/career")
        case .chooseCareer: .post("/skills/career")
        case .assessment: .get("/skills/assessment")
        case .saveAssessment: .post("/skills/assessment")
        case .startAssessment: .post("/skills/assessment/start")
        case .plan: .get("/skills/plan")
        case .draftPlan: .post("/skills/plan/draft")
        case .editPlan(let id): .post("/skills/plan/:id", id.uuidString)
        case .addCheckIn(let id): .post("/skills/plan/:id/notes", id.uuidString)
        case .framework: .get("/skills/framework")
        case .competency(let id): .get("/skills/framework/:id", id)
        case .people: .get("/skills/people", access: .manager)
        case .person(let id): .get("/skills/people/:id", id.uuidString, access: .leadOf)
        case .rate(let id): .post("/skills/people/:id/ratings", id.uuidString, access: .leadOf)
        case .comment(let person, let plan): .post("/skills/people/:id/plan/:plan/comments", person.uuidString, plan.uuidString, access: .leadOf)
        }
    }
}
