import CrosswiseStore
import Hummingbird

/// Your own skills: the profile built from your evidence, and the career path with your
/// readiness for each rung. Both pages are built from one `SkillsHome` (see
/// `SkillsBook.home(of:)`), read for the viewer already loaded by the session.
struct SkillsController {
    let services: AppServices

    func home(_ viewer: Viewer) async throws -> SkillsHome {
        try await services.skills(for: viewer).home(of: viewer.person)
    }

    @Sendable func profile(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let page = ProfilePage(home: try await home(viewer), name: viewer.person.name, isLead: viewer.managesPeople, dates: DateWords(viewer))
        return services.page("skills-profile", title: "My skills", page, context: context, request: request, section: .skills)
    }

    @Sendable func career(request: Request, context: AppRequestContext) async throws -> Response {
        let page = CareerPage(home: try await home(try context.requireViewer()))
        return services.page("skills-career", title: "Career path", page, context: context, request: request, section: .skills)
    }

    @Sendable func chooseCareer(request: Request, context: AppRequestContext) async throws -> Response {
        let viewer = try context.requireViewer()
        let current = context.form[CareerPage.current.name], target = context.form[CareerPage.target.name]
        do {
            try await services.skills(for: viewer).setCareer(of: viewer.personID, current: current, target: target)
        } catch let failure as ValidationFailure {
            let page = CareerPage(home: try await home(viewer), chosen: (current, target),
                                  errors: FormErrors(failure, fields: [CareerPage.current, CareerPage.target], heading: "Your choice was not saved:"))
            return services.page("skills-career", title: "Career path", page, context: context, section: .skills, status: .unprocessableContent)
        }
        return seeOther(SkillsRoute.career, notice: .saved)
    }
}
