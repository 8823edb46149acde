import CrosswiseStore
import Foundation
import Hummingbird
import Skills

/// Your own skills: the profile built from your evidence, and the career path with your
/// readiness for each rung.
struct SkillsController {
    let services: AppServices


    struct View {
        let name: String
        let profile: ProfileView
        let assessmentLabel: String
        let openProgress: String?
        let target: String?
        let hasPlan: Bool
        let isLead: Bool
    }

    @Sendable func profile(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let book = services.skills(for: viewer)
        let (framework, profile, records) = try await book.profile(of: viewer.personID)
        let career = try await book.career(of: viewer.personID, in: framework)
        let open = try await book.openAssessment(of: viewer.personID)
        let progress = try await open.asyncMap { assessment -> String in
            let scores = (try await book.framework(version: assessment.frameworkVersion) ?? framework).score(book.answers(of: assessment))
            return "\(scores.reduce(0) { $0 + $1.answered }) of \(scores.reduce(0) { $0 + $1.questions }) answered"
        }
        let view = View(name: viewer.person.name,
                        profile: ProfileView(framework: framework, profile: profile, records: records, target: career.target, services: services, viewer: viewer),
                        assessmentLabel: open != nil ? "Resume the self-assessment" : (profile.isEmpty ? "Take the self-assessment" : "Assess yourself again"),
                        openProgress: progress, target: career.target?.name,
                        hasPlan: try await book.currentPlan(of: viewer.personID) != nil, isLead: viewer.managesPeople)
        return services.page("skills-profile", title: "My skills", view, context: context, request: request, section: .skills)
    }

    struct Rung {
        let name: String
        let summary: String
        let track: String
        let isCurrent: Bool
        let isTarget: Bool
        let percent: Int
        let met: Int
        let total: Int
        let gaps: [ProfileView.Gap]
        let hasGaps: Bool
        let next: String
    }

    struct Option { let id: String; let name: String; let selected: Bool }

    struct CareerView {
        let rungs: [Rung]
        let currentOptions: [Option]
        let targetOptions: [Option]
        let hasEvidence: Bool
        let currentError: String?
        let targetError: String?
    }

    @Sendable func career(request: Request, context: AppRequestContext) async throws -> Response {
        try await renderCareer(request: request, context: context)
    }

    func renderCareer(request: Request?, context: AppRequestContext, errors: ValidationFailure? = nil) async throws -> Response {
        let viewer = try context.requireViewer()
        let book = services.skills(for: viewer)
        let (framework, profile, _) = try await book.profile(of: viewer.personID)
        let career = try await book.career(of: viewer.personID, in: framework)
        let names = Dictionary(framework.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let rungs = framework.roles.map { role -> Rung in
            let readiness = framework.readiness(of: profile, for: role)
            let gaps = readiness.gaps.map { ProfileView.Gap(name: $0.name, have: $0.current.map(levelText) ?? "not assessed", need: $0.required) }
            return Rung(name: role.name, summary: role.summary, track: role.track == "kpo" ? "KPO" : (role.track == "bpo" ? "BPO" : "BPO and KPO"),
                        isCurrent: role.id == career.current?.id, isTarget: role.id == career.target?.id,
                        percent: readiness.percent, met: readiness.met, total: readiness.requirements.count,
                        gaps: gaps, hasGaps: !gaps.isEmpty, next: role.next.compactMap { names[$0] }.joined(separator: ", "))
        }
        let view = CareerView(
            rungs: rungs,
            currentOptions: framework.roles.map { Option(id: $0.id, name: $0.name, selected: $0.id == career.current?.id) },
            targetOptions: framework.roles.map { Option(id: $0.id, name: $0.name, selected: $0.id == career.target?.id) },
            hasEvidence: !profile.isEmpty, currentError: errors?.message(for: .current), targetError: errors?.message(for: .target))
        return services.page("skills-career", title: "Career path", view, context: context, request: request, section: .skills,
                             status: errors == nil ? .ok : .unprocessableContent)
    }

    @Sendable func chooseCareer(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        do {
            try await services.skills(for: viewer).setCareer(of: viewer.personID, current: context.form["current"], target: context.form["target"])
        } catch let failure as ValidationFailure {
            return try await renderCareer(request: nil, context: context, errors: failure)
        }
        return seeOther("/skills/career", notice: .saved)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
