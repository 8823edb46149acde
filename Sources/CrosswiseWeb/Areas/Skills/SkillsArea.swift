struct SkillsArea: Area {
    let services: AppServices

    static func navigation(for viewer: Viewer) -> NavEntry? { NavEntry(label: "Skills", href: SkillsRoute.profile.path, section: .skills) }

    func mount(on routes: inout Routes<SkillsRoute>) {
        let mine = SkillsController(services: services)
        routes.on(.profile, use: mine.profile)
        routes.on(.career, use: mine.career)
        routes.on(.chooseCareer, use: mine.chooseCareer)
        let assessment = AssessmentController(services: services)
        routes.on(.assessment, use: assessment.show)
        routes.on(.startAssessment, use: assessment.start)
        routes.on(.saveAssessment, use: assessment.save)
        let plan = PlanController(services: services)
        routes.on(.plan) { request, context in plan.render(try await plan.page(try context.requireViewer()), context: context, request: request) }
        routes.on(.draftPlan, use: plan.draft)
        routes.on(SkillsRoute.editPlan, use: plan.edit)
        routes.on(SkillsRoute.addCheckIn, use: plan.addNote)
        let framework = FrameworkController(services: services)
        routes.on(.framework, use: framework.list)
        routes.on(.competency(""), use: framework.show)
        let team = TeamSkillsController(services: services)
        routes.on(.people, use: team.list)
        routes.on(SkillsRoute.person) { request, context in try await team.render(try context.requireSubject(), context: context, request: request) }
        routes.on(SkillsRoute.rate, use: team.rate)
        routes.on(.comment(person: sampleID, plan: sampleID), use: team.comment)
    }
}
