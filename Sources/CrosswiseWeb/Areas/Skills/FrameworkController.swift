import Hummingbird
import Skills

/// The organization's framework to read: competencies by area, each with its levels, dos and
/// don'ts, common mistakes, practice, learning and the roles that need it.
struct FrameworkController {
    let services: AppServices

    struct Card { let name, href, summary: String }
    struct Area { let name: String; let cards: [Card] }
    struct MistakeView { let title, why, remedy: String; let links: [Card] }

    struct ListView {
        let title: String
        let version: Int
        let areas: [Area]
        let levels: [LevelName]
        let mistakes: [MistakeView]
        let isLead: Bool
        let links = SkillsLinks()
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let framework = try await services.skills(for: viewer).currentFramework()
        let areas = framework.areas.map { area in
            Area(name: area.name, cards: area.competencies.map { Card(name: $0.name, href: SkillsRoute.competency($0.id).path, summary: $0.summary) })
        }
        let view = ListView(title: framework.title, version: framework.version, areas: areas, levels: framework.levels,
                            mistakes: framework.mistakes.map { mistakeView($0, in: framework) }, isLead: viewer.managesPeople)
        return services.page("skills-framework", title: "The framework", view, context: context, request: request, section: .skills)
    }

    func mistakeView(_ m: Mistake, in framework: Framework) -> MistakeView {
        let links = m.competencies.compactMap { framework.competency($0) }
        return MistakeView(title: m.title, why: m.why, remedy: m.remedy,
                           links: links.map { Card(name: $0.name, href: SkillsRoute.competency($0.id).path, summary: "") })
    }

    struct LevelRow { let level: Int; let name: String; let behaviours: [String] }
    struct PracticeRow { let action, cadence: String }
    struct RoleNeed { let role: String; let level: Int }

    struct DetailView {
        let name, area, summary: String
        let retired: Bool
        let levels: [LevelRow]
        let dos, donts: [String]
        let mistakes: [MistakeView]
        let practice: [PracticeRow]
        let resources: [LearningResource]
        let certifications: [Certification]
        let roles: [RoleNeed]
        let links = SkillsLinks()
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let framework = try await services.skills(for: try context.requireViewer()).currentFramework()
        guard let id = context.parameters.get("id"), let c = framework.competency(id) else { throw HTTPError(.notFound) }
        let names = Dictionary(framework.levels.map { ($0.level, $0.name) }, uniquingKeysWith: { a, _ in a })
        let view = DetailView(
            name: c.name, area: c.area, summary: c.summary, retired: c.retired,
            levels: c.levels.map { LevelRow(level: $0.level, name: names[$0.level] ?? "", behaviours: $0.behaviours) },
            dos: c.dos, donts: c.donts, mistakes: framework.mistakes.filter { $0.competencies.contains(c.id) }.map { mistakeView($0, in: framework) },
            practice: c.practice.map { PracticeRow(action: $0.action, cadence: $0.cadence.phrase) },
            resources: c.resources, certifications: c.certifications,
            roles: framework.roles.compactMap { role in role.requires[c.id].map { RoleNeed(role: role.name, level: $0) } })
        return services.page("skills-competency", title: c.name, view, context: context, request: request, section: .skills)
    }
}
