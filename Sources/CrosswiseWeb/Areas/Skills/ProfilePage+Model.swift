import CrosswiseStore

/// "My skills": the profile, the way into the self-assessment, plan and career path.
struct ProfilePage: Sendable {
    let name: String
    let profile: ProfileView
    let assessmentLabel: String
    let openProgress, target: String?
    let hasPlan, isLead: Bool
    let links = SkillsLinks()

    init(home: SkillsHome, name: String, isLead: Bool, dates: DateWords) {
        self.name = name
        profile = ProfileView(framework: home.framework, profile: home.profile, records: home.records, target: home.target, dates: dates)
        assessmentLabel = home.openProgress != nil ? "Resume the self-assessment" : (home.profile.isEmpty ? "Take the self-assessment" : "Assess yourself again")
        openProgress = home.openProgress.map { "\($0.answered) of \($0.questions) answered" }
        target = home.target?.name
        hasPlan = home.hasPlan
        self.isLead = isLead
    }
}

/// The career ladder with the person's readiness for each rung, and the form choosing where
/// they stand and where they aim.
struct CareerPage: Sendable {
    struct Rung: Sendable {
        let name, summary, track: String
        let isCurrent, isTarget: Bool
        let percent, met, total: Int
        let gaps: [ProfileView.Gap]
        let next: String
    }
    struct Option: Sendable { let id, name: String; let selected: Bool }

    static let current = FormField("current", .current)
    static let target = FormField("target", .target)

    let rungs: [Rung]
    let currentOptions, targetOptions: [Option]
    let hasEvidence: Bool
    let errors: FormErrors
    let currentError, targetError: String?
    let links = SkillsLinks()

    /// `chosen` is what a rejected form sent, shown again instead of the stored choice.
    init(home: SkillsHome, chosen: (current: String, target: String)? = nil, errors: FormErrors = FormErrors()) {
        let framework = home.framework
        let names = Dictionary(framework.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let current = home.current?.id, target = home.target?.id
        rungs = framework.roles.map { role in
            let readiness = framework.readiness(of: home.profile, for: role)
            let gaps = readiness.gaps.map { ProfileView.Gap(name: $0.name, have: $0.current.map(levelText) ?? "not assessed", need: $0.required) }
            return Rung(name: role.name, summary: role.summary, track: role.track == "kpo" ? "KPO" : (role.track == "bpo" ? "BPO" : "BPO and KPO"),
                        isCurrent: role.id == current, isTarget: role.id == target,
                        percent: readiness.percent, met: readiness.met, total: readiness.requirements.count,
                        gaps: gaps, next: role.next.compactMap { names[$0] }.joined(separator: ", "))
        }
        currentOptions = framework.roles.map { Option(id: $0.id, name: $0.name, selected: $0.id == (chosen?.current ?? current)) }
        targetOptions = framework.roles.map { Option(id: $0.id, name: $0.name, selected: $0.id == (chosen?.target ?? target)) }
        hasEvidence = !home.profile.isEmpty
        self.errors = errors
        currentError = errors[CareerPage.current]
        targetError = errors[CareerPage.target]
    }
}
