/// The Skills pages' own links, handed to every Skills template as `page.links`.
struct SkillsLinks: Sendable {
    let profile = SkillsRoute.profile.path
    let framework = SkillsRoute.framework.path
    let people = SkillsRoute.people.path
    let assessment = SkillsRoute.assessment.path
    let startAssessment = SkillsRoute.startAssessment.path
    let saveAssessment = SkillsRoute.saveAssessment.path
    let career = SkillsRoute.career.path
    let chooseCareer = SkillsRoute.chooseCareer.path
    let plan = SkillsRoute.plan.path
    let draftPlan = SkillsRoute.draftPlan.path
}
