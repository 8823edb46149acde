import CrosswiseStore

/// "My development plan": the current plan to edit, its check-ins, and the form drafting a new
/// one towards a role.
struct PlanPage: Sendable {
    struct RoleOption: Sendable { let id, name: String; let selected: Bool }

    static let day = FormField("day", .day)
    static let text = FormField("text", .text)
    static let role = FormField("role", .role)

    /// The plan form's inputs for goal `index`: "g0-target", "g0-due", its first action.
    static func goalFields(_ index: Int) -> [FormField] {
        [FormField("g\(index)-target", .target.of(index)), FormField("g\(index)-due", .due.of(index)),
         FormField("g\(index)-a0-text", .actions.of(index)), FormField("g\(index)-target", .goal.of(index))]
    }

    let plan: PlanView?
    let roles: [RoleOption]
    let hasEvidence: Bool
    let errors: FormErrors
    let links = SkillsLinks()

    init(home: SkillsHome, plan: PlanView?, errors: FormErrors = FormErrors()) {
        self.plan = plan
        let chosen = plan?.roleID ?? home.target?.id
        roles = home.framework.roles.map { RoleOption(id: $0.id, name: $0.name, selected: $0.id == chosen) }
        hasEvidence = !home.profile.isEmpty
        self.errors = errors
    }
}
